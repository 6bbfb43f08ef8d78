/**
 * The peer side by side: 1,000 of the entries our timeline shows, as events in Knight Lab
 * TimelineJS3 (from npm, served from a temp folder with a tiny page that fetches events.json, as
 * ours fetches its data), and our timeline (the built app over the whole dataset they come from,
 * so ours renders at least as many entries). Time to first render (cold, fresh
 * context, median of `runs`) and long tasks while moving through the timeline.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ArticleSummary, PartialDate } from '../../src/domain';
// @ts-expect-error -- plain ESM script shared with `npm start`; typed by usage here.
import { serve } from '../serve.mjs';
import { coldLoad, scrollLongTasks } from './page-measures';
import { median, ROOT, serveSite } from './site';

const TIMELINEJS = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS3 peer</title>
<link rel="stylesheet" href="/css/timeline.css"></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:900px"></div>
<script src="/js/timeline.js"></script><script src="/boot.js"></script></body></html>`;
const BOOT = `fetch('/events.json').then((r) => r.json()).then((data) => {
  window.tl = new TL.Timeline('timeline-embed', data, {
    script_path: location.origin + '/js/', hash_bookmark: false,
  });
});`;

/** A TimelineJS date from ours: year, month, day as far as the date is known. */
function tlDate(date: PartialDate) {
  const [year, month, day] = (date.value ?? '').split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/**
 * The dated entries our timeline shows (each article's publication and each event date with a
 * year; yearless ones cannot be placed on TimelineJS's axis), as TimelineJS events, up to `limit`.
 */
export function timelineJsEvents(articles: ArticleSummary[], limit: number) {
  const events = [];
  for (const a of articles)
    for (const date of [a.publishedAt, ...a.eventDates])
      if (date.value && /^\d{4}/.test(date.value) && events.length < limit)
        events.push({ start_date: tlDate(date), text: { headline: a.title, text: a.excerpt } });
  return { events };
}

export function readSummaries(dataDir: string): ArticleSummary[] {
  const dir = join(dataDir, 'summaries');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => parseInt(a) - parseInt(b))
    .flatMap(
      (f) =>
        (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { articles: ArticleSummary[] }).articles,
    );
}

async function measure(
  browser: Browser,
  url: string,
  selector: string,
  runs: number,
  scroll: Parameters<typeof scrollLongTasks>[1],
) {
  const firsts: number[] = [];
  let scrolled: Awaited<ReturnType<typeof scrollLongTasks>> | null = null;
  let loadLong: number[] = [];
  for (let i = 0; i < runs; i++) {
    const load = await coldLoad(browser, url, selector, { blockOutside: true, settleMs: 1500 });
    firsts.push(load.firstMs);
    if (i === runs - 1) {
      loadLong = load.longTasks;
      scrolled = await scrollLongTasks(load.page, scroll);
    }
    await load.context.close();
  }
  return {
    firstRenderMs: Math.round(median(firsts)),
    firstRenderSamplesMs: firsts.map(Math.round),
    loadLongTaskTotalMs: loadLong.reduce((a, b) => a + b, 0),
    scroll: scrolled,
  };
}

const timelineJsVersion = () =>
  (JSON.parse(readFileSync(join(TIMELINEJS, '../package.json'), 'utf8')) as { version: string })
    .version;

const clickNext = () =>
  (document.querySelector('.tl-slidenav-next') as HTMLElement | null)?.click();

/** Runs both timelines on the first `events` articles of `dataDir`, with the app in `appDir`. */
export async function measurePeer(
  browser: Browser,
  appDir: string,
  dataDir: string,
  options: { events?: number; runs?: number } = {},
) {
  const { events = 1000, runs = 3 } = options;
  const articles = readSummaries(dataDir);
  const data = timelineJsEvents(articles, events);
  const dir = mkdtempSync(join(tmpdir(), 'aa-bench-peer-'));
  cpSync(TIMELINEJS, dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'boot.js'), BOOT);
  writeFileSync(join(dir, 'events.json'), JSON.stringify(data));
  const peerServer = (await serve({ dir, port: 0, quiet: true })) as {
    server: Server;
    url: string;
  };
  const ours = await serveSite(appDir, dataDir);
  try {
    const peer = await measure(browser, peerServer.url, '.tl-timenav .tl-timemarker', runs, {
      steps: 40,
      pauseMs: 30,
      // TimelineJS moves by slide: its "next" arrow is how a reader goes through it.
      step: (page) => page.evaluate(clickNext),
    });
    const own = await measure(browser, ours.url, 'main [data-row]', runs, {
      steps: 40,
      pauseMs: 30,
      rowSelector: '[data-row]',
    });
    const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10) / 10 : null);
    return {
      events: data.events.length,
      oursArticles: articles.length,
      timelinejs: { version: timelineJsVersion(), ...peer },
      ours: own,
      firstRenderRatio: ratio(peer.firstRenderMs, own.firstRenderMs),
      // Null when ours had no long task at all (a ratio to zero says nothing).
      scrollLongTaskRatio: ratio(
        peer.scroll?.longTaskTotalMs ?? 0,
        own.scroll?.longTaskTotalMs ?? 0,
      ),
    };
  } finally {
    await ours.close();
    peerServer.server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
