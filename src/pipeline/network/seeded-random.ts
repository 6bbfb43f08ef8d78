/** Park–Miller minimal standard generator: small, and the same numbers on every platform. */
export function seededRandom(seed: number): () => number {
  let state = Math.abs(Math.trunc(seed)) % 2147483647 || 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

/**
 * Runs `fn` with `Math.random` replaced by a seeded generator, restoring it afterwards. fcose's
 * spectral step samples with Math.random and takes no seed; this makes its layout reproducible.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
