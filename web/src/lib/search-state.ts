import { useSearchParams } from 'react-router';

/**
 * List filters live in the URL so that a filtered list can be bookmarked, shared and restored with Back.
 * Changing any filter but the offset goes back to the first page.
 */
export function useSearchState<K extends string>(names: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((n) => [n, params.get(n) ?? ''])) as Record<K, string>;
  const set = (changes: Partial<Record<K | 'offset', string | number | null>>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === undefined || value === '' || value === 0) next.delete(key);
          else next.set(key, String(value));
        }
        if (!('offset' in changes)) next.delete('offset');
        return next;
      },
      { replace: true },
    );
  };
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  return { values, offset, set };
}
