import { useQuery } from '@tanstack/react-query';

export type Converter = (text: string) => string;

/**
 * Traditional → Simplified, loaded only when someone asks for 简体: OpenCC's core with the
 * Taiwan-variant and TS dictionaries (~30 KiB gzip) rather than the whole package.
 */
async function loadConverter(): Promise<Converter> {
  const [{ ConverterFactory }, fromTw, toCn] = await Promise.all([
    import('opencc-js/core'),
    import('opencc-js/from/tw'),
    import('opencc-js/to/cn'),
  ]);
  return ConverterFactory(fromTw.default, toCn.default);
}

/** The converter once loaded (null while loading or when not wanted), with its loading state. */
export function useHansConverter(enabled: boolean) {
  const query = useQuery({
    queryKey: ['converter', 't2s'],
    queryFn: loadConverter,
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return {
    convert: enabled ? (query.data ?? null) : null,
    loading: enabled && query.isPending,
    failed: enabled && query.isError,
  };
}
