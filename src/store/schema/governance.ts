import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accountRef, ts } from './columns.js';
import { users } from './identity.js';

export type ReducedPerformance = { thresholdPct: number; technologyId: string };

/** Per account: the AI policy admins set (enablement, country blocks, masking, data use, terms). */
export const aiPolicies = pgTable('ai_policies', {
  accountId: accountRef().primaryKey(),
  enabled: boolean('enabled').notNull().default(true),
  /** Technologies unavailable in the account's country (admin list). */
  blockedTechnologyIds: text('blocked_technology_ids').array().notNull().default(sql`'{}'`),
  maskTypes: text('mask_types').array(),
  dataUseOptIn: boolean('data_use_opt_in').notNull().default(false),
  /** Since when interactions may be kept for improvement (cleared on opt-out): only later ones are exported. */
  dataUseOptInAt: ts('data_use_opt_in_at'),
  reducedPerformance: jsonb('reduced_performance').$type<ReducedPerformance>(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** AI switched off for a department or a user, on one surface or (surface null) on all. */
export const aiRestrictions = pgTable(
  'ai_restrictions',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    subjectType: text('subject_type', { enum: ['department', 'user'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    surface: text('surface'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ai_restrictions_subject').on(
      t.accountId,
      t.subjectType,
      t.subjectId,
      sql`coalesce(${t.surface}, '')`,
    ),
  ],
);

/** A user an admin blocked from AI Tools (e.g. after a complaint). */
export const aiUserBlocks = pgTable('ai_user_blocks', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  accountId: accountRef(),
  reason: text('reason').notNull(),
  blockedBy: uuid('blocked_by').references(() => users.id, { onDelete: 'set null' }),
  blockedAt: ts('blocked_at').notNull().defaultNow(),
});

/** Versions of the AI terms users accept; the highest version is current. */
export const aiTermsVersions = pgTable(
  'ai_terms_versions',
  {
    accountId: accountRef(),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.version] })],
);

/** A user's acceptance: of an AI terms version, or of a data-transfer disclosure (technology@region). */
export const aiConsents = pgTable(
  'ai_consents',
  {
    accountId: accountRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['ai_terms', 'data_transfer'] }).notNull(),
    subject: text('subject').notNull(),
    acceptedAt: ts('accepted_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.subject] })],
);

export type PlanLimits = {
  requestsPerHour: number;
  requestsPerDay: number;
  tokensPerMonth: number;
  agentRunsPerDay: number;
  perUser: { requestsPerHour: number; requestsPerDay: number; tokensPerMonth: number };
};

/** Fair-usage plans (instance-wide; the operator edits them with `cohelm plan set`). */
export const plans = pgTable('plans', {
  name: text('name').primaryKey(),
  limits: jsonb('limits').$type<PlanLimits>().notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/**
 * Usage per account or user, metric and time bucket (a minute for requests, a day for tokens). A
 * process leases a small block at a time under an advisory lock, so that the sum never exceeds a limit.
 */
export const usageBuckets = pgTable(
  'usage_buckets',
  {
    accountId: accountRef(),
    /** 'account' or 'user:<id>'. */
    scope: text('scope').notNull(),
    metric: text('metric', { enum: ['requests', 'tokens', 'agent_runs'] }).notNull(),
    bucket: ts('bucket').notNull(),
    used: bigint('used', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.scope, t.metric, t.bucket] })],
);

export type StageDecision = { stage: string; decision: string; code?: string; reason?: string; ms?: number };
export type Initiator =
  | { type: 'user'; userId: string }
  | { type: 'agent'; agentId: string; onBehalfOf: string }
  | { type: 'system'; event: string; onBehalfOf?: string };

/** One AI request through the pipeline, whatever became of it. */
export const aiRequests = pgTable(
  'ai_requests',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    initiator: jsonb('initiator').$type<Initiator>().notNull(),
    surface: text('surface').notNull(),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['answered', 'denied', 'failed'] }).notNull(),
    code: text('code'),
    technologyId: text('technology_id'),
    region: text('region'),
    model: text('model'),
    decisions: jsonb('decisions').$type<StageDecision[]>().notNull(),
    dataCategories: text('data_categories').array().notNull().default(sql`'{}'`),
    masked: jsonb('masked').$type<Record<string, number>>().notNull().default({}),
    inputTokens: integer('input_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    costUsd: doublePrecision('cost_usd'),
    advisory: boolean('advisory').notNull().default(false),
    contentId: uuid('content_id'),
    latencyMs: integer('latency_ms'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('ai_requests_account_time').on(t.accountId, t.createdAt),
    index('ai_requests_user_time').on(t.userId, t.createdAt),
  ],
);

