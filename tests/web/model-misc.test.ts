import { describe, expect, it } from 'vitest';
import {
  collaborationsCsv,
  csvField,
  relationsCsv,
  toCsv,
} from '../../src/web/features/about/to-csv';
import {
  buildAllianceRows,
  sortAllianceRows,
} from '../../src/web/features/alliances/build-alliance-rows';
import { scaleSteps, shadeOf } from '../../src/web/features/regions/map-scale';
import {
  filterRegionTree,
  regionStats,
  regionTree,
} from '../../src/web/features/regions/region-stats';
import { fixtureDataset, fixtureIndex as dataset } from './fixture-index';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, '联盟']])).toBe('\uFEFFa,b\r\n1,联盟\r\n');
  });

  it('exports collaborations and relations with names resolved', () => {
    const lines = collaborationsCsv(dataset).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFid,name_original,name_zh_hans,name_en,aliases,type,region_code,region_name,curated,article_count',
    );
    expect(lines).toContain(
      'c-05230efd,陝西醫工產業聯盟,陕西医工产业联盟,Shaanxi Medical-Engineering Industry Alliance,,alliance,610000,陕西省,,1',
    );
    const relations = relationsCsv(dataset);
    expect(relations).toContain(
      'r-b4fc1254,i-2079db1e,沈阳市卫生健康委员会,signatory,c-2379a536,strategic cooperation agreement,2022-05,month,curated,liaoning-pharma-cooperation-en,Explore new methods of cross-integration of the medical industry,The Shenyang Municipal Health Commission signed the strategic cooperation agreement.,yes',
    );
    expect(relations.split('\r\n')).toHaveLength(dataset.relations.length + 2);
  });
});

describe('alliance rows', () => {
  const rows = buildAllianceRows(fixtureDataset(), []);
  const label = (code: string | null) => code ?? '';
  it('counts members (participants, not guides or witnesses); dates by its own date, else relations', () => {
    const shenyang = rows.find((r) => r.id === 'c-d01d3d97');
    expect(shenyang).toMatchObject({ members: 1, articles: 1, dateSource: 'relation' });
    expect(shenyang?.date?.value).toBe('2021-03-31');
    const shaanxi = rows.find((r) => r.id === 'c-05230efd');
    expect(shaanxi).toMatchObject({ members: 2, dateSource: 'entity' });
    expect(shaanxi?.date).toMatchObject({ value: '--11-08', label: '成立' });
    expect(rows.find((r) => r.id === 'c-45d3aa1e')).toMatchObject({ members: 1, dateSource: null });
  });

  it('sorts by any column, undated last either way, ties by name', () => {
    const ids = (sort: 'date' | 'members' | 'name', dir: 'asc' | 'desc') =>
      sortAllianceRows(rows, { sort, dir }, label).map((r) => r.id);
    expect(ids('date', 'asc').slice(0, 2)).toEqual(['c-d01d3d97', 'c-2379a536']);
    expect(ids('date', 'desc').slice(0, 2)).toEqual(['c-2379a536', 'c-d01d3d97']);
    expect(ids('members', 'desc')[0]).toBe('c-05230efd');
    expect(ids('name', 'asc')).toEqual([...ids('name', 'desc')].reverse());
  });

  it('keeps only collaborations inside the region filter', () => {
    expect(buildAllianceRows(fixtureDataset(), ['610100']).map((r) => r.id)).toEqual([
      'c-45d3aa1e',
    ]);
  });
});

describe('regions', () => {
  it('counts articles, collaborations and institutions per region, cities inside provinces', () => {
    const stats = regionStats(dataset);
    expect(stats.get('610000')).toEqual({ articles: 2, collaborations: 2, institutions: 2 });
    expect(stats.get('610100')).toEqual({ articles: 1, collaborations: 1, institutions: 2 });
    expect(stats.get('210000')?.articles).toBe(2);
  });

  it('builds an indented tree and filters it by Chinese, English or code, keeping parents', () => {
    const tree = regionTree(dataset);
    expect(tree.map((n) => `${n.depth}:${n.region.code}`)).toEqual([
      '0:210000',
      '1:210100',
      '0:610000',
      '1:610100',
    ]);
    expect(filterRegionTree(tree, 'xi’an').map((n) => n.region.code)).toEqual([]);
    expect(filterRegionTree(tree, "Xi'an").map((n) => n.region.code)).toEqual(['610000', '610100']);
    expect(filterRegionTree(tree, '沈阳').map((n) => n.region.code)).toEqual(['210000', '210100']);
    expect(filterRegionTree(tree, '6101').map((n) => n.region.code)).toEqual(['610000', '610100']);
  });

  it('shades counts on a scale that grows geometrically', () => {
    const steps = scaleSteps(16);
    expect(steps.map((s) => [s.min, s.max])).toEqual([
      [0, 0],
      [1, 2],
      [3, 4],
      [5, 8],
      [9, 16],
    ]);
    expect([0, 1, 4, 9, 16].map((n) => shadeOf(n, steps))).toEqual([0, 1, 2, 4, 4]);
    expect(scaleSteps(0)).toHaveLength(1);
    expect(scaleSteps(1).map((s) => s.max)).toEqual([0, 1]);
  });
});
