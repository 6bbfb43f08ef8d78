/** The bundle figures the bench reports and the budget test checks, from measureBundle. */
import { measureBundle, type BundleReport } from './bundle-sizes';

export function summarizeBundle(report: BundleReport) {
  const timeline = report.routes.timeline;
  const network = report.routes.network;
  const largest = report.js[0];
  if (!timeline || !network || !largest)
    throw new Error('the build lacks a timeline or network route');
  return {
    entryGzipBytes: report.entry.gzipBytes,
    entryPlusTimelineGzipBytes: report.entry.gzipBytes + timeline.gzipBytes,
    /** Everything /network loads beyond the entry, its lazy imports included. */
    networkRouteGzipBytes: network.gzipBytes + network.lazy.gzipBytes,
    largestJs: largest,
    routes: Object.fromEntries(
      Object.entries(report.routes).map(([name, r]) => [
        name,
        { gzipBytes: r.gzipBytes, lazyGzipBytes: r.lazy.gzipBytes, files: r.files },
      ]),
    ),
    entryFiles: report.entry.files,
  };
}
export type BundleSummary = ReturnType<typeof summarizeBundle>;

export const bundleSummaryOf = (dir: string) => summarizeBundle(measureBundle(dir));
