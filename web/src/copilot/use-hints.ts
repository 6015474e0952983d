import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { get, post } from '../api/client';
import type { Hint, HintEntity, HintKind } from './copilot-types';

const hintsKey = (type: HintEntity, id: string) => ['copilot', 'hints', type, id] as const;

/** An entity's hints, kept live: the server pushes the whole list whenever one changes. */
export function useHints(type: HintEntity, id: string) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: hintsKey(type, id),
    queryFn: () => get<{ items: Hint[] }>(`/copilot/hints/${type}/${id}`).then((r) => r.items),
  });
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/copilot/hints/${type}/${id}/stream`);
    source.onmessage = (e) => {
      const { items } = JSON.parse(e.data) as { items: Hint[] };
      qc.setQueryData(hintsKey(type, id), items);
    };
    return () => source.close();
  }, [type, id, qc]);
  const refresh = (kind: HintKind) => post(`/copilot/hints/${type}/${id}/${kind}/refresh`);
  return { ...query, refresh };
}
