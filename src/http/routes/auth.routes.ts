import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { accounts, users } from '../../store/schema/index.js';
import { AccountOut, EMAIL, PASSWORD } from '../../workspace/accounts/account.schema.js';
import { setPassword } from '../../workspace/accounts/update-user.js';
import { UserOut } from '../../workspace/accounts/user.schema.js';
import { getUser } from '../../workspace/accounts/users.repository.js';
import { logIn } from '../../workspace/auth/log-in.js';
import { hashPassword, verifyPassword } from '../../workspace/auth/passwords.js';
import { deleteSession, SESSION_COOKIE } from '../../workspace/auth/sessions.js';
import { issueCsrfToken } from '../auth-plugin.js';
import type { App, AppDeps } from '../types.js';
import { NoContent } from './params.js';

const SessionOut = z.object({ user: UserOut, account: AccountOut, csrfToken: z.string() });

export async function authRoutes(app: App, { db, config }: AppDeps) {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
    path: '/',
  };

  const sessionBody = async (userId: string, accountId: string, csrfToken: string) => {
    const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
    return { user: await getUser(db, accountId, userId), account: account!, csrfToken };
  };

  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: z.strictObject({ email: EMAIL, password: z.string().min(1).max(200) }),
        response: { 200: SessionOut },
      },
    },
    async (req, reply) => {
      const { user, session } = await logIn(db, {
        ...req.body,
        address: req.ip,
        userAgent: req.headers['user-agent'],
        sessionDays: config.COHELM_SESSION_DAYS,
      });
      reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt });
      return sessionBody(user.id, user.accountId, issueCsrfToken(reply, session.token));
    },
  );

  app.get(
    '/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, their account and a CSRF token for writes',
        response: { 200: SessionOut },
      },
    },
    async (req, reply) =>
      sessionBody(
        req.actor.userId,
        req.actor.accountId,
        issueCsrfToken(reply, req.cookies[SESSION_COOKIE] ?? ''),
      ),
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the current session', response: NoContent } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await deleteSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (ends your other sessions)',
        body: z.strictObject({ currentPassword: z.string().max(200), newPassword: PASSWORD }),
        response: NoContent,
      },
    },
    async (req, reply) => {
      const [me] = await db.select().from(users).where(eq(users.id, req.actor.userId));
      if (!(await verifyPassword(me?.passwordHash ?? null, req.body.currentPassword))) {
        throw new AppError('invalid_credentials', 'The current password is incorrect');
      }
      await setPassword(db, req.actor.accountId, req.actor.userId, await hashPassword(req.body.newPassword));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}
