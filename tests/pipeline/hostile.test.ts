// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/build';
import type { Doc } from '../../src/pipeline/doc';
import { processFile } from '../../src/pipeline/run';
import { MAX_BLOCKS } from '../../src/pipeline/stages/check-size';
import { clean, readRaw, realResources, TAG } from './helpers';

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

/** What a reader sees of a cleaned doc: everything but the bytes and the encoding. */
const seen = (d: Doc) => ({
  title: d.title,
  language: d.language,
  publishedAt: d.publishedAt,
  eventDates: d.eventDates,
  publisher: d.publisher,
  author: d.author,
  editor: d.editor,
  blocks: d.blocks,
  removed: d.removed,
});
const SEEDS = [
  '000_8acf72d1639afed9.txt',
  '001_add32ab2eb8e2b21.txt',
  '002_756aca3129949c7d.txt',
  '003_ed6acc09de5a223e.txt',
  '004_f1e248e0704a5347.txt',
];
const utf8 = (file: string) => readRaw(file).toString('utf8');
const timed = (text: string, file = 'big.txt') => {
  const t = performance.now();
  const r = processFile(file, new TextEncoder().encode(text), res);
  return { r, ms: performance.now() - t };
};

describe('legacy encodings give the same article as UTF-8', () => {
  it.each(SEEDS)('%s in GB18030', (file) => {
    const doc = clean(iconv.encode(utf8(file), 'gb18030'), file);
    expect(doc.encoding).toBe('gb18030');
    expect(seen(doc)).toEqual(seen(clean(readRaw(file), file)));
  });

  it.each(SEEDS.slice(0, 2))('%s in GBK', (file) => {
    expect(seen(clean(iconv.encode(utf8(file), 'gbk'), file))).toEqual(
      seen(clean(readRaw(file), file)),
    );
  });

  it('seed 002 in Big5 (with 產 for the gateway variant 産 and a space for the NBSP, which Big5 lacks)', () => {
    const file = SEEDS[2]!;
    const text = utf8(file)
      .replace(/産/g, '產')
      .replace(/\u00a0/g, ' ');
    const doc = clean(iconv.encode(text, 'big5'), file);
    expect([doc.encoding, doc.language]).toEqual(['big5', 'zh-Hant']);
    expect(seen(doc)).toEqual(seen(clean(text, file)));
  });

  it.each([
    [
      'UTF-8 with a BOM',
      (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]),
    ],
    [
      'UTF-16LE with a BOM',
      (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf-16le')]),
    ],
    [
      'UTF-16BE with a BOM',
      (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(t, 'utf-16be')]),
    ],
  ])('%s', (_name, encode) => {
    for (const file of [SEEDS[1]!, SEEDS[3]!])
      expect(seen(clean(encode(utf8(file)), file))).toEqual(seen(clean(readRaw(file), file)));
  });
});

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

  it('drops hidden elements, event handlers, data: and javascript: URLs, unclosed tags', () => {
    const html = `<h1>某市医疗联盟成立大会隆重举行</h1>
      <p>某市第一人民医院牵头成立医疗联盟，多家单位加入。<span hidden>隐藏一</span><span aria-hidden="true">隐藏二</span></p>
      <div style="color:red; display: none">亚洲无码|一区二区|特级毛片|人妻自拍</div>
      <p style="font-size:0">百家乐|娱乐城|博彩|时时彩</p><p style="visibility:hidden">隐藏三</p>
      <p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" onmouseover="alert(1)">链接</a>联盟将推动优质资源下沉，提升基层服务能力。</p>
      <p>第二段<b>加粗<i>斜体<span>未闭合标签，联盟理事会由二十家单位组成。
      <object data="x.swf"></object><embed src="x.swf"><svg><script>alert(1)</script></svg>
      <img src="https://img.example/a.png" alt="&lt;img src=x onerror=alert(1)&gt;现场">`;
    const doc = clean(html, 'page.html');
    const all = JSON.stringify([doc.title, doc.blocks]);
    for (const bad of [
      '隐藏',
      '亚洲无码',
      '百家乐',
      'data:',
      'onmouseover',
      'onerror',
      'alert',
      'swf',
      '<',
    ])
      expect(all).not.toContain(bad);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      '某市第一人民医院牵头成立医疗联盟，多家单位加入。',
      '链接联盟将推动优质资源下沉，提升基层服务能力。',
      '第二段加粗斜体未闭合标签，联盟理事会由二十家单位组成。',
      '现场',
    ]);
    expect(doc.removed.map((r) => r.rule)).toEqual(
      expect.arrayContaining([
        'hidden-element:span',
        'hidden-element:div',
        'hidden-element:p',
        'drop-element:object',
        'drop-element:embed',
        'drop-element:svg',
      ]),
    );
  });

  it('finds spam nested in markup and glued to sentences', () => {
    const doc = clean(
      '<h1>某市医疗联盟成立大会隆重举行</h1><div><p>联盟成立，多家单位加入。<span><b>亚洲无码</b>|一区二区|<i>特级毛片</i>|人妻自拍</span></p></div>',
      'nested.html',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['联盟成立，多家单位加入。']);
    expect(doc.removed.filter((r) => r.kind === 'spam').map((r) => r.text)).toEqual([
      '亚洲无码|一区二区|特级毛片|人妻自拍',
    ]);
  });

  it.each([
    ['an unclosed fence', '---\ntitle: 某市医疗联盟成立\n'],
    ['duplicate keys', '---\ntitle: a\ntitle: b\n---\n'],
    [
      'an alias bomb',
      `---\na: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ).join('\n')}\n---\n`,
    ],
    ['a list, not a mapping', '---\n- a\n- b\n---\n'],
    ['a tab-indented block', '---\ntitle: x\n\tdate: y\n---\n'],
    ['a non-string title and a bad date', '---\ntitle: [1, 2]\ndate: 2021-02-30\n---\n'],
    ['markup in the title', '---\ntitle: "<img src=x onerror=alert(1)>某市医疗联盟成立"\n---\n'],
  ])('malformed front matter (%s): read or rejected, never a crash', (_name, fm) => {
    const r = processFile(
      'fm.txt',
      new TextEncoder().encode(`${fm}某市医疗联盟成立\n\n${BODY}\n`),
      res,
    );
    expect(['written', 'rejected']).toContain(r.status);
    if (r.status === 'written') {
      expect(r.doc.title).not.toMatch(/[<>]|onerror/);
      expect(r.doc.blocks.map((b) => b.text).join('')).toContain('成都医疗健康产业联盟');
    }
  });

  it('reads a 10 MB single line in linear time', () => {
    const shapes: Array<[string, (n: number) => string, string]> = [
      [
        'prose',
        (n) =>
          `某市医疗联盟成立大会隆重举行\n${'3月31日，沈阳市第一人民医院牵头成立医疗健康产业联盟，多家单位加入联盟。亚洲无码|一区二区|特级毛片|人妻|'.repeat(n / 50)}`,
        'big.txt',
      ],
      [
        'html',
        (n) =>
          `<h1>某市医疗联盟成立大会隆重举行</h1><p>${'<b>联盟</b>成立<a href="javascript:x">链接</a>，'.repeat(n / 40)}</p>`,
        'big.html',
      ],
      [
        'unclosed tags',
        (n) => `某市医疗联盟成立大会隆重举行\n${'<div <p <span 联盟，'.repeat(n / 18)}`,
        'big.txt',
      ],
    ];
    for (const [name, make, file] of shapes) {
      const small = timed(make(1_000_000), file);
      const big = timed(make(10_000_000), file);
      expect(big.r.status, name).toBe(small.r.status);
      // Linear: ten times the text, about ten times the time (quadratic would be a hundred).
      expect(big.ms, `${name}: ${Math.round(small.ms)} ms → ${Math.round(big.ms)} ms`).toBeLessThan(
        Math.max(30 * small.ms, 2_000),
      );
    }
  }, 180_000);

  it('turns thousands of unclosed nested elements into plain text, not a quadratic parse', () => {
    const { r, ms } = timed(
      `<h1>某市医疗联盟成立大会隆重举行</h1>${'<b>联盟成立，'.repeat(200_000)}`,
      'deep.html',
    );
    expect(ms).toBeLessThan(20_000);
    expect(r.status).toBe('written');
    if (r.status === 'written') expect(r.warnings.map((w) => w.rule)).toContain('html-too-deep');
  }, 60_000);

  it('rejects a dump of more blocks than any article has, with the count', () => {
    const r = timed(`某市医疗联盟成立大会隆重举行\n${'联盟。\n'.repeat(MAX_BLOCKS + 1)}`).r;
    expect(r.status === 'rejected' && r.reason).toMatch(/blocks: more than 20000/);
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

  it('a folder of hostile files: every file accounted for, nothing executable in what readers see', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-hostile-all-'));
    const pages: Record<string, string | Uint8Array> = {
      'script.html': `<h1>某市医疗联盟成立大会</h1><p onclick="alert(1)">${BODY}<script>alert(1)</script></p>`,
      'hidden.html': `<h1>某市医疗联盟成立大会</h1><p>${BODY}</p><div hidden>亚洲无码|一区二区|人妻|毛片</div>`,
      'iframe.html': `<h1>某市医疗联盟成立大会</h1><iframe src="javascript:alert(1)"></iframe><p>${BODY}</p>`,
      'urls.html': `<h1>某市医疗联盟成立大会</h1><p>${BODY}<a href="javascript:alert(1)">javascript:alert(1)</a></p><img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x"><img src="javascript:alert(1)">`,
      'unclosed.html': `<h1>某市医疗联盟成立大会<p>${BODY}<div><span><b>未闭合<img src=x onerror=alert(1)`,
      'title.txt': `---\ntitle: "<script>alert(1)</script>某市医疗联盟成立大会"\nauthor: "<b onmouseover=alert(1)>张三</b>"\n---\n${BODY}\n`,
      'entities.txt': `某市医疗联盟成立大会\n${BODY}&lt;script&gt;alert(1)&lt;/script&gt;&amp;lt;img src=x onerror=alert(1)&amp;gt;\n`,
      'binary.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'empty.txt': '',
      'gbk.txt': iconv.encode(`某市医疗联盟成立大会\n${BODY}\n`, 'gbk'),
      'nested/deeper/sub.txt': `某市医疗联盟成立大会\n${BODY}\n`,
    };
    for (const [name, content] of Object.entries(pages)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const out = runPipeline(dir, res);
    expect(out.files.map((f) => f.file).sort()).toEqual(Object.keys(pages).sort());
    const written = out.files.filter((f) => f.status === 'written').length;
    expect(written + out.files.filter((f) => f.status === 'rejected').length).toBe(
      out.files.length,
    );
    expect(written).toBe(out.index.articles.length);
    expect(out.index.articles.map((a) => a.id)).toContain('nested-deeper-sub');
    // What a reader sees: titles, metadata, excerpts, blocks. (removed[] keeps the removed markup
    // as inert strings, so the reader can show what went.)
    const visible = JSON.stringify([
      out.index.articles.map(({ title, excerpt, publisher, author }) => [
        title,
        excerpt,
        publisher,
        author,
      ]),
      out.bodies.map((b) => b.blocks),
    ]);
    for (const bad of [/<[a-z!/]/i, /javascript:/i, /data:/i, /\bon[a-z]+\s*=/i, /alert/])
      expect(visible).not.toMatch(bad);
  });
});
