import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accountRef as accountId, ts, userRef } from './columns.js';

/** Users who take part in a record besides its owner: they may see and edit it. */
const participantIds = () => uuid('participant_ids').array().notNull().default(sql`'{}'::uuid[]`);
/** Bumped on every update: optimistic concurrency, and caches keyed by entity version. */
const version = () => integer('version').notNull().default(1);
const customFields = () =>
  jsonb('custom_fields').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`);
const stamps = () => ({
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const CUSTOM_FIELD_ENTITIES = ['deal', 'contact', 'company'] as const;
export const CUSTOM_FIELD_TYPES = [
  'text',
  'number',
  'date',
  'boolean',
  'select',
  'multiselect',
  'url',
  'email',
] as const;

export const customFieldDefs = pgTable(
  'custom_field_defs',
  {
    id: uuid('id').primaryKey(),
    accountId: accountId(),
    entityType: text('entity_type', { enum: CUSTOM_FIELD_ENTITIES }).notNull(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: text('type', { enum: CUSTOM_FIELD_TYPES }).notNull(),
    options: text('options').array().notNull().default(sql`'{}'::text[]`),
    required: boolean('required').notNull().default(false),
    sort: integer('sort').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('custom_field_defs_key').on(t.accountId, t.entityType, t.key)],
);

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;

export const pipelineStages = pgTable(
  'pipeline_stages',
  {
    id: uuid('id').primaryKey(),
    accountId: accountId(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: STAGE_KINDS }).notNull().default('open'),
    sort: integer('sort').notNull(),
    probability: integer('probability').notNull().default(0),
  },
  (t) => [uniqueIndex('pipeline_stages_key').on(t.accountId, t.key)],
);

export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey(),
    accountId: accountId(),
    name: text('name').notNull(),
    industry: text('industry'),
    website: text('website'),
    phone: text('phone'),
    address: text('address'),
    ownerId: userRef('owner_id'),
    participantIds: participantIds(),
    customFields: customFields(),
    version: version(),
    ...stamps(),
  },
  (t) => [index('companies_account_name').on(t.accountId, t.name)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey(),
    accountId: accountId(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    position: text('position'),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    ownerId: userRef('owner_id'),
    participantIds: participantIds(),
    customFields: customFields(),
    version: version(),
    ...stamps(),
  },
  (t) => [
    index('contacts_account_name').on(t.accountId, t.lastName, t.firstName),
    index('contacts_company').on(t.companyId),
  ],
);

export const deals = pgTable(
  'deals',
  {
    id: uuid('id').primaryKey(),
    accountId: accountId(),
    title: text('title').notNull(),
    stageId: uuid('stage_id')
      .notNull()
      .references(() => pipelineStages.id),
    amount: numeric('amount', { precision: 16, scale: 2 }),
    currency: text('currency').notNull().default('USD'),
    expectedCloseDate: date('expected_close_date'),
    probability: integer('probability'),
    source: text('source'),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    contactIds: uuid('contact_ids').array().notNull().default(sql`'{}'::uuid[]`),
    ownerId: userRef('owner_id'),
    participantIds: participantIds(),
    customFields: customFields(),
    closedAt: ts('closed_at'),
    lastActivityAt: ts('last_activity_at').notNull().defaultNow(),
    createdBy: userRef('created_by'),
    version: version(),
    ...stamps(),
  },
  (t) => [
    index('deals_account_created').on(t.accountId, t.createdAt),
    index('deals_account_stage').on(t.accountId, t.stageId),
    index('deals_account_owner').on(t.accountId, t.ownerId),
    index('deals_participants').using('gin', t.participantIds),
  ],
);

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const TASK_PRIORITIES = ['low', 'normal', 'high'] as const;
export type ChecklistItem = { id: string; text: string; done: boolean };

export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey(),
    accountId: accountId(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('open'),
    priority: text('priority', { enum: TASK_PRIORITIES }).notNull().default('normal'),
    dueAt: ts('due_at'),
    assigneeId: userRef('assignee_id'),
    createdBy: userRef('created_by'),
    dealId: uuid('deal_id').references(() => deals.id, { onDelete: 'set null' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    /** Set when the description came from CoPilot. */
    descriptionAiContentId: uuid('description_ai_content_id'),
    checklist: jsonb('checklist').$type<ChecklistItem[]>().notNull().default(sql`'[]'::jsonb`),
    participantIds: participantIds(),
    completedAt: ts('completed_at'),
    version: version(),
    ...stamps(),
  },
  (t) => [
    index('tasks_account_created').on(t.accountId, t.createdAt),
    index('tasks_assignee').on(t.accountId, t.assigneeId),
    index('tasks_deal').on(t.dealId),
  ],
);

export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;
export const CALL_STATUSES = ['planned', 'in_progress', 'ended', 'missed'] as const;
export type CallParticipant = {
  name: string;
  phone?: string;
  contactId?: string;
  userId?: string;
  role?: string;
};
export type TranscriptSegment = { speaker: string; start: number; end: number; text: string };

/** Where a call's transcript came from: a speech job (AI-generated, with its contents), or a person. */
export type TranscriptOrigin = {
  by: 'speech' | 'person';
  jobId?: string;
  technologyIds?: string[];
  contentIds?: string[];
  /** A person edited the AI transcript. */
  editedBy?: string;
  editedAt?: string;
};

export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey(),
    accountId: accountId(),
    subject: text('subject').notNull().default(''),
    direction: text('direction', { enum: CALL_DIRECTIONS }).notNull(),
    status: text('status', { enum: CALL_STATUSES }).notNull().default('planned'),
    ownerId: userRef('owner_id'),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    dealId: uuid('deal_id').references(() => deals.id, { onDelete: 'set null' }),
    participants: jsonb('participants').$type<CallParticipant[]>().notNull().default(sql`'[]'::jsonb`),
    participantIds: participantIds(),
    startedAt: ts('started_at'),
    endedAt: ts('ended_at'),
    recordingConsent: boolean('recording_consent').notNull().default(false),
    recordingPath: text('recording_path'),
    recordingMime: text('recording_mime'),
    recordingBytes: integer('recording_bytes'),
    transcript: text('transcript'),
    transcriptSegments: jsonb('transcript_segments').$type<TranscriptSegment[]>(),
    transcriptOrigin: jsonb('transcript_origin').$type<TranscriptOrigin>(),
    version: version(),
    ...stamps(),
  },
  (t) => [index('calls_account_created').on(t.accountId, t.createdAt), index('calls_deal').on(t.dealId)],
);

export const TIMELINE_ENTITIES = ['deal', 'contact', 'company', 'task', 'call'] as const;
export type TimelineEntity = (typeof TIMELINE_ENTITIES)[number];

/** The timeline: comments by people and system notes on any entity. */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey(),
    accountId: accountId(),
    entityType: text('entity_type', { enum: TIMELINE_ENTITIES }).notNull(),
    entityId: uuid('entity_id').notNull(),
    kind: text('kind', { enum: ['comment', 'system'] })
      .notNull()
      .default('comment'),
    authorId: userRef('author_id'),
    body: text('body').notNull(),
    /** Set when the text came from CoPilot: the content it came from, so the AI label stays on it. */
    aiContentId: uuid('ai_content_id'),
    editedAt: ts('edited_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('messages_entity').on(t.accountId, t.entityType, t.entityId, t.createdAt)],
);

export const feedPosts = pgTable(
  'feed_posts',
  {
    id: uuid('id').primaryKey(),
    accountId: accountId(),
    authorId: userRef('author_id'),
    title: text('title'),
    body: text('body').notNull(),
    aiContentId: uuid('ai_content_id'),
    /** null: the whole account; otherwise only this department sees it (admins see all). */
    departmentId: uuid('department_id'),
    version: version(),
    ...stamps(),
  },
  (t) => [index('feed_posts_account_created').on(t.accountId, t.createdAt)],
);
