export type HintKind = 'deal_brief' | 'task_checklist' | 'talking_points' | 'call_summary' | 'suggest_reply';
export type HintEntity = 'deal' | 'task' | 'call';

export type Sentiment = { score: number; label: 'positive' | 'neutral' | 'negative' };
export type ActionItem = {
  owner: string | null;
  action: string;
  due: string | null;
  dueText: string | null;
  sentence: string;
};

export type Hint = {
  id: string;
  kind: HintKind;
  trigger: string;
  status: 'pending' | 'running' | 'ready' | 'failed';
  text: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: the output's shape depends on the kind
  output: any;
  label: string | null;
  contentId: string | null;
  technologyId: string | null;
  model: string | null;
  sourceId: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  requestedAt: string;
  computedAt: string | null;
};

export type Preprompt = {
  ref: string;
  id: string | null;
  scope: 'builtin' | 'account' | 'personal';
  code: string;
  title: string;
  placement: string;
  section: 'create' | 'edit';
  template: string;
  version: number;
  worksOffline: boolean;
};

export type Placement =
  | 'feed_post'
  | 'feed_comment'
  | 'task_description'
  | 'task_comment'
  | 'deal_comment'
  | 'call_comment'
  | 'chat'
  | 'mail'
  | 'crm_mail';

export type StreamPart =
  | { type: 'start'; technologyId: string; kind: string; model: string }
  | { type: 'text-delta'; text: string }
  | { type: 'finish'; contentId: string; label: string; text: string }
  | { type: 'error'; error: { code: string; message: string } }
  | { type: 'notice'; text: string }
  | { type: 'tool-call' };

export type Proposal = {
  field: string;
  label: string;
  current: unknown;
  proposed: unknown;
  sourceSentence: string;
  confidence: number;
};
export type Autofill = {
  id: string;
  dealId: string;
  sourceType: string;
  contentId: string;
  label: string;
  proposals: Proposal[];
  contactRoles: { contactName: string; role: string; sourceSentence: string }[];
  status: 'proposed' | 'applied' | 'discarded';
  acceptedFields: string[];
  createdAt: string;
};

export type Role = {
  ref: string;
  id: string | null;
  scope: 'builtin' | 'account' | 'personal';
  name: string;
  description: string;
  instructions: string;
  editable: boolean;
};

export type Chat = {
  id: string;
  roleRef: string;
  entityType: string | null;
  entityId: string | null;
  title: string;
  createdAt: string;
  updatedAt: string;
};

export type ChatMessage = {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  contentId: string | null;
  label: string | null;
  createdAt: string;
};

export type Trigger = { trigger: string; kind: string; surface: string; title: string; enabled: boolean };
