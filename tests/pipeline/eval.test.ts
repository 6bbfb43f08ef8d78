// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as evalCluener } from '../../src/pipeline/commands/eval-cluener';
import { main as extract } from '../../src/pipeline/commands/extract';
import { scoreCluener, type ClueLine } from '../../src/pipeline/eval/cluener';
import { evaluateSeeds, extractionOnly } from '../../src/pipeline/eval/eval-seeds';
import { loadGold, roleType } from '../../src/pipeline/eval/gold';
import { RAW, ROOT, realResources } from './helpers';

const res = realResources();
const tmp = mkdtempSync(join(tmpdir(), 'aa-eval-'));

describe('npm run eval (seeds against data/gold)', () => {
  const result = evaluateSeeds(res, RAW, loadGold(resolve(ROOT, 'data/gold/seeds.json')));

  it('meets the extraction-only targets of issue 4', () => {
    const x = result.extractionOnly;
    expect(x.collaborations.core.recall).toBe(1);
    expect(x.institutions.f1).toBeGreaterThanOrEqual(0.85);
    expect(x.regions.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('reports both runs in the agreed shape, curation never worse', () => {
    for (const run of [result.extractionOnly, result.withCuration]) {
      expect(Object.keys(run).sort()).toEqual(
        ['collaborations', 'dates', 'institutions', 'people', 'regions', 'relations'].sort(),
      );
      expect(Object.keys(run.collaborations).sort()).toEqual(['all', 'core']);
      expect(Object.keys(run.institutions).sort()).toEqual(['f1', 'precision', 'recall']);
      expect(run.dates).toEqual({ accuracy: expect.any(Number) });
    }
    expect(result.withCuration.relations.f1).toBeGreaterThanOrEqual(
      result.extractionOnly.relations.f1,
    );
  });

  it('leaves curated aliases and edits out of extraction-only, and keeps zones (a gazetteer)', () => {
    const bare = extractionOnly(res);
    expect(bare.curation.aliases.size).toBe(0);
    expect(bare.extraction!.entityEdits).toEqual([]);
    expect(bare.extraction!.zones.length).toBe(res.extraction!.zones.length);
  });

  it('maps annotation roles to relation types by their leading words', () => {
    expect(roleType('co-unveiler; name-giver (likely operator, not stated)')).toBe('launched');
    expect(roleType('organizer (主办) of the launch conference')).toBe('organiser');
    expect(roleType('government guest; its head pushed the launch lever')).toBeNull();
    expect(roleType('think-tank expert affiliation')).toBeNull();
  });
});

describe('npm run eval:cluener (scored on a made-up file in the CLUENER format)', () => {
  const lines: ClueLine[] = [
    // Made-up sentences: no line comes from the benchmark.
    {
      text: '杭州市第一人民医院与博远医疗签约。',
      label: { organization: { 杭州市第一人民医院: [[0, 8]] }, company: { 博远医疗: [[10, 13]] } },
    },
    { text: '《华瑞医院》一书出版。', label: { book: { 华瑞医院: [[1, 4]] } } },
    { text: '沈阳市政府发布通知。', label: { government: { 沈阳市政府: [[0, 4]] } } },
  ];

  it('scores exact spans, ignores names inside other labels, and gives recall per label', () => {
    const r = scoreCluener(lines, extractionOnly(res));
    expect(r.institutions).toMatchObject({ tp: 3, predicted: 3, gold: 3, f1: 1 });
    expect(r.recallByLabel.company).toEqual({ recall: 1, found: 1, gold: 1 });
  });

  it('says so and exits 0 when the benchmark file is absent', () => {
    const out: string[] = [];
    expect(evalCluener(['--file', join(tmp, 'absent.jsonl')], (l) => out.push(l))).toBe(0);
    expect(out.join('\n')).toMatch(/not found/);
  });

  it('reads --file', () => {
    const file = join(tmp, 'mini.jsonl');
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const out: string[] = [];
    expect(evalCluener(['--file', file], (l) => out.push(l))).toBe(0);
    expect(out.join('\n')).toMatch(/P 1\.000 {2}R 1\.000 {2}F1 1\.000/);
  });
});

describe('npm run extract', () => {
  it('writes one line of mentions per input line, UTF-16 offsets into the text as given', () => {
    const input = join(tmp, 'in.jsonl');
    const output = join(tmp, 'out.jsonl');
    const texts = [
      '上海市普陀區人民政府指導，沈阳市卫健委出席。',
      'Huang Pengyu, director of the Bureau of Chengdu High-tech Zone',
    ];
    writeFileSync(
      input,
      `${texts.map((text, i) => JSON.stringify({ id: `t${i}`, text })).join('\n')}\nnot json\n`,
    );
    const errors: string[] = [];
    expect(
      extract(
        ['--in', input, '--out', output],
        () => {},
        (l) => errors.push(l),
      ),
    ).toBe(0);
    expect(errors).toEqual(['extract: line 3: expected {"id": string, "text": string}; skipped']);
    const rows = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['t0', 't1']);
    rows.forEach((row, i) => {
      for (const m of row.mentions) expect(texts[i]!.slice(m.start, m.end)).toBe(m.text);
    });
    expect(
      rows[0].mentions.map((m: { type: string; text: string }) => `${m.type}:${m.text}`),
    ).toEqual(['institution:上海市普陀區人民政府', 'institution:沈阳市卫健委']);
    expect(rows[1].mentions.map((m: { type: string }) => m.type)).toEqual([
      'person',
      'institution',
    ]);
  });
});
