// The API's answers as the browser receives them (dates are ISO strings). Mirrors the *Out zod schemas
// in src/workspace/**; kept by hand so that the web build does not depend on server code.

export type Page<T> = { items: T[]; total: number; limit: number; offset: number };

export type User = {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'user';
  blocked: boolean;
  departmentId: string | null;
  createdAt: string;
};

export type Account = {
  id: string;
  name: string;
  plan: string;
  country: string;
  language: string;
  timeZone: string;
  createdAt: string;
};

export type Session = { user: User; account: Account; csrfToken: string };

export type StageKind = 'open' | 'won' | 'lost';
export type Stage = {
  id: string;
  key: string;
  name: string;
  kind: StageKind;
  sort: number;
  probability: number;
};

export type Deal = {
  id: string;
  title: string;
  stageId: string;
  amount: string | null;
  currency: string;
  expectedCloseDate: string | null;
  probability: number | null;
  source: string | null;
  companyId: string | null;
  contactIds: string[];
  ownerId: string | null;
  participantIds: string[];
  customFields: Record<string, unknown>;
  closedAt: string | null;
  lastActivityAt: string;
  createdBy: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type Message = {
  id: string;
  entityType: TimelineEntity;
  entityId: string;
  kind: 'comment' | 'system';
  authorId: string | null;
  body: string;
  /** Set when the text came from CoPilot: it keeps its AI label. */
  aiContentId: string | null;
  editedAt: string | null;
  createdAt: string;
};
export type TimelineEntity = 'deal' | 'contact' | 'company' | 'task' | 'call';

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const TASK_PRIORITIES = ['low', 'normal', 'high'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export type ChecklistItem = { id: string; text: string; done: boolean };

export type Task = {
  id: string;
  title: string;
  description: string;
  descriptionAiContentId: string | null;
  status: TaskStatus;
  priority: TaskPriority;
  dueAt: string | null;
  assigneeId: string | null;
  createdBy: string | null;
  dealId: string | null;
  contactId: string | null;
  checklist: ChecklistItem[];
  participantIds: string[];
  completedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export const CALL_STATUSES = ['planned', 'in_progress', 'ended', 'missed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export type CallDirection = 'inbound' | 'outbound';
export type CallParticipant = {
  name: string;
  phone?: string;
  contactId?: string;
  userId?: string;
  role?: string;
};
export type TranscriptSegment = { speaker: string; start: number; end: number; text: string };

export type Call = {
  id: string;
  subject: string;
  direction: CallDirection;
  status: CallStatus;
  ownerId: string | null;
  contactId: string | null;
  dealId: string | null;
  participants: CallParticipant[];
  participantIds: string[];
  startedAt: string | null;
  endedAt: string | null;
  durationSeconds: number | null;
  recordingConsent: boolean;
  hasRecording: boolean;
  recordingMime: string | null;
  recordingBytes: number | null;
  transcript: string | null;
  transcriptSegments: TranscriptSegment[] | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type Contact = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  position: string | null;
  companyId: string | null;
  ownerId: string | null;
  participantIds: string[];
  customFields: Record<string, unknown>;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type Company = {
  id: string;
  name: string;
  industry: string | null;
  website: string | null;
  phone: string | null;
  address: string | null;
  ownerId: string | null;
  participantIds: string[];
  customFields: Record<string, unknown>;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type FeedPost = {
  id: string;
  authorId: string | null;
  aiContentId: string | null;
  title: string | null;
  body: string;
  departmentId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export const contactName = (c: Pick<Contact, 'firstName' | 'lastName'>) =>
  [c.firstName, c.lastName].filter(Boolean).join(' ');
