/**
 * The one interface every AI technology implements, and the one stream type every model call
 * produces. Nothing outside `src/ai/` talks to a provider; it asks a technology through the router.
 */
import type { AiFailure } from './ai.errors.js';

export const TECHNOLOGY_KINDS = ['openai', 'openai-compatible', 'anthropic', 'local', 'gguf'] as const;
export type TechnologyKind = (typeof TECHNOLOGY_KINDS)[number];

/** The structured operations a CoPilot surface asks for. Generative models get a prompt built for
 * them; the local engine runs them directly. */
export const AI_TASKS = [
  'summarize',
  'action_items',
  'entities',
  'deal_facts',
  'sentiment',
  'key_phrases',
  'classify',
  'fill_template',
  'follow_up_email',
  'deal_brief',
  'task_checklist',
  'talking_points',
  'call_summary',
  'suggest_reply',
  'edit_text',
  'crm_autofill',
] as const;
export type AiTask = (typeof AI_TASKS)[number];

export const EDIT_ACTIONS = [
  'rewrite',
  'shorten',
  'expand',
  'fix_grammar',
  'change_tone',
  'translate',
  'summarize',
  'checklist',
] as const;
export type EditAction = (typeof EDIT_ACTIONS)[number];

export type Capabilities = {
  /** Writes new text (chat/completion). False for the local engine, which only extracts. */
  generative: boolean;
  text: { chat: boolean; streaming: boolean; tools: boolean; jsonSchema: boolean; tasks: readonly AiTask[] };
  image: boolean;
  /** Speech to text. */
  audio: boolean;
  embed: boolean;
  /** Needs the network (and so can time out, be rate limited or go away). */
  remote: boolean;
};

export type ToolCall = { toolCallId: string; toolName: string; input: unknown };

export type ChatMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; toolName: string; content: string };

export type ToolSpec = { name: string; description: string; inputSchema: Record<string, unknown> };

export type TaskSpec = {
  task: AiTask;
  /** The text the task works on (a transcript, a deal's notes, an email). */
  input: string;
  options?: {
    sentences?: number;
    format?: 'sentences' | 'bullets';
    limit?: number;
    labels?: { label: string; keywords?: string[]; description?: string }[];
    template?: string;
    facts?: Record<string, unknown>;
    contactName?: string;
    senderName?: string;
    /** ISO date used to resolve "next Friday". */
    referenceDate?: string;
    /** edit_text: what to do with the text. */
    action?: EditAction;
    /** edit_text change_tone: the tone to write in. */
    tone?: 'formal' | 'friendly' | 'confident' | 'empathetic';
    /** The language of the answer (edit_text translate: the target). */
    language?: string;
  };
};

/** One text request: either a chat (messages) or a structured task. */
export type TextRequest = {
  model?: string;
  temperature?: number;
  maxOutputTokens?: number;
} & (
  | { messages: ChatMessage[]; tools?: ToolSpec[]; jsonSchema?: Record<string, unknown>; task?: undefined }
  | { task: TaskSpec; messages?: undefined; tools?: undefined; jsonSchema?: undefined }
);

export type Usage = { inputTokens: number; outputTokens: number; estimated: boolean };

/** The normalized stream every call produces. Errors travel inside it; it never rejects. */
export type StreamPart =
  | { type: 'start'; technologyId: string; kind: TechnologyKind; model: string }
  | { type: 'text-delta'; text: string }
  | ({ type: 'tool-call' } & ToolCall)
  | {
      type: 'finish';
      reason: 'stop' | 'length' | 'tool-calls' | 'content-filter' | 'other';
      usage: Usage;
      /** Structured result of a task or a JSON-schema request. */
      output?: unknown;
      costUsd?: number | null;
    }
  | { type: 'error'; error: AiFailure };

export type CallOptions = {
  signal: AbortSignal;
  /** Longest wait for the first part with content. */
  firstTokenTimeoutMs: number;
};

export type ModelInfo = {
  id: string;
  /** USD per million tokens, when the admin entered prices. */
  inputPricePerMTok?: number;
  outputPricePerMTok?: number;
};

/** What a technology is built from: an account's connected row, or the built-in local engine. */
export type TechnologyConfig = {
  id: string;
  kind: TechnologyKind;
  name: string;
  baseUrl: string | null;
  apiKey: string | null;
  models: ModelInfo[];
  defaultModel: string | null;
  connectTimeoutMs: number;
};

export type TranscribeRequest = {
  /** One chunk of a recording: 16 kHz mono 16-bit WAV of at most about 30 s (`src/speech/audio`). */
  audio: Uint8Array;
  mediaType: string;
  model?: string;
  language?: string;
  /** Vocabulary hints written as text, for Whisper-style servers (the previous chunk's end works too). */
  prompt?: string;
  /** Account terms (company, product and contact names) the recogniser should know. */
  keywords?: string[];
};
/** Times in seconds from the start of the audio sent. */
export type Transcript = {
  /** The model that transcribed, when the technology names it (the offline engine: its acoustic model). */
  model?: string;
  text: string;
  segments: { start: number; end: number; text: string }[];
  /** Word times, when the engine gives them. */
  words?: { word: string; start: number; end: number }[];
};

export interface Technology {
  readonly config: TechnologyConfig;
  readonly capabilities: Capabilities;
  /** Streams one text request. Never throws: failures end the stream with an `error` part. */
  stream(request: TextRequest, options: CallOptions): AsyncIterable<StreamPart>;
  /** The models the endpoint offers (checks URL and key). */
  listModels(signal: AbortSignal): Promise<string[]>;
  transcribe?(request: TranscribeRequest, signal: AbortSignal): Promise<Transcript>;
  embed?(texts: string[], signal: AbortSignal, model?: string): Promise<number[][]>;
  image?(prompt: string, signal: AbortSignal, model?: string): Promise<{ mediaType: string; base64: string }>;
  /** Frees connections and loaded models. */
  close(): Promise<void>;
}

export type TechnologyFactory = {
  readonly kind: TechnologyKind;
  readonly label: string;
  readonly capabilities: Capabilities;
  readonly needsBaseUrl: boolean;
  readonly needsApiKey: boolean;
  readonly defaultBaseUrl: string | null;
  create(config: TechnologyConfig): Technology;
};
