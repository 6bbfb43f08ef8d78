// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/build';
import { processFile } from '../../src/pipeline/run';
import { clean, realResources, TAG } from './helpers';

const res = realResources();
const reject = (bytes: Uint8Array | string, file = 'x.txt') => {
  const r = processFile(
    file,
    typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
    res,
  );
  return r.status === 'rejected' ? r.reason : null;
};
const BODY = '  今天，成都市第一人民医院牵头成立了成都医疗健康产业联盟，多家单位加入联盟。';

describe('hostile and broken input', () => {
  it('rejects empty, blank and binary files with a reason', () => {
    expect(reject(new Uint8Array())).toBe('empty file');
    expect(reject(' \n\t\n')).toBe('empty file');
    expect(
      reject(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    ).toMatch(/binary/);
    expect(reject('text\u0001\u0002\u0003\u0004\u0005 with control characters')).toMatch(/binary/);
  });

  it('decodes UTF-8 with a BOM, UTF-16 with a BOM, GB18030 and Big5', () => {
    const title = '成都市医疗联盟成立大会隆重举行';
    const text = `${title}\n\n${BODY}\n`;
    expect(clean(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])).title).toBe(
      title,
    );
    expect(clean(new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')])).title).toBe(
      title,
    );
    const gbk = clean(iconv.encode(text, 'gb18030'));
    expect([gbk.title, gbk.encoding]).toEqual([title, 'gb18030']);
    const hant = '成都市醫療聯盟成立大會隆重舉行';
    const big5 = clean(
      iconv.encode(
        `${hant}\n\n  今天，成都市第一人民醫院牽頭成立了成都醫療健康產業聯盟，多家單位加入聯盟。\n`,
        'big5',
      ),
    );
    expect([big5.title, big5.encoding, big5.language]).toEqual([hant, 'big5', 'zh-Hant']);
  });

  it('rejects bytes that are no known Chinese encoding', () => {
    const latin1 = iconv.encode(
      'Ça coûte très cher à Zürich, déjà réglé. Élève, garçon, naïve, façade, œuvre.'.repeat(3),
      'latin1',
    );
    expect(reject(latin1)).toMatch(/undecodable/);
  });

  it('drops malformed front matter with a warning but still reads the body', () => {
    const r = processFile(
      'bad.txt',
      new TextEncoder().encode(`---\ntitle: [unclosed\n---\n某市医疗联盟成立\n\n${BODY}\n`),
      res,
    );
    expect(r.status).toBe('written');
    if (r.status !== 'written') return;
    expect(r.warnings.map((w) => w.rule)).toContain('front-matter-invalid');
    expect(r.doc.title).toBe('某市医疗联盟成立');
    expect(r.doc.removed[0]).toMatchObject({ kind: 'metadata', rule: 'front-matter-invalid' });
  });

  it('never evaluates a JavaScript front matter block', () => {
    const g = globalThis as { __pwned?: boolean };
    const js = `---js\n(function(){ globalThis.__pwned = true; return { title: "pwned" } })()\n---\n某市医疗联盟成立\n\n${BODY}\n`;
    const r = processFile('js.txt', new TextEncoder().encode(js), res);
    expect(g.__pwned).toBeUndefined();
    expect(r.status === 'written' && r.doc.title).toBe('某市医疗联盟成立');
  });

  it('cleans script, iframe, event handlers and javascript: URLs out of HTML', () => {
    const html = `<!DOCTYPE html><html><head><title>t</title><script>alert(1)</script></head><body>
      <nav>首页 新闻</nav><h1>某市医疗联盟成立大会隆重举行</h1>
      <p onclick="alert(1)" style="x">某市第一人民医院牵头成立医疗联盟，<a href="javascript:alert(1)">详情</a>多家单位加入。</p>
      <iframe src="https://evil.example/"></iframe><img src="javascript:alert(1)" alt="x" onerror="alert(1)">
      <img src="data:image/png;base64,AAA"><img src="//cdn.example.com/a.png" alt="现场">
      <script>document.write('<p>injected</p>')</script><noscript><p>noscript</p></noscript>
      <p>&lt;script&gt;alert(2)&lt;/script&gt;第二段正文内容足够长，转义的标签不会重新出现。</p></body></html>`;
    const doc = clean(html, 'page.html');
    const all = JSON.stringify(doc.blocks);
    for (const bad of [
      'alert(1)',
      'javascript:',
      'onclick',
      'onerror',
      'evil.example',
      'injected',
      'noscript',
      'data:image',
    ])
      expect(all).not.toContain(bad);
    for (const b of doc.blocks) expect(b.text).not.toMatch(TAG);
    expect(doc.blocks.filter((b) => b.type === 'image')).toEqual([
      { type: 'image', text: '现场', src: 'https://cdn.example.com/a.png', alt: '现场' },
    ]);
    expect(doc.removed.map((r) => r.rule)).toEqual(
      expect.arrayContaining([
        'drop-element:script',
        'drop-element:iframe',
        'page-chrome:nav',
        'image-url-not-http',
      ]),
    );
  });

  it('rejects a page with nothing left after cleaning', () => {
    expect(
      reject(
        '<html><body><script>var a = 1;</script><iframe src="https://x.example"></iframe></body></html>',
        'p.html',
      ),
    ).toMatch(/no headline|no body/);
  });

  it('never crashes a run: read = written + rejected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-hostile-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0, 1, 2, 3, 255, 254, 0]));
    writeFileSync(join(dir, 'fm.txt'), '---\n: : :\n---\n');
    writeFileSync(join(dir, 'ok.txt'), `某市医疗联盟成立\n\n${BODY}\n`);
    writeFileSync(
      join(dir, 'ok.html'),
      `<h1>某市医疗联盟成立</h1><p>${BODY}</p><p>第二段。</p><p>第三段。</p>`,
    );
    const out = runPipeline(dir, res);
    const written = out.files.filter((f) => f.status === 'written');
    const rejected = out.files.filter((f) => f.status === 'rejected');
    expect(out.files).toHaveLength(5);
    expect(written.length + rejected.length).toBe(5);
    for (const f of rejected) expect(f.reason).toBeTruthy();
    // ok.txt and ok.html share the article id `ok`: the second is rejected, not silently merged.
    expect(rejected.find((f) => f.file === 'ok.txt')?.reason).toMatch(/duplicate article id ok/);
    expect(out.index.articles.map((a) => a.id)).toEqual(['ok']);
  });
});
