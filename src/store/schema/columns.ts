import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts, users } from './identity.js';

/** A timestamp with time zone, read as a Date. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The owning account: every account's rows go when it does. */
export const accountRef = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });

/** A user the row mentions; the mention is cleared when the user is deleted. */
export const userRef = (name: string) => uuid(name).references(() => users.id, { onDelete: 'set null' });
