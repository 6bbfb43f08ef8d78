import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, type DatasetIndex } from '../../domain';
import { buildNetworkFile } from './build-network-file';

/** Writes `network.json` (compact, like the shards) and returns its relative path. */
export function writeNetwork(outDir: string, index: DatasetIndex): string {
  writeFileSync(
    join(outDir, DATASET_FILES.network),
    `${JSON.stringify(buildNetworkFile(index))}\n`,
  );
  return DATASET_FILES.network;
}
