import { AppError } from '../../shared/errors.js';
import type { Database } from '../../store/database.js';
import { findUserByEmail } from '../accounts/users.repository.js';
import {
  assertNotThrottled,
  clearFailures,
  recordFailure,
  THROTTLE,
  throttleKeys,
} from './login-throttle.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { createSession } from './sessions.js';

export type LogInInput = {
  email: string;
  password: string;
  address: string;
  userAgent?: string;
  sessionDays: number;
};

/** Checks credentials under brute-force throttling and opens a session. */
export async function logIn(db: Database, input: LogInInput) {
  const keys = throttleKeys(input.email, input.address);
  await assertNotThrottled(db, [keys.email, keys.address]);
  const user = await findUserByEmail(db, input.email);
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !ok) {
    await recordFailure(db, keys.email, THROTTLE.perEmail);
    await recordFailure(db, keys.address, THROTTLE.perAddress);
    throw new AppError('invalid_credentials', 'The email or password is incorrect');
  }
  if (user.blocked)
    throw new AppError('user_blocked', 'This user is blocked; ask an administrator of your account');
  await clearFailures(db, keys.email);
  const session = await createSession(db, user, input.sessionDays, input.userAgent);
  return { user, session };
}