/** An AI output as stored and marked: text, who asked, which model, its signed manifest. */
export const aiContents = pgTable(
  'ai_contents',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    requestId: uuid('request_id').notNull(),
    surface: text('surface').notNull(),
    initiator: jsonb('initiator').$type<Initiator>().notNull(),
    technologyId: text('technology_id').notNull(),
    model: text('model').notNull(),
    text: text('text').notNull(),
    output: jsonb('output'),
    contentHash: text('content_hash').notNull(),
    minhash: integer('minhash').array().notNull(),
    /**
     * The MinHash's LSH band keys ("<band>:<hex>", see provenance/minhash.ts): a content sharing one
     * with a text is a candidate for a lightly edited copy of it.
     */
    bands: text('bands').array().notNull().default(sql`'{}'`),
    manifest: jsonb('manifest').notNull(),
    signature: text('signature').notNull(),
    label: text('label').notNull(),
    advisory: boolean('advisory').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('ai_contents_hash').on(t.accountId, t.contentHash),
    // Without the pending list, an insert never pays for merging thousands of earlier ones.
    index('ai_contents_bands').using('gin', t.bands).with({ fastupdate: false }),
  ],
);

/** The account's Ed25519 key pair for signing manifests (private key sealed by SecretBox). */
export const accountSigningKeys = pgTable('account_signing_keys', {
  accountId: accountRef().primaryKey(),
  publicKey: text('public_key').notNull(),
  privateKeySealed: text('private_key_sealed').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** Append-only, hash-chained per account: each entry carries the previous entry's hash. */
export const auditLedger = pgTable(
  'audit_ledger',
  {
    accountId: accountRef(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    entry: jsonb('entry').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.seq] })],
);

/** The last entry of each account's chain; its row lock orders concurrent appends. */
export const auditHeads = pgTable('audit_heads', {
  accountId: accountRef().primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/** Placeholder mappings of a conversation or agent run, sealed, so later turns mask alike. */
export const piiVaults = pgTable(
  'pii_vaults',
  {
    accountId: accountRef(),
    scopeId: text('scope_id').notNull(),
    sealed: text('sealed').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.scopeId] })],
);

/** A user's report about an AI output; an admin reviews it (dismiss, restrict or block the author). */
export const aiComplaints = pgTable(
  'ai_complaints',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    contentId: uuid('content_id')
      .notNull()
      .references(() => aiContents.id, { onDelete: 'cascade' }),
    reportedBy: uuid('reported_by').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'dismissed', 'actioned'] })
      .notNull()
      .default('open'),
    resolution: text('resolution'),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: ts('resolved_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('ai_complaints_account_status').on(t.accountId, t.status)],
);

/** The named human decision an advisory output (a decision about a person) requires. */
export const aiHumanDecisions = pgTable('ai_human_decisions', {
  contentId: uuid('content_id')
    .primaryKey()
    .references(() => aiContents.id, { onDelete: 'cascade' }),
  accountId: accountRef(),
  decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  decision: text('decision').notNull(),
  note: text('note'),
  decidedAt: ts('decided_at').notNull().defaultNow(),
});
