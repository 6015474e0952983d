import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accountRef, ts, userRef } from './columns.js';
import { users } from './identity.js';

export const HINT_STATUSES = ['pending', 'running', 'ready', 'failed'] as const;
export type HintStatus = (typeof HINT_STATUSES)[number];

/**
 * One CoPilot hint per (entity, kind): the latest answer to a system event. The row is also the
 * durable work item: `pending` rows are claimed by a worker; `cache_key` is the entity version it was
 * computed for, so an event for an unchanged entity costs one conditional upsert and nothing else.
 */
export const copilotHints = pgTable(
  'copilot_hints',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    kind: text('kind').notNull(),
    cacheKey: text('cache_key').notNull(),
    /** The user on whose behalf it is computed (who opened the deal, created the task…). */
    onBehalfOf: userRef('on_behalf_of'),
    trigger: text('trigger').notNull(),
    /** Source of a hint about one item on the entity (the message a reply is suggested for). */
    sourceId: uuid('source_id'),
    status: text('status', { enum: HINT_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    leaseUntil: ts('lease_until'),
    contentId: uuid('content_id'),
    label: text('label'),
    text: text('text'),
    output: jsonb('output'),
    technologyId: text('technology_id'),
    model: text('model'),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    /** When its event happened: the event → hint latency is measured from here. */
    requestedAt: ts('requested_at').notNull().defaultNow(),
    computedAt: ts('computed_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('copilot_hints_entity_kind').on(t.accountId, t.entityType, t.entityId, t.kind),
    index('copilot_hints_pending').on(t.requestedAt).where(sql`status in ('pending', 'running')`),
  ],
);

/** Per account: event triggers an admin switched off (absent = on). */
export const copilotTriggerSettings = pgTable(
  'copilot_trigger_settings',
  {
    accountId: accountRef(),
    trigger: text('trigger').notNull(),
    enabled: boolean('enabled').notNull(),
    updatedBy: userRef('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.trigger] })],
);

export const LIBRARY_SCOPES = ['account', 'personal'] as const;

/** Roles (system instructions for the chat assistant) admins or users defined; built-ins live in code. */
export const copilotRoles = pgTable(
  'copilot_roles',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    scope: text('scope', { enum: LIBRARY_SCOPES }).notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    instructions: text('instructions').notNull(),
    createdBy: userRef('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('copilot_roles_account').on(t.accountId, t.scope)],
);

/** Pre-prompts admins (account) or users (personal) wrote; each edit is a new version. */
export const copilotPreprompts = pgTable(
  'copilot_preprompts',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    scope: text('scope', { enum: LIBRARY_SCOPES }).notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    /** The editor it is offered in (feed_post, task_comment…). */
    placement: text('placement').notNull(),
    section: text('section', { enum: ['create', 'edit'] }).notNull(),
    template: text('template').notNull(),
    version: integer('version').notNull().default(1),
    archivedAt: ts('archived_at'),
    createdBy: userRef('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('copilot_preprompts_code').on(
      t.accountId,
      t.scope,
      sql`coalesce(${t.ownerId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.code,
    ),
  ],
);

export const copilotPrepromptVersions = pgTable(
  'copilot_preprompt_versions',
  {
    prepromptId: uuid('preprompt_id')
      .notNull()
      .references(() => copilotPreprompts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    accountId: accountRef(),
    title: text('title').notNull(),
    template: text('template').notNull(),
    createdBy: userRef('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.prepromptId, t.version] })],
);

/** A user's CoPilot chat, opened from an entity or on its own. */
export const copilotChats = pgTable(
  'copilot_chats',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    roleRef: text('role_ref').notNull(),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    title: text('title').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('copilot_chats_user').on(t.accountId, t.userId, t.updatedAt)],
);

export const copilotChatMessages = pgTable(
  'copilot_chat_messages',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    chatId: uuid('chat_id')
      .notNull()
      .references(() => copilotChats.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'assistant'] }).notNull(),
    text: text('text').notNull(),
    contentId: uuid('content_id'),
    label: text('label'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('copilot_chat_messages_chat').on(t.chatId, t.createdAt)],
);

export type AutofillProposal = {
  field: string;
  label: string;
  current: unknown;
  proposed: unknown;
  sourceSentence: string;
  confidence: number;
};
export const AUTOFILL_STATUSES = ['proposed', 'applied', 'discarded'] as const;

/** Deal fields CoPilot proposes from a call or chat; nothing is written until a user accepts. */
export const copilotAutofills = pgTable(
  'copilot_autofills',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    dealId: uuid('deal_id').notNull(),
    sourceType: text('source_type', { enum: ['call', 'message', 'text'] }).notNull(),
    sourceId: uuid('source_id'),
    contentId: uuid('content_id').notNull(),
    label: text('label').notNull(),
    dealVersion: integer('deal_version').notNull(),
    proposals: jsonb('proposals').$type<AutofillProposal[]>().notNull(),
    contactRoles: jsonb('contact_roles').$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status', { enum: AUTOFILL_STATUSES }).notNull().default('proposed'),
    acceptedFields: text('accepted_fields').array().notNull().default(sql`'{}'`),
    createdBy: userRef('created_by'),
    decidedBy: userRef('decided_by'),
    decidedAt: ts('decided_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('copilot_autofills_deal').on(t.accountId, t.dealId, t.createdAt)],
);

export const FEEDBACK_OUTCOMES = ['accepted', 'edited', 'discarded'] as const;

/** A user's verdict on one content: thumbs, what they did with it, and an opt-in share with admins. */
export const copilotFeedback = pgTable(
  'copilot_feedback',
  {
    id: uuid('id').primaryKey(),
    accountId: accountRef(),
    contentId: uuid('content_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    surface: text('surface').notNull(),
    technologyId: text('technology_id'),
    prepromptRef: text('preprompt_ref'),
    prepromptVersion: integer('preprompt_version'),
    rating: smallint('rating'),
    comment: text('comment'),
    outcome: text('outcome', { enum: FEEDBACK_OUTCOMES }),
    /** The user chose to show this interaction (input and answer) to the account's admins. */
    sharedAt: ts('shared_at'),
    sharedInput: text('shared_input'),
    sharedOutput: text('shared_output'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('copilot_feedback_content_user').on(t.contentId, t.userId),
    index('copilot_feedback_account').on(t.accountId, t.createdAt),
  ],
);

/**
 * What produced a CoPilot content: which pre-prompt (and version) on which placement, so feedback and
 * acceptance rates can be counted per pre-prompt and per technology. No input text is kept here.
 */
export const copilotInteractions = pgTable(
  'copilot_interactions',
  {
    contentId: uuid('content_id').primaryKey(),
    accountId: accountRef(),
    userId: userRef('user_id'),
    surface: text('surface').notNull(),
    placement: text('placement').notNull(),
    prepromptRef: text('preprompt_ref').notNull(),
    prepromptVersion: integer('preprompt_version').notNull(),
    technologyId: text('technology_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('copilot_interactions_account').on(t.accountId, t.createdAt)],
);
