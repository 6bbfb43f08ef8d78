import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Route tests wait on fetch → data worker → render; with the whole suite on two cores the first
// render of a file (module imports, schema compilation) has taken over the default 1 s (a reader
// test in a clean-clone CI run). What they wait for is unchanged; only how long they may wait.
configure({ asyncUtilTimeout: 5000 });
