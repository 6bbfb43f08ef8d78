// @vitest-environment node
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleBodySchema, DatasetIndexSchema } from '../../src/domain';
import { main } from '../../src/pipeline/cli';
import { RAW, ROOT } from './helpers';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `aa-${name}-`));
/** Every file under a dataset directory, path → bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set('index.json', readFileSync(join(dir, 'index.json'), 'latin1'));
  for (const f of readdirSync(join(dir, 'articles')).sort())
    files.set(`articles/${f}`, readFileSync(join(dir, 'articles', f), 'latin1'));
  return files;
}
const quiet = () => undefined;

describe('npm run data (cli)', () => {
  it('runs end to end on data/raw into a temp dir', () => {
    const out = tmp('cli');
    const report = join(out, 'report.json');
    mkdirSync(join(out, 'articles'), { recursive: true });
    writeFileSync(join(out, 'articles', 'stale.json'), '{}');
    const stdout = execFileSync(
      resolve(ROOT, 'node_modules/.bin/tsx'),
      ['src/pipeline/cli.ts', '--in', RAW, '--out', out, '--report', report],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(stdout.split('\n')[0]).toBe('5 read, 5 written, 0 rejected');
    expect(existsSync(join(out, 'articles', 'stale.json'))).toBe(false);
    const index = DatasetIndexSchema.parse(
      JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')),
    );
    expect(index.articles).toHaveLength(5);
    for (const a of index.articles)
      ArticleBodySchema.parse(
        JSON.parse(readFileSync(join(out, 'articles', `${a.id}.json`), 'utf8')),
      );
    const r = JSON.parse(readFileSync(report, 'utf8'));
    expect(r.summary).toEqual({ read: 5, written: 5, rejected: 0 });
    expect(r.files[0]).toEqual({
      file: '000_8acf72d1639afed9.txt',
      status: 'written',
      articleId: '000_8acf72d1639afed9',
      warnings: [],
    });
    // The spawned CLI and the in-process entry point write the same bytes.
    const again = tmp('cli-again');
    expect(main(['--in', RAW, '--out', again], quiet, quiet)).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(out));
  });

  it('is deterministic: two runs give identical bytes', () => {
    const [a, b] = [tmp('det-a'), tmp('det-b')];
    expect(main(['--in', RAW, '--out', a], quiet, quiet)).toBe(0);
    expect(main(['--in', RAW, '--out', b], quiet, quiet)).toBe(0);
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it('reports rejects, and fails only under --strict', () => {
    const input = tmp('strict-in');
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(
      join(input, 'ok.txt'),
      '某市医疗联盟成立\n\n  某市第一人民医院牵头成立了某市医疗健康产业联盟，多家单位加入联盟。\n',
    );
    const lines: string[] = [];
    const report = join(tmp('strict-report'), 'r.json');
    expect(
      main(
        ['--in', input, '--out', tmp('strict-out'), '--report', report],
        (l) => lines.push(l),
        quiet,
      ),
    ).toBe(0);
    expect(lines[0]).toBe('2 read, 1 written, 1 rejected');
    expect(lines.join('\n')).toContain('rejected empty.txt: empty file');
    const r = JSON.parse(readFileSync(report, 'utf8'));
    expect(r.files.find((f: { file: string }) => f.file === 'empty.txt')).toEqual({
      file: 'empty.txt',
      status: 'rejected',
      reason: 'empty file',
      warnings: [],
    });
    expect(main(['--in', input, '--out', tmp('strict-out2'), '--strict'], quiet, quiet)).toBe(1);
  });

  it('groups warnings by rule and exits 2 on bad arguments', () => {
    const lines: string[] = [];
    expect(
      main(
        ['--in', RAW, '--out', tmp('warn'), '--gazetteer', '/nonexistent/regions.json'],
        (l) => lines.push(l),
        quiet,
      ),
    ).toBe(0);
    expect(lines.join('\n')).toMatch(/warnings by rule:\n {2}gazetteer-missing \(1\)/);
    expect(main(['--bogus'], quiet, quiet)).toBe(2);
  });
});
