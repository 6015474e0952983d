import { useMutation, useQueryClient } from '@tanstack/react-query';
import { del, patch, post } from './client';
import { keys, type Resource } from './queries';

type Versioned = { id: string; version: number };

/**
 * PATCH a record with the version the user saw, so that a concurrent change answers version_conflict
 * instead of being overwritten; then refresh everything of that resource.
 */
export function useUpdate<T extends Versioned>(resource: Resource) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ record, changes }: { record: Versioned; changes: Record<string, unknown> }) =>
      patch<T>(`/${resource}/${record.id}`, { ...changes, version: record.version }),
    onSuccess: (saved) => {
      client.setQueryData(keys.one(resource, saved.id), saved);
      return client.invalidateQueries({ queryKey: [resource] });
    },
    onError: () => client.invalidateQueries({ queryKey: [resource] }),
  });
}

export function useCreate<T>(resource: Resource, alsoRefresh: Resource[] = []) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => post<T>(`/${resource}`, body),
    onSuccess: () =>
      Promise.all([resource, ...alsoRefresh].map((r) => client.invalidateQueries({ queryKey: [r] }))),
  });
}

export function useRemove(resource: Resource) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del(`/${resource}/${id}`),
    onSuccess: (_v, id) => {
      client.removeQueries({ queryKey: keys.one(resource, id) });
      // Not awaited: the caller usually leaves the deleted record's page right away.
      void client.invalidateQueries({ queryKey: [resource] });
    },
  });
}

/** Drops empty optional values so that a create body only says what the user filled in. */
export function compact(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).filter(([, v]) => v !== '' && v !== null && v !== undefined),
  );
}
