// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, ROOT } from './helpers';

/**
 * Golden fixtures (rehype-minify style): `<case>.input.txt` is real text cut from a seed around a
 * tricky line shape, or, for `other-site-*`, a hand-written page in the shape of a site the seeds
 * do not come from (provincial health commission, Xinhua, WeChat, Taiwan and Hong Kong news, a
 * GBK and a Big5 page, spam glued into a paragraph): the rules must hold beyond the seeds.
 * `<case>.expected.json` is what cleaning must give. Review a changed expected file like code:
 * `npx vitest run tests/pipeline/fixtures.test.ts -u` rewrites them.
 */
const DIR = resolve(ROOT, 'tests/fixtures/pipeline');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.input.txt'))
  .map((f) => f.replace('.input.txt', ''))
  .sort();

describe('golden fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.each(cases)('%s', async (name) => {
    const doc = clean(readFileSync(resolve(DIR, `${name}.input.txt`)), `${name}.txt`);
    const view = {
      title: doc.title,
      format: doc.format,
      encoding: doc.encoding,
      language: doc.language,
      publishedAt: doc.publishedAt.value,
      publisher: doc.publisher ? `${doc.publisher.name} (${doc.publisher.basis})` : null,
      author: doc.author?.name ?? null,
      editor: doc.editor?.name ?? null,
      eventDates: doc.eventDates.map(
        (d) => `${d.value}${d.end ? `..${d.end}` : ''} (${d.basis}) ${d.asStated ?? ''}`,
      ),
      blocks: doc.blocks.map((b) => [
        b.type,
        b.text,
        ...(b.src ? [b.src] : []),
        ...(b.language ? [`language: ${b.language}`] : []),
      ]),
      removed: doc.removed.map((r) => [r.kind, r.rule, r.text, ...(r.count ? [r.count] : [])]),
    };
    await expect(`${JSON.stringify(view, null, 2)}\n`).toMatchFileSnapshot(
      resolve(DIR, `${name}.expected.json`),
    );
  });
});
