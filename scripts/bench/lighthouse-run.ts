/**
 * Lighthouse 12 (desktop preset, performance only) through its Node API, on the bench's Chromium
 * launched by chrome-launcher (bundled with lighthouse) with the bench's flags. No downloads.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { BENCH_CHROME_ARGS, chromePath } from './site';

export interface LighthouseFigures {
  url: string;
  performance: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  speedIndexMs: number | null;
}

const AUDITS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const;

/** One Lighthouse run per url, in one Chromium. */
export async function runLighthouse(urls: string[]): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: BENCH_CHROME_ARGS,
    logLevel: 'silent',
  });
  try {
    const out: LighthouseFigures[] = [];
    for (const url of urls) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
        desktopConfig,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`lighthouse returned nothing for ${url}`);
      if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
      const audit = (id: string) => {
        const v = lhr.audits[id]?.numericValue;
        return v === undefined ? null : Math.round(v * 1000) / 1000;
      };
      const score = lhr.categories.performance?.score;
      out.push({
        url,
        performance: score === null || score === undefined ? null : Math.round(score * 100),
        fcpMs: audit(AUDITS.fcpMs),
        lcpMs: audit(AUDITS.lcpMs),
        tbtMs: audit(AUDITS.tbtMs),
        cls: audit(AUDITS.cls),
        speedIndexMs: audit(AUDITS.speedIndexMs),
      });
    }
    return out;
  } finally {
    chrome.kill();
  }
}
