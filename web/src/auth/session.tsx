import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, use } from 'react';
import { Navigate, useLocation } from 'react-router';
import { get, isApiError, post, setCsrfToken } from '../api/client';
import { keys } from '../api/queries';
import type { Session } from '../api/types';
import { FullPageLoader } from '../components/full-page-loader';
import { QueryError } from '../components/query-error';

const SessionContext = createContext<Session | null>(null);

/** The signed-in user, account and CSRF token, or null when nobody is signed in. */
export function useSessionQuery() {
  return useQuery({
    queryKey: keys.session,
    queryFn: async () => {
      try {
        const session = await get<Session>('/auth/session');
        setCsrfToken(session.csrfToken);
        return session;
      } catch (err) {
        if (isApiError(err, 'unauthenticated')) return null;
        throw err;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The session inside the signed-in part of the app. */
export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside <RequireSession>');
  return session;
}

/** Renders its children for a signed-in user; sends everyone else to the login page and back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const query = useSessionQuery();
  const location = useLocation();
  if (query.isPending) return <FullPageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} m="xl" />;
  if (!query.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <SessionContext value={query.data}>{children}</SessionContext>;
}

export function useAuthActions() {
  const client = useQueryClient();
  // Another user's records must not show for a moment after a switch; the session query itself stays,
  // so that the components watching it see the change.
  const forgetRecords = () => client.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.session[0] });
  return {
    async logIn(email: string, password: string) {
      const session = await post<Session>('/auth/login', { email, password });
      setCsrfToken(session.csrfToken);
      forgetRecords();
      client.setQueryData(keys.session, session);
      return session;
    },
    async logOut() {
      try {
        await post('/auth/logout');
      } finally {
        setCsrfToken(undefined);
        forgetRecords();
        client.setQueryData(keys.session, null);
      }
    },
  };
}
