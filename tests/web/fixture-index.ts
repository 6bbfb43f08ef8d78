import { DatasetIndexSchema, type DatasetIndex } from '../../src/domain';
import { readFixture } from './fixture-server';

/** The fixture index, parsed with the domain schema (as the app's data worker does). */
export const fixtureIndex: DatasetIndex = DatasetIndexSchema.parse(
  JSON.parse(readFixture('index.json')),
);
