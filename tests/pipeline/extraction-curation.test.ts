// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleBody, ArticleSummary, Entity, Relation } from '../../src/domain';
import { applyCuration, type DatasetParts } from '../../src/pipeline/apply-curation';
import {
  EMPTY_TABLES,
  loadExtractionTables,
  type ExtractionTables,
} from '../../src/pipeline/extraction-tables';

const entity = (id: string, kind: Entity['kind'], original: string, zhHans = original): Entity => ({
  id,
  kind,
  subtype: kind === 'person' ? 'person' : kind === 'institution' ? 'hospital' : 'alliance',
  names: { original, zhHans, aliases: [] },
});

function parts(): DatasetParts {
  const summary = {
    id: 'a',
    sourceFile: 'a.txt',
    entityIds: ['i-00000001', 'i-00000002', 'c-00000003'],
  } as ArticleSummary;
  const relation: Relation = {
    id: 'r-00000001',
    source: 'i-00000002',
    target: 'c-00000003',
    type: 'member',
    articleId: 'a',
    evidence: '某医院加入联盟。',
  };
  return {
    articles: [summary],
    entities: new Map([
      [
        'i-00000001',
        entity('i-00000001', 'institution', '濟寧市第一人民醫院', '济宁市第一人民医院'),
      ],
      ['i-00000002', entity('i-00000002', 'institution', '市一院')],
      ['c-00000003', entity('c-00000003', 'collaboration', '济宁医联体')],
    ]),
    relations: new Map([[relation.id, relation]]),
    bodies: [
      {
        id: 'a',
        blocks: [],
        removed: [],
        mentions: [{ entityId: 'i-00000002', block: 0, start: 0, end: 3 }],
      } as ArticleBody,
    ],
  };
}
const tables = (t: Partial<ExtractionTables>): ExtractionTables => ({ ...EMPTY_TABLES, ...t });

describe('curated entity and relation edits', () => {
  it('merges one entity into another, retargeting relations and mentions, and marks it curated', () => {
    const p = parts();
    const warnings = applyCuration(
      p,
      tables({
        entityEdits: [
          {
            action: 'merge',
            from: { kind: 'institution', name: '市一院' },
            into: { kind: 'institution', name: '济宁市第一人民医院' },
            note: 'abbreviation',
          },
        ],
      }),
    );
    expect(warnings).toEqual([]);
    const into = p.entities.get('i-00000001')!;
    expect(into).toMatchObject({
      curated: true,
      curationNote: 'abbreviation',
      names: { aliases: ['市一院'] },
    });
    expect([...p.relations.values()].map((r) => r.source)).toEqual(['i-00000001']);
    expect(p.bodies[0]!.mentions[0]!.entityId).toBe('i-00000001');
    expect(p.articles[0]!.entityIds).toEqual(['c-00000003', 'i-00000001']);
  });

  it('suppresses in one article, adds a relation, and warns about an entry that matches nothing there', () => {
    const p = parts();
    const warnings = applyCuration(
      p,
      tables({
        entityEdits: [
          {
            action: 'suppress',
            entity: { kind: 'institution', name: '市一院' },
            article: 'a.txt',
            note: 'n',
          },
        ],
        relationEdits: [
          {
            action: 'add',
            article: 'a.txt',
            source: { kind: 'institution', name: '济宁市第一人民医院' },
            type: 'founder',
            target: { kind: 'collaboration', name: '济宁医联体' },
            evidence: 'e',
            note: 'n',
          },
          {
            action: 'add',
            article: 'a.txt',
            source: { kind: 'institution', name: '无此医院' },
            type: 'member',
            target: { kind: 'collaboration', name: '济宁医联体' },
            evidence: 'e',
            note: 'n',
          },
          {
            action: 'add',
            article: 'other.txt',
            source: { kind: 'institution', name: '无此医院' },
            type: 'member',
            target: { kind: 'collaboration', name: '济宁医联体' },
            evidence: 'e',
            note: 'not in this run',
          },
        ],
      }),
    );
    expect(p.entities.has('i-00000002')).toBe(false);
    expect([...p.relations.values()].map((r) => [r.type, r.curated])).toEqual([['founder', true]]);
    expect(warnings).toEqual([
      { file: 'a.txt', message: 'curation: no institution named "无此医院" (n)' },
    ]);
  });

  it('reads the tables and refuses a broken one with the entry that breaks it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-cur-'));
    writeFileSync(
      join(dir, 'zones.yaml'),
      '- { name: 秦汉新城, kind: zone, codes: ["610404"], note: n }\n',
    );
    expect(loadExtractionTables(dir).zones[0]).toMatchObject({ name: '秦汉新城', aliases: [] });
    writeFileSync(
      join(dir, 'entity-curation.yaml'),
      '- { action: merge, from: { kind: person, name: A } }\n',
    );
    expect(() => loadExtractionTables(dir)).toThrow(/entity-curation\.yaml/);
  });
});
