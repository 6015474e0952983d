import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accountRef, ts } from './columns.js';
import { users } from './identity.js';

export const AGENT_STATUSES = ['draft', 'shadow', 'active', 'paused'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

export const RISK_CLASSES = ['R0', 'R1', 'R2', 'R3', 'R4'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** What an agent is: everything a published version freezes. */
export type AgentDefinition = {
  instructions: string;
  /** A technology for the agent's model calls; null: the agents surface's default. */
  technologyId: string | null;
  /** Event types that start a run (a built-in agent's own conditions decide whether it acts). */
  events: string[];
  /** Per tool: automatic, approval, or off. R3 is approval at least, R4 never runs. */
  tools: Record<string, 'auto' | 'approval' | 'off'>;
  budget: { maxSteps: number; maxActions: number; wallSeconds: number };
  /** Who may decide its approvals besides admins (the principal always may). */
  approverIds: string[];
  approvalExpiryHours: number;
};

/**
 * An AI agent: acts on events on behalf of its principal (a user), under oversight. `definition` is
 * the draft; runs use the published version they started with (`agent_versions`).
 */
export const agents = pgTable(
  'agents',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    /** The built-in agent this is ('call_follow_up', …), or null for one an admin made. */
    builtin: text('builtin'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: AGENT_STATUSES }).notNull().default('draft'),
    principalId: uuid('principal_id').references(() => users.id, { onDelete: 'set null' }),
    definition: jsonb('definition').$type<AgentDefinition>().notNull(),
    /** The published version runs use; 0 before the first publication. */
    version: integer('version').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('agents_account').on(t.accountId),
    uniqueIndex('agents_builtin').on(t.accountId, t.builtin).where(sql`builtin is not null`),
  ],
);

export const agentVersions = pgTable(
  'agent_versions',
  {
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<AgentDefinition>().notNull(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: ts('published_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agentId, t.version] })],
);

export const RUN_STATUSES = [
  'queued',
  'running',
  'awaiting_approval',
  'succeeded',
  'failed',
  'cancelled',
  'expired',
  'budget_exceeded',
  'paused',
  'needs_review',
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export type RunTrigger =
  | { type: 'event'; eventId: string; eventType: string; entityType: string | null; entityId: string | null }
  | { type: 'manual'; userId: string; entityType: string | null; entityId: string | null };

/**
 * One run of an agent version. The row is the work item: `queued` rows (and `running` ones whose lease
 * ran out) are claimed with SKIP LOCKED; `dedup_key` makes one firing start at most one run.
 */
export const agentRuns = pgTable(
  'agent_runs',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** Shadow runs record what they would do and do nothing. */
    mode: text('mode', { enum: ['live', 'shadow'] })
      .notNull()
      .default('live'),
    principalId: uuid('principal_id').references(() => users.id, { onDelete: 'set null' }),
    trigger: jsonb('trigger').$type<RunTrigger>().notNull(),
    dedupKey: text('dedup_key').notNull(),
    status: text('status', { enum: RUN_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    steps: integer('steps').notNull().default(0),
    leaseUntil: ts('lease_until'),
    runAfter: ts('run_after').notNull().defaultNow(),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    createdAt: ts('created_at').notNull().defaultNow(),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agent_runs_dedup').on(t.agentId, t.dedupKey),
    index('agent_runs_claim').on(t.status, t.runAfter),
    index('agent_runs_agent').on(t.agentId, t.createdAt),
  ],
);

/** The trace of a run: what it read, what the model said, what it proposed. */
export const agentSteps = pgTable(
  'agent_steps',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => agentRuns.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: ['read', 'model', 'propose', 'act', 'note'] }).notNull(),
    summary: text('summary').notNull(),
    data: jsonb('data'),
    contentId: uuid('content_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] })],
);

export const ACTION_STATUSES = [
  'proposed',
  'awaiting_approval',
  'approved',
  'executing',
  'done',
  'rejected',
  'failed',
  'expired',
  'skipped',
  'needs_review',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * The action ledger: every action an agent proposes is written here, with its idempotency key, before
 * anything runs. `executing` rows found after a crash go to `needs_review`, never to a blind retry.
 */
export const agentActions = pgTable(
  'agent_actions',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    runId: uuid('run_id')
      .notNull()
      .references(() => agentRuns.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    tool: text('tool').notNull(),
    risk: text('risk', { enum: RISK_CLASSES }).notNull(),
    args: jsonb('args').$type<Record<string, unknown>>().notNull(),
    argsHash: text('args_hash').notNull(),
    reason: text('reason').notNull().default(''),
    idempotencyKey: text('idempotency_key').notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('proposed'),
    contentId: uuid('content_id'),
    result: jsonb('result'),
    errorMessage: text('error_message'),
    createdAt: ts('created_at').notNull().defaultNow(),
    executedAt: ts('executed_at'),
  },
  (t) => [
    uniqueIndex('agent_actions_idempotency').on(t.accountId, t.idempotencyKey),
    uniqueIndex('agent_actions_run_seq').on(t.runId, t.seq),
  ],
);

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'expired', 'cancelled'] as const;

/** A single-use request for a human decision on one proposed action, bound to its arguments' hash. */
export const approvalRequests = pgTable(
  'approval_requests',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    runId: uuid('run_id')
      .notNull()
      .references(() => agentRuns.id, { onDelete: 'cascade' }),
    actionId: uuid('action_id')
      .notNull()
      .references(() => agentActions.id, { onDelete: 'cascade' }),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    agentVersion: integer('agent_version').notNull(),
    argsHash: text('args_hash').notNull(),
    status: text('status', { enum: APPROVAL_STATUSES }).notNull().default('pending'),
    preview: jsonb('preview').$type<{ title: string; before: unknown; after: unknown }>().notNull(),
    editedArgs: jsonb('edited_args').$type<Record<string, unknown>>(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: ts('decided_at'),
    decisionReason: text('decision_reason'),
    expiresAt: ts('expires_at').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('approval_requests_action').on(t.actionId),
    index('approval_requests_pending').on(t.accountId, t.status, t.createdAt),
  ],
);
