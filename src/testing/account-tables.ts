import { getTableColumns, getTableName, isTable } from 'drizzle-orm';
import * as schema from '../store/schema/index.js';

/** Counters that change on their own (leases handed back a few seconds later): not account data. */
const VOLATILE = new Set(['usage_buckets']);

/**
 * Every table that holds an account's rows (it has an `account_id`), read from the schema so that a
 * new table is covered by the isolation and bad-input suites the day it is added.
 */
export const ACCOUNT_DATA_TABLES: readonly string[] = Object.values(schema)
  .filter((t) => isTable(t) && 'accountId' in getTableColumns(t))
  .map((t) => getTableName(t as Parameters<typeof getTableName>[0]))
  .filter((name) => !VOLATILE.has(name))
  .sort();
