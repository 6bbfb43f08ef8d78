// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/pipeline/doc';
import { processFile } from '../../src/pipeline/run';
import { GOLD } from './gold';
import { norm, realResources, TAG } from './helpers';

/**
 * Properties of the whole cleaning preset (run.ts STAGES) over generated articles: it never
 * throws, never lets markup or a script URL through, is idempotent, and never loses a paragraph
 * of an otherwise clean article.
 */
const res = realResources();
const run = (text: string | Uint8Array, file = 'gen.txt') =>
  processFile(file, typeof text === 'string' ? new TextEncoder().encode(text) : text, res);

// Paragraphs the gold marks as a page's repeat of an earlier sentence are left out: cleaning
// removes them on purpose when both are drawn.
const PROSE = GOLD.flatMap((g) =>
  g.cleanliness.body_paragraphs.filter((p) => !p.duplicate_of).map((p) => p.text_clean),
);
const TITLES = GOLD.map((g) => g.title.clean);
const SPAM_TERMS = res.curation.spam.groups.flatMap((g) => g.terms);
const CHROME = [
  '首页 > 新闻中心 > 工作动态',
  '【打印本页】【关闭窗口】',
  '【字体：大 中 小】 打印本页 关闭窗口 分享到：',
  '返回顶部',
  '收藏',
  '分享',
  '833',
  '浙ICP备12345678号-1',
  'Copyright © 2022 某某网 版权所有',
  '扫一扫在手机打开当前页',
  '阅读原文',
  '责任编辑：张三',
  '来源：新华网 作者：李四',
  '上一篇：某某医院举办义诊',
  '2023-06-12 15:20:31 来源：新华网',
];
const HOSTILE = [
  '&nbsp;',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">详情</a>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)" alt="<b>x</b>">',
  '-->',
  '<!-- hidden -->',
  '&lt;script&gt;alert(2)&lt;/script&gt;',
  '&amp;lt;iframe&amp;gt;',
  'javascript:void(0)',
  'JavaScript :alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="display:none">亚洲无码|一区二区|人妻|特级毛片</div>',
  '<p onclick="x()">点击</p>',
  '<svg onload=alert(1)>',
  '<scr<script>ipt>alert(1)</script>',
  '普陀區(qū)舉辦產(chǎn)業(yè)大會',
  '<div <p <span',
];
const spamLine = fc
  .tuple(
    fc.subarray(SPAM_TERMS, { minLength: 4, maxLength: 8 }),
    fc.constantFrom('|', ',', ' ', '，'),
  )
  .map(([terms, sep]) => terms.join(sep));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 2, arbitrary: fc.constantFrom(...CHROME) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: spamLine },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);
/** A line: a piece alone, or two glued (spam after prose, markup inside a sentence). */
const line = fc.oneof(
  piece,
  fc.tuple(piece, piece).map(([a, b]) => `${a}${b}`),
);

/** A messy page: text or HTML, with or without front matter. */
const messyPage = fc
  .tuple(
    fc.oneof(fc.constantFrom(...TITLES), fc.string({ maxLength: 20 })),
    fc.array(line, { maxLength: 14 }),
    fc.constantFrom('text', 'html', 'front-matter'),
    fc.constantFrom('', '  ', '　　'),
  )
  .map(([title, lines, shape, indent]) => {
    if (shape === 'text') return [title, ...lines.map((l) => `${indent}${l}`)].join('\n');
    const html = `<h1>${title}</h1>\n${lines.map((l) => `<p>${l}</p>`).join('\n')}`;
    return shape === 'html' ? html : `---\ntitle: ${JSON.stringify(title)}\n---\n${html}`;
  });

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (t: string) => esc(t).replace(/"/g, '&quot;');

/** A cleaned doc written back out as a page: front-matter title, one HTML element per block. */
function render(doc: Doc): string {
  const body = doc.blocks.map((b) => {
    if (b.type === 'image') return `<img src="${attr(b.src ?? '')}" alt="${attr(b.alt ?? '')}">`;
    if (b.type === 'heading') return `<h2>${esc(b.text)}</h2>`;
    if (b.type === 'caption') return `<figcaption>${esc(b.text)}</figcaption>`;
    return `<p>${esc(b.text)}</p>`;
  });
  return `---\ntitle: ${JSON.stringify(doc.title)}\n---\n${body.join('\n')}\n`;
}
const view = (doc: Doc) => ({
  title: doc.title,
  blocks: doc.blocks.map((b) => [b.type, b.text, b.src ?? '', b.alt ?? '']),
});

// Hundreds of whole-pipeline runs per property: generous time on a busy machine.
describe('cleaning (properties)', { timeout: 60_000 }, () => {
  it('generates pages that mostly survive cleaning (so the properties below say something)', () => {
    const pages = fc.sample(messyPage, { numRuns: 300, seed: 42 });
    const written = pages.filter(
      (p) => run(p, p.startsWith('<') ? 'gen.html' : 'gen.txt').status === 'written',
    );
    expect(written.length / pages.length).toBeGreaterThan(0.5);
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), messyPage), (input) => {
        const r = run(input);
        expect(['written', 'rejected']).toContain(r.status);
        if (r.status === 'rejected') expect(r.reason).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });

  it('never outputs a tag, a script URL or a non-http image', () => {
    fc.assert(
      fc.property(messyPage, (page) => {
        const r = run(page, page.startsWith('<') ? 'gen.html' : 'gen.txt');
        if (r.status !== 'written') return;
        const texts = [r.doc.title ?? '', ...r.doc.blocks.flatMap((b) => [b.text, b.alt ?? ''])];
        for (const t of texts) {
          expect(t).not.toMatch(TAG);
          expect(t).not.toMatch(/javascript\s*:|vbscript\s*:|data:[a-z]+\/[a-z]/i);
          expect(t).not.toMatch(/\bon[a-z]+\s*=/i);
        }
        for (const b of r.doc.blocks) if (b.src) expect(b.src).toMatch(/^https?:\/\//);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: cleaning a cleaned article changes nothing', () => {
    fc.assert(
      fc.property(messyPage, (page) => {
        const first = run(page, page.startsWith('<') ? 'gen.html' : 'gen.txt');
        if (first.status !== 'written') return;
        const second = run(render(first.doc), 'again.html');
        expect(second.status).toBe('written');
        if (second.status !== 'written') return;
        expect(view(second.doc)).toEqual(view(first.doc));
        expect(second.doc.removed.filter((r) => r.rule !== 'front-matter')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never loses a paragraph of an otherwise clean article', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TITLES),
        fc.uniqueArray(fc.constantFrom(...PROSE), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('text', 'html'),
        fc.constantFrom('', '  ', '　　'),
        (title, paragraphs, shape, indent) => {
          const page =
            shape === 'text'
              ? [title, '', ...paragraphs.map((p) => `${indent}${p}`)].join('\n')
              : `<h1>${esc(title)}</h1>\n${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`;
          const r = run(page, shape === 'html' ? 'clean.html' : 'clean.txt');
          expect(r.status).toBe('written');
          if (r.status !== 'written') return;
          const kept = r.doc.blocks.filter((b) => b.type === 'paragraph').map((b) => norm(b.text));
          expect(kept).toEqual(paragraphs.map(norm));
          expect(r.doc.removed.filter((x) => x.rule !== 'title-line')).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
