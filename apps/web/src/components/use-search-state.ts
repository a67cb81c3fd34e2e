import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SearchState = Record<string, string | undefined>;

/**
 * Table filters, sort and page kept in the URL, so a reload or a shared link shows the
 * same list. Changing any filter resets the page unless `page` itself is set.
 */
export function useSearchState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  // biome-ignore lint/correctness/useExhaustiveDependencies: keys is a constant list at every call site
  const state = useMemo(() => {
    const result: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = params.get(key);
      if (value) result[key] = value;
    }
    return result;
  }, [params]);

  const update = useCallback(
    (changes: Partial<Record<K, string | number | undefined | null>>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return [state, update] as const;
}
