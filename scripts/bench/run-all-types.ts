/** The shape of bench/results.json (written by run-all.ts). */
import type { measureApp } from './app-measures';
import type { BundleSummary } from './bundle-summary';
import type { LighthouseFigures } from './lighthouse-run';
import type { measurePeer } from './peer-timelinejs';
import type { outputFigures } from './datasets';
import type { PipelineFigures } from './pipeline-run';

/** The browse and search benches' JSON, read back: named numbers, loosely typed. */
export interface BrowseFigures {
  heapAfterAllViewsMb?: number;
  views?: { view: string; readyMs: number; longTasks: number[]; heapMb: number }[];
  timeline?: Record<string, unknown>;
}
export type SearchFigures = Partial<Record<string, number>>;

export interface DatasetResults {
  articles: number;
  pipeline: PipelineFigures | null;
  output: ReturnType<typeof outputFigures> | null;
  app: Awaited<ReturnType<typeof measureApp>> | null;
  browse: BrowseFigures | null;
  search: SearchFigures | null;
}

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; node: string; os: string; loadAverage: number[] };
  sizes: number[];
  bundle: BundleSummary | null;
  datasets: DatasetResults[];
  peer: Awaited<ReturnType<typeof measurePeer>> | null;
  lighthouse: LighthouseFigures[] | null;
  network: ({ available: boolean } & Record<string, unknown>) | null;
  errors: { part: string; message: string }[];
}
