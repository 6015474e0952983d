export type TechnologyKind = 'openai' | 'openai-compatible' | 'anthropic' | 'local' | 'gguf';

export type Health = {
  requests: number;
  errorRate: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  firstTokenP50Ms: number | null;
  lastError: { code: string; message: string; at: string } | null;
  lastSuccessAt: string | null;
  breaker: 'closed' | 'open' | 'half-open';
  breakerRetryAt: string | null;
};

export type TestResult = {
  ok: boolean;
  at: string;
  latencyMs: number;
  code?: string;
  message?: string;
  models?: string[];
};

export type Technology = {
  id: string;
  kind: TechnologyKind;
  name: string;
  builtIn: boolean;
  baseUrl: string | null;
  hasApiKey: boolean;
  models: { id: string; inputPricePerMTok?: number; outputPricePerMTok?: number }[];
  defaultModel: string | null;
  region: string;
  termsUrl: string | null;
  termsAcceptedBy: { id: string; name: string } | null;
  termsAcceptedAt: string | null;
  status: 'active' | 'disabled';
  lastTest: Omit<TestResult, 'models'> | null;
  capabilities: {
    generative: boolean;
    text: { chat: boolean; tools: boolean; jsonSchema: boolean; tasks: string[] };
    image: boolean;
    audio: boolean;
    embed: boolean;
    remote: boolean;
  };
  health?: Health;
  version: number;
};

export const SURFACES = ['deal', 'task', 'call', 'chat', 'feed', 'mail', 'agents'] as const;
export type Surface = (typeof SURFACES)[number];

export const SURFACE_LABELS: Record<Surface, string> = {
  deal: 'Deals',
  task: 'Tasks',
  call: 'Calls',
  chat: 'Chat',
  feed: 'Feed',
  mail: 'Mail',
  agents: 'AI agents',
};

export type SurfaceSettings = {
  surface: Surface;
  enabled: boolean;
  defaultTechnologyId: string;
  allowedTechnologyIds: string[];
  fallbackTechnologyIds: string[];
  version: number;
};

export type MyChoice = {
  surface: Surface;
  enabled: boolean;
  allowed: { id: string; name: string; kind: TechnologyKind; region: string }[];
  defaultTechnologyId: string;
  chosenTechnologyId: string | null;
};

export const KIND_LABELS: Record<TechnologyKind, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  'openai-compatible': 'OpenAI-compatible server',
  gguf: 'GGUF model file',
  local: 'Built-in offline engine',
};

export const aiKeys = {
  technologies: ['ai', 'technologies'] as const,
  surfaces: ['ai', 'surfaces'] as const,
  myChoices: ['ai', 'my-choices'] as const,
};
