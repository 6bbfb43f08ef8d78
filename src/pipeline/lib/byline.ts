import type { PartialDate } from '../../domain';
import { parseStatedDate } from './dates';
import { normaliseSpace } from './text';

/**
 * Bylines and credits: labelled fields (`來源:X發布時間:2022-05-26瀏覽:`, `Author:X  Addtime:…`,
 * `（责任编辑：王小明）`), optionally led by a date-time (`2023-11-13 15:33:51來源:…`).
 */
type Field = 'publisher' | 'author' | 'editor' | 'credit' | 'date' | 'other';
const LABELS: Array<[Field, string]> = [
  [
    'publisher',
    '文章來源|文章来源|信息來源|信息来源|稿件來源|稿件来源|來源|来源|稿源|出處|出处|Source',
  ],
  ['editor', '責任編輯|责任编辑|責編|责编|編輯|编辑|Editor'],
  ['author', '作者|記者|记者|通訊員|通讯员|撰稿|撰文|文字|Author|Reporter|By'],
  ['credit', '審核|审核|審校|审校|校對|校对|攝影|摄影|圖片|图片|供圖|供图|Photo'],
  [
    'date',
    '發布時間|发布时间|發佈時間|發表時間|发表时间|發稿時間|发稿时间|發布日期|发布日期|發佈日期|發表日期|发表日期|更新時間|更新时间|更新日期|時間|时间|日期|Addtime|Published|Posted|Release date|Date',
  ],
  ['other', '瀏覽|浏览|點擊|点击|閱讀|阅读|訪問|访问|字號|字号|Views?|Hits|Clicks'],
];
/** A label, an optional counter word (`浏览次数`), then a colon. */
const LABEL = new RegExp(
  `(${LABELS.map(([, l]) => l).join('|')})(?:次數|次数|量|數|数)?\\s*[:：]\\s*`,
  'gi',
);
const FIELD_OF = LABELS.map(([f, l]) => [f, new RegExp(`^(?:${l})$`, 'i')] as const);
const fieldOf = (label: string): Field => FIELD_OF.find(([, re]) => re.test(label))?.[0] ?? 'other';

export interface Byline {
  publisher?: string;
  author?: string;
  /** Every editor credit in the line, in order. */
  editors?: string[];
  date?: PartialDate;
  /** True when the line carries only credits (author, editor, reviewer…), no date or source. */
  creditOnly: boolean;
}

/** `（责任编辑：X）`, `【责任编辑:X】`: a whole line wrapped in one pair of brackets. */
const WRAPPED = /^[（(【[]\s*([^（()）【】[\]]*?)\s*[）)】\]]$/;
/** Page controls that share a line with credits (`【纠错】 【责任编辑:王小明】`). */
const CONTROLS = /[【[](纠错|糾錯|打印|列印|关闭|關閉|收藏|分享)[】\]]/g;

/**
 * A byline or credit line. The first label must open the line (after a leading date, brackets or
 * page controls), so body sentences quoting `來源:` are not bylines.
 */
export function parseByline(raw: string): Byline | null {
  if (raw.length > 160) return null;
  let text = normaliseSpace(raw.replace(CONTROLS, ' '));
  text = WRAPPED.exec(text)?.[1] ?? text;
  // `【责任编辑:X】` inside a line: brackets around one labelled field are decoration.
  text = normaliseSpace(
    text.replace(/[【[]([^【】[\]]{1,40}[:：][^【】[\]]{1,40})[】\]]/g, ' $1 '),
  );
  const labels = [...text.matchAll(LABEL)];
  const first = labels[0];
  if (!first) return null;
  const lead = text.slice(0, first.index).trim();
  const leadDate = lead ? parseStatedDate(lead) : null;
  if (lead && !leadDate) return null;
  const out: Byline = { creditOnly: !leadDate, ...(leadDate ? { date: leadDate } : {}) };
  const values = labels.map((m, i) =>
    normaliseSpace(text.slice(m.index + m[0].length, labels[i + 1]?.index ?? text.length)).replace(
      /^[（(]|[,，;；|）)]+$/g,
      '',
    ),
  );
  // A field running on for a sentence is prose that starts like a byline, not a byline.
  if (values.some((v) => v.length > 40)) return null;
  labels.forEach((m, i) => {
    const end = labels[i + 1]?.index ?? text.length;
    const value = values[i]!;
    const field = fieldOf(m[1]!);
    if (field === 'publisher' || field === 'date') out.creditOnly = false;
    if (!value) return;
    if (field === 'publisher') out.publisher ??= value;
    if (field === 'author') out.author ??= value;
    if (field === 'editor') out.editors = [...(out.editors ?? []), value];
    if (field === 'date')
      out.date ??= parseStatedDate(value, normaliseSpace(text.slice(m.index, end))) ?? undefined;
  });
  const found = out.publisher || out.author || out.editors || out.date;
  return found || labels.some((m) => fieldOf(m[1]!) === 'credit') ? out : null;
}

