import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns.js';
import { accounts, users } from './identity.js';

export type StoredModel = { id: string; inputPricePerMTok?: number; outputPricePerMTok?: number };
export type LastTest = { ok: boolean; at: string; latencyMs: number; code?: string; message?: string };

/** An AI technology an admin connected: endpoint, encrypted key, models, region and provider terms. */
export const aiTechnologies = pgTable(
  'ai_technologies',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    baseUrl: text('base_url'),
    /** AES-256-GCM, see ai/settings/secret-box.ts. Never selected into an API response. */
    apiKeyEncrypted: text('api_key_encrypted'),
    models: jsonb('models').$type<StoredModel[]>().notNull().default([]),
    defaultModel: text('default_model'),
    region: text('region').notNull().default(''),
    termsUrl: text('terms_url'),
    termsAcceptedBy: uuid('terms_accepted_by').references(() => users.id, { onDelete: 'set null' }),
    termsAcceptedAt: ts('terms_accepted_at'),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    lastTest: jsonb('last_test').$type<LastTest>(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('ai_technologies_account_name').on(t.accountId, sql`lower(${t.name})`)],
);

/** Per account and surface: is AI on, which technology by default, which a user may choose, the fallbacks. */
export const aiSurfaceSettings = pgTable(
  'ai_surface_settings',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    surface: text('surface').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    /** A technology id, or 'local' for the built-in engine. */
    defaultTechnologyId: text('default_technology_id').notNull().default('local'),
    allowedTechnologyIds: text('allowed_technology_ids').array().notNull().default(sql`'{local}'`),
    fallbackTechnologyIds: text('fallback_technology_ids').array().notNull().default(sql`'{local}'`),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.surface] })],
);

/** A user's own pick of technology for a surface, among the allowed ones. */
export const aiUserPreferences = pgTable(
  'ai_user_preferences',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    surface: text('surface').notNull(),
    technologyId: text('technology_id').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.surface] })],
);
