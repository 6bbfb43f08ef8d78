// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/pipeline/cli';
import { progressReporter } from '../../src/pipeline/progress';
import { RAW, ROOT } from './helpers';
import { filesUnder, readShardedDataset } from './sharded-output';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `aa-${name}-`));
/** Every file under a dataset directory, path → bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const path of filesUnder(dir).keys())
    if (path !== 'report.json') files.set(path, readFileSync(join(dir, path), 'latin1'));
  return files;
}
const quiet = () => undefined;

// Each test spawns the CLI (tsx start-up included): seconds, not milliseconds, on a loaded machine.
describe('npm run data (cli)', { timeout: 30_000 }, () => {
  it('runs end to end on data/raw into a temp dir', () => {
    const out = tmp('cli');
    const report = join(out, 'report.json');
    // Left by an earlier run: the one-file layout of schema 1 and a shard this run does not have.
    mkdirSync(join(out, 'articles'), { recursive: true });
    writeFileSync(join(out, 'articles', 'stale.json'), '{}');
    writeFileSync(join(out, 'index.json'), '{}');
    mkdirSync(join(out, 'bodies'), { recursive: true });
    writeFileSync(join(out, 'bodies', '99.json'), '{}');
    const stdout = execFileSync(
      resolve(ROOT, 'node_modules/.bin/tsx'),
      ['src/pipeline/cli.ts', '--in', RAW, '--out', out, '--report', report],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(stdout.split('\n')[0]).toBe('5 read, 5 written, 0 rejected');
    expect(existsSync(join(out, 'articles'))).toBe(false);
    expect(existsSync(join(out, 'index.json'))).toBe(false);
    expect(existsSync(join(out, 'bodies', '99.json'))).toBe(false);
    const { index, bodies } = readShardedDataset(out);
    expect(index.articles).toHaveLength(5);
    expect(bodies.map((b) => b.id).sort()).toEqual(index.articles.map((a) => a.id).sort());
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

  it('groups warnings by rule, ends with the summary table, and exits 2 on bad arguments', () => {
    const lines: string[] = [];
    expect(
      main(
        ['--in', RAW, '--out', tmp('warn'), '--gazetteer', '/nonexistent/regions.json'],
        (l) => lines.push(l),
        quiet,
      ),
    ).toBe(0);
    const text = lines.join('\n');
    expect(text).toMatch(/warnings by rule:\n {2}gazetteer-missing \(1\)\n {4}run: /);
    expect(text).toMatch(
      /summary\n {2}read +5\n {2}written +5\n {2}rejected +0\n {2}warnings +\d+\n/,
    );
    expect(text).toMatch(/\n {4}gazetteer-missing +1(\n|$)/);
    expect(main(['--bogus'], quiet, quiet)).toBe(2);
  });

  const okArticle =
    '某市医疗联盟成立\n\n  某市第一人民医院牵头成立了某市医疗健康产业联盟，多家单位加入联盟。\n';

  it('--strict: 0 when clean, 1 on a reject or a warning; 2 on unreadable input or tables', () => {
    const clean = tmp('strict-clean');
    writeFileSync(join(clean, 'a.txt'), okArticle);
    expect(main(['--in', clean, '--out', tmp('o1'), '--strict'], quiet, quiet)).toBe(0);
    const warned = tmp('strict-warned');
    writeFileSync(join(warned, 'a.txt'), `---\ntitle: [unclosed\n---\n${okArticle}`);
    const errors: string[] = [];
    expect(
      main(['--in', warned, '--out', tmp('o2'), '--strict'], quiet, (l) => errors.push(l)),
    ).toBe(1);
    expect(errors.join('\n')).toMatch(/--strict: 0 rejected, 1 warnings/);
    expect(main(['--in', warned, '--out', tmp('o3')], quiet, quiet)).toBe(0);
    expect(main(['--in', '/nonexistent/raw', '--out', tmp('o4')], quiet, quiet)).toBe(2);
    const tables = tmp('bad-tables');
    writeFileSync(join(tables, 'spam-lexicon.yaml'), 'groups: [{ id: x }]\n');
    expect(main(['--in', clean, '--out', tmp('o5'), '--curation', tables], quiet, quiet)).toBe(2);
    writeFileSync(join(tables, 'spam-lexicon.yaml'), 'groups: []\n');
    writeFileSync(join(tables, 'match-phrases.yaml'), '- { from: 品质, to: 质量的, note: x }\n');
    expect(main(['--in', clean, '--out', tmp('o6'), '--curation', tables], quiet, quiet)).toBe(2);
  });

  it('writes the --report in exactly the documented shape', () => {
    const input = tmp('report-in');
    writeFileSync(join(input, 'a.txt'), okArticle);
    writeFileSync(join(input, 'b.txt'), `---\ntitle: [unclosed\n---\n${okArticle}`);
    writeFileSync(join(input, 'c.bin'), Buffer.from([0, 1, 2]));
    const report = join(tmp('report'), 'deep', 'r.json');
    expect(
      main(['--in', input, '--out', tmp('report-out'), '--report', report], quiet, quiet),
    ).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual({
      files: [
        { file: 'a.txt', status: 'written', articleId: 'a', warnings: [] },
        {
          file: 'b.txt',
          status: 'written',
          articleId: 'b',
          warnings: [
            { rule: 'front-matter-invalid', message: expect.stringMatching(/not valid YAML/) },
          ],
        },
        {
          file: 'c.bin',
          status: 'rejected',
          reason: 'binary file (contains NUL bytes)',
          warnings: [],
        },
      ],
      summary: { read: 3, written: 2, rejected: 1 },
    });
  });

  it('reads subfolders: ids from the relative path, files listed by it', () => {
    const input = tmp('nested-in');
    mkdirSync(join(input, '2021', '04'), { recursive: true });
    mkdirSync(join(input, '.hidden'));
    writeFileSync(join(input, 'top.txt'), okArticle);
    writeFileSync(join(input, '2021', '04', 'a.txt'), okArticle);
    writeFileSync(join(input, '.hidden', 'x.txt'), okArticle);
    const report = join(tmp('nested-report'), 'r.json');
    const out = tmp('nested-out');
    expect(main(['--in', input, '--out', out, '--report', report], quiet, quiet)).toBe(0);
    const r = JSON.parse(readFileSync(report, 'utf8'));
    expect(r.files.map((f: { file: string; articleId: string }) => [f.file, f.articleId])).toEqual([
      ['2021/04/a.txt', '2021-04-a'],
      ['top.txt', 'top'],
    ]);
    const { index } = readShardedDataset(out);
    expect(index.articles.map((a) => a.sourceFile).sort()).toEqual(['2021/04/a.txt', 'top.txt']);
  });
});

describe('progress', () => {
  const sink = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, write: (t: string) => out.push(t), isTTY };
  };

  it('prints a plain line every 1000 files when not on a terminal, nothing for small runs', () => {
    const s = sink(false);
    const p = progressReporter(s);
    for (let i = 0; i <= 2500; i++) p.update(i, 2500);
    p.finish();
    expect(s.out).toEqual([
      'progress: 1000/2500 files cleaned\n',
      'progress: 2000/2500 files cleaned\n',
    ]);
    const small = sink(false);
    const q = progressReporter(small);
    for (let i = 0; i <= 5; i++) q.update(i, 5);
    expect(small.out).toEqual([]);
  });

  it('redraws one bar on a terminal, at most every 100 ms, and erases it at the end', () => {
    const s = sink(true);
    let now = 0;
    const p = progressReporter(s, () => now);
    p.update(0, 200);
    now = 50;
    p.update(100, 200);
    now = 150;
    p.update(150, 200);
    p.update(200, 200);
    p.finish();
    expect(s.out).toHaveLength(4);
    const ERASE = '\x1b[K';
    expect(s.out[1]!.startsWith('\r[') && s.out[1]!.endsWith(ERASE)).toBe(true);
    expect(s.out[1]).toMatch(/\[█{21}░{7}\] {2}75% 150\/200 files {2}1000 files\/s/);
    expect(s.out[2]).toMatch(/100% 200\/200 files {2}cleaned; extracting…/);
    expect(s.out[3]).toBe(`\r${ERASE}`);
  });
});
