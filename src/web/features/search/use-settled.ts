import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `ms`: work that can wait (snippets, which fetch
 * article bodies) follows the typing instead of competing with every keystroke's results.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
