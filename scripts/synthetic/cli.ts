/**
 * Synthetic raw corpus in the seed shapes, for benchmarks and scale tests:
 *   npm run data:synthetic -- --articles 1000 --out /tmp/synth-1k [--seed 1] [--truth FILE]
 * Writes one raw file per article into --out (feed it to `npm run data -- --in DIR`) and a
 * ground-truth JSON Lines file next to it (default `<out>.truth.jsonl`), never inside it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hash32 } from '../../src/domain/ids';
import { buildPopulation, type GazetteerRow } from './population';
import { createRandom } from './random';
import { RENDER, SHAPES } from './shapes';
import { isoDate, makeStory } from './story';

export function generateCorpus(options: {
  articles: number;
  out: string;
  seed?: number;
  truth?: string;
}) {
  const random = createRandom(options.seed ?? 1);
  const rows = JSON.parse(
    readFileSync(resolve('data/gazetteer/regions.json'), 'utf8'),
  ) as GazetteerRow[];
  const regions = new Map(rows.map((r) => [r.code, r]));
  const population = buildPopulation(rows, random, options.articles);
  const out = resolve(options.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const truth: string[] = [];
  for (let i = 0; i < options.articles; i++) {
    // Popular collaborations recur: a skewed pick makes some appear in many articles.
    const index = Math.floor(Math.pow(random.next(), 2) * population.collaborations.length);
    const collaboration = population.collaborations[index]!;
    const story = makeStory(collaboration, regions, random);
    const shape = SHAPES[i % SHAPES.length]!;
    const rendered = RENDER[shape](story, random);
    const file = `${String(i).padStart(6, '0')}_${hash32(`${options.seed ?? 1}:${i}`)}.txt`;
    writeFileSync(join(out, file), rendered.text);
    truth.push(
      JSON.stringify({
        file,
        shape,
        language: rendered.language,
        title: rendered.title,
        publishedAt: rendered.publishedAt,
        eventDate: isoDate(story.event),
        spamLines: rendered.spamLines,
        collaboration: {
          name: collaboration.name,
          nameEn: collaboration.nameEn,
          subtype: collaboration.subtype,
          regionCode: collaboration.regionCode,
        },
        institutions: collaboration.members.map((m) => ({
          name: m.name,
          nameEn: m.nameEn,
          subtype: m.subtype,
          regionCode: m.regionCode,
        })),
        founder: collaboration.founder.name,
        regionCodes: [story.province.code, story.city.code],
      }),
    );
  }
  const truthFile = options.truth ?? `${out}.truth.jsonl`;
  writeFileSync(truthFile, `${truth.join('\n')}\n`);
  return {
    out,
    truthFile,
    articles: options.articles,
    collaborations: population.collaborations.length,
    institutions: population.institutions.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      truth: { type: 'string' },
    },
  });
  const articles = Number(values.articles);
  if (!values.out || !Number.isInteger(articles) || articles < 1) {
    console.error(
      'usage: npm run data:synthetic -- --articles N --out DIR [--seed S] [--truth FILE]',
    );
    process.exit(2);
  }
  const r = generateCorpus({
    articles,
    out: values.out,
    seed: Number(values.seed),
    truth: values.truth,
  });
  console.log(
    `wrote ${r.articles} articles to ${r.out} (${r.collaborations} collaborations, ${r.institutions} institutions); truth: ${r.truthFile}`,
  );
}
