// @vitest-environment node
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/synthetic/cli';
import { runPipeline } from '../../src/pipeline/build';
import { PINYIN_ARTIFACT, realResources } from './helpers';

/**
 * Generality check: articles the rules were not written against (the bench generator renders
 * other cities, people and collaborations in the seed shapes, with its own spam words).
 */
describe('synthetic corpus (unseen names, regions and dates)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-synth-'));
  const { out, truthFile } = generateCorpus({ articles: 40, out: join(dir, 'raw'), seed: 7 });
  const truth = readFileSync(truthFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const run = runPipeline(out, realResources());
  const byFile = new Map(run.index.articles.map((a) => [a.sourceFile, a]));
  const entity = new Map(run.index.entities.map((e) => [e.id, e]));

  it('writes every article with its title, dates and language', () => {
    expect(run.files.filter((f) => f.status === 'rejected')).toEqual([]);
    for (const t of truth) {
      const a = byFile.get(t.file)!;
      expect([a.title, a.publishedAt.value, a.language]).toEqual([
        t.title,
        t.publishedAt,
        t.language,
      ]);
      const day = t.publishedAt ? t.eventDate : `--${t.eventDate.slice(5)}`;
      expect(a.eventDates.map((d) => d.value)).toContain(day);
    }
  });

  it('removes all spam and converter artifacts', () => {
    expect(run.bodies.flatMap((b) => b.removed).filter((r) => r.kind === 'spam')).toHaveLength(
      truth.reduce((n, t) => n + t.spamLines, 0),
    );
    for (const b of run.bodies)
      for (const block of b.blocks) expect(block.text).not.toMatch(PINYIN_ARTIFACT);
  });

  it('finds the collaboration, its institutions and regions', () => {
    for (const t of truth) {
      const a = byFile.get(t.file)!;
      const names = a.entityIds
        .map((id) => entity.get(id)!)
        .flatMap((e) => [e.names.zhHans, e.names.en]);
      const en = t.language === 'en';
      expect(names).toContain(en ? t.collaboration.nameEn : t.collaboration.name);
      for (const i of t.institutions) expect(names).toContain(en ? i.nameEn : i.name);
      expect(a.regionCodes).toContain(t.regionCodes[1]);
    }
  });
});