/** A labelled credit closing a paragraph: `…发展。（责任编辑：王小明）`. */
const TRAILING_CREDIT = new RegExp(
  `[（(【[]\\s*((?:${['editor', 'author', 'credit'].map((f) => LABELS.find(([x]) => x === f)![1]).join('|')})\\s*[:：][^（()）【】[\\]]{1,60})[）)】\\]]\\s*$`,
  'i',
);

/** Splits a trailing credit off a paragraph; null when there is none. */
export function splitTrailingCredit(
  text: string,
): { body: string; credit: string; byline: Byline } | null {
  const m = TRAILING_CREDIT.exec(text);
  if (!m || m.index === 0) return null;
  const byline = parseByline(m[1]!);
  if (!byline) return null;
  return { body: text.slice(0, m.index).trimEnd(), credit: m[0].trim(), byline };
}

/**
 * A WeChat-style head line: `原创 作者 公众号 2023-06-12 09:30 发表于山东`. Names before the date are
 * the author (when two) and the account, which publishes the article.
 */
export function parseAccountLine(text: string): Byline | null {
  const m =
    /^(?:原创|原創)?\s*((?:[^\s:：。，,]{2,20}\s+){0,2})(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:发表于|發表於)?\s*[^\s:：。，,]{0,8}$/.exec(
      text,
    );
  if (!m || !/^(原创|原創)|发表于|發表於/.test(text)) return null;
  const date = parseStatedDate(m[2]);
  if (!date) return null;
  const names = m[1]!.trim().split(/\s+/).filter(Boolean);
  return {
    creditOnly: false,
    date,
    ...(names.length ? { publisher: names[names.length - 1] } : {}),
    ...(names.length === 2 ? { author: names[0] } : {}),
  };
}

/** A line that is only a date or date-time (`2023年6月12日 下午3:20`, `2021-04-01 星期四`). */
export function parseDateLine(text: string): Byline | null {
  if (text.length > 40) return null;
  const date = parseStatedDate(text);
  if (!date) return null;
  const rest = text
    .replace(/\d+/g, '')
    .replace(/[-/.:：年月日号號\s,，]|[上下]午|星期.|週.|周.|[AP]M|GMT|UTC|[A-Za-z]{3,9}\.?/gi, '');
  return rest.length <= 2 ? { creditOnly: false, date } : null;
}

/** A reporter credit line of Taiwan/Hong Kong news: `記者林怡君／台北報導`, `（中央社記者X台北12日電）`. */
export function parseReporterLine(text: string): Byline | null {
  const m =
    /^[（(]?\s*(?:[^\s（(]{0,4}(?:記者|记者)|Reporter)\s*([^\s／/，,]{2,6})\s*[／/]?\s*[^\s）)]{1,8}(?:報導|报道|電|电)[）)]?$/.exec(
      text,
    );
  return m ? { creditOnly: true, author: m[1]! } : null;
}

/** Not an owner: the site speaking of itself, or a domain (seed 003's footer names a spam domain). */
const NOT_OWNER = /^(本网|本網|本站|本媒體|本媒体)$|www\.|\.(com|cn|net|org)\b/i;

/**
 * The owner a copyright line names: `版权所有：X`, `X版權所有`, `Copyright © 2022 X 版权所有`,
 * `Copyright © 2020 X. All rights reserved`. Null when it names none, or only a domain.
 */
export function copyrightOwner(text: string): string | null {
  const found = [
    /(?:版[權权]所有|版权归属)\s*[:：]\s*([^\s，,。|©]{2,30})/.exec(text)?.[1],
    /([^\s，,。:：|©]{2,30}?)\s*版[權权]所有/.exec(text)?.[1],
    /Copyright\s*(?:©|\(c\)|\?)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(\p{Script=Han}[\p{Script=Han}（）()]*)/iu.exec(
      text,
    )?.[1],
    /Copyright\s*(?:©|\(c\)|\?)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([A-Za-z][A-Za-z&'’ -]{3,60}?)\s*(?:\.|,|All rights|$)/i.exec(
      text,
    )?.[1],
  ];
  return (
    found.find((o) => o && !NOT_OWNER.test(o) && !/^(Copyright|All)$/i.test(o))?.trim() ?? null
  );
}

/** The site name a page title ends with: `…-新华网`, `…_新闻中心_长江网`, `… | Xinhua`. */
export function siteFromTitle(title: string): string | null {
  const parts = title.split(/\s*(?:[_|｜]|[-–—]{1,2})\s*/).filter(Boolean);
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !last) return null;
  const site =
    /^[^\d\s]{1,10}(网|網|报|報|台|站|在线|在線|新闻|新聞)$/.test(last) ||
    /^[A-Za-z][A-Za-z .&'-]{2,40}$/.test(last);
  return site ? last : null;
}
