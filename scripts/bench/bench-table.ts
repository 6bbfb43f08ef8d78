/** The bench's printed summary: one table by dataset size, then the app-wide figures. */
import type { BenchResults } from './run-all-types';

const kib = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1024).toFixed(1));
const cell = (v: unknown) => (v === undefined || v === null || Number.isNaN(v) ? '–' : String(v));

export function formatTable(header: string[], rows: unknown[][]): string {
  const text = rows.map((r) => r.map(cell));
  const widths = header.map((h, i) => Math.max(h.length, ...text.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(header), ...text.map(line)].join('\n');
}

export function benchSummary(r: BenchResults): string {
  const out: string[] = [];
  out.push(
    formatTable(
      [
        'articles',
        'pipeline art/s',
        'peak MB',
        'output MB / files / largest MB',
        'LCP deep link ms',
        'timeline 1st row ms',
        'scroll long tasks',
        'DOM rows',
        'search p50/p95 ms',
        'keystroke p95 ms',
        'heap MB',
      ],
      r.datasets.map((d) => [
        d.articles,
        d.pipeline?.articlesPerSecond,
        d.pipeline?.peakRssMb,
        d.output
          ? `${(d.output.totalBytes / 1e6).toFixed(0)} / ${d.output.files} / ${(d.output.largestFileBytes / 1e6).toFixed(1)}${d.output.withinLimits ? '' : ' OVER'}`
          : undefined,
        d.app?.deepLinkLcpMs,
        d.app?.timelineFirstRowMs,
        d.app?.timelineScroll
          ? `${d.app.timelineScroll.longTaskCount} (${d.app.timelineScroll.longTaskTotalMs} ms)`
          : undefined,
        d.app?.timelineScroll?.maxRows,
        d.search ? `${cell(d.search.queryP50Ms)}/${cell(d.search.queryP95Ms)}` : undefined,
        d.search?.keystrokeP95Ms,
        d.browse?.heapAfterAllViewsMb,
      ]),
    ),
  );
  const b = r.bundle;
  if (b)
    out.push(
      `bundle (KiB gzip): entry ${kib(b.entryGzipBytes)}, entry + timeline ${kib(b.entryPlusTimelineGzipBytes)}, ` +
        `network route ${kib(b.networkRouteGzipBytes)}; largest JS ${b.largestJs.file} ${kib(b.largestJs.bytes)} KiB minified`,
    );
  if (r.peer)
    out.push(
      `peer (${r.peer.events} events): first render TimelineJS3 ${r.peer.timelinejs.firstRenderMs} ms vs ours ` +
        `${r.peer.ours.firstRenderMs} ms (×${cell(r.peer.firstRenderRatio)}); scroll long tasks ` +
        `${r.peer.timelinejs.scroll?.longTaskTotalMs} ms vs ${r.peer.ours.scroll?.longTaskTotalMs} ms`,
    );
  for (const l of r.lighthouse ?? [])
    out.push(
      `lighthouse desktop ${l.url}: performance ${cell(l.performance)}, LCP ${cell(l.lcpMs && Math.round(l.lcpMs))} ms, TBT ${cell(l.tbtMs && Math.round(l.tbtMs))} ms, CLS ${cell(l.cls)}`,
    );
  const network = r.network as { available?: boolean; results?: Record<string, unknown>[] } | null;
  if (!network?.available) out.push('network: not available');
  else
    for (const n of network.results ?? [{ ...network, available: undefined }])
      out.push(
        `network: ${Object.entries(n)
          .filter(([, v]) => v !== undefined && typeof v !== 'object')
          .map(([k, v]) => `${k} ${String(v)}`)
          .join(', ')}`,
      );
  for (const e of r.errors) out.push(`error in ${e.part}: ${e.message.split('\n')[0]}`);
  return out.join('\n');
}
