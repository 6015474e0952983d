import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSession } from '../auth/session';
import { ApiError, get } from './client';
import type { Page, Stage, User } from './types';

export type Resource = 'deals' | 'tasks' | 'calls' | 'contacts' | 'companies' | 'feed';
type ListQuery = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** Query keys: every key of a resource starts with its name, so one invalidation refreshes it all. */
export const keys = {
  session: ['session'] as const,
  stages: ['stages'] as const,
  users: ['users'] as const,
  list: (resource: Resource, query: ListQuery = {}) => [resource, 'list', query] as const,
  one: (resource: Resource, id: string) => [resource, 'one', id] as const,
  timeline: (resource: Resource, id: string) => [resource, 'timeline', id] as const,
};

export function useList<T>(resource: Resource, query: ListQuery = {}, enabled = true) {
  return useQuery({
    queryKey: keys.list(resource, query),
    queryFn: ({ signal }) => get<Page<T>>(`/${resource}`, query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOne<T>(resource: Resource, id: string | null | undefined) {
  return useQuery({
    queryKey: keys.one(resource, id ?? ''),
    queryFn: ({ signal }) => get<T>(`/${resource}/${id}`, undefined, signal),
    enabled: !!id,
  });
}

/** Refreshes every query of the given resources (lists, records, timelines). */
export function useInvalidate() {
  const client = useQueryClient();
  return (...resources: Resource[]) =>
    Promise.all(resources.map((r) => client.invalidateQueries({ queryKey: [r] })));
}

export function useStages() {
  const query = useQuery({
    queryKey: keys.stages,
    queryFn: ({ signal }) => get<{ items: Stage[] }>('/pipeline/stages', undefined, signal),
    staleTime: 5 * 60_000,
  });
  const stages = query.data?.items ?? [];
  const byId = useMemo(() => new Map(stages.map((s) => [s.id, s])), [stages]);
  return { ...query, stages, byId };
}

/**
 * The people of the account, for owner and assignee names. A plain user may not be allowed to list
 * users; then only the signed-in user is known and other ids show as "Someone".
 */
export function useUsers() {
  const { user } = useSession();
  const query = useQuery({
    queryKey: keys.users,
    queryFn: async ({ signal }) => {
      try {
        const { items } = await get<{ items: User[] }>('/users', undefined, signal);
        return items.sort((a, b) => a.name.localeCompare(b.name));
      } catch (err) {
        if (err instanceof ApiError && [403, 404].includes(err.status)) return [user];
        throw err;
      }
    },
    staleTime: 5 * 60_000,
  });
  const users = query.data ?? [user];
  const byId = useMemo(() => new Map(users.map((u) => [u.id, u])), [users]);
  const nameOf = (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? 'Someone') : 'Nobody');
  const options = users.filter((u) => !u.blocked).map((u) => ({ value: u.id, label: u.name }));
  return { users, byId, nameOf, options, isLoading: query.isLoading };
}
