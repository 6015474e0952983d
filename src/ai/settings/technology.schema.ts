import { z } from 'zod';
import { TECHNOLOGY_KINDS } from '../technology.js';

export const SURFACES = ['deal', 'task', 'call', 'chat', 'feed', 'mail', 'agents'] as const;
export type Surface = (typeof SURFACES)[number];
export const SurfaceParams = z.object({ surface: z.enum(SURFACES) });

/** Kinds an admin may connect; the local engine is built in. */
export const CONNECTABLE_KINDS = TECHNOLOGY_KINDS.filter((k) => k !== 'local') as [
  Exclude<(typeof TECHNOLOGY_KINDS)[number], 'local'>,
  ...Exclude<(typeof TECHNOLOGY_KINDS)[number], 'local'>[],
];

const price = z.number().min(0).max(10_000);
export const ModelIn = z.object({
  id: z.string().trim().min(1).max(200),
  inputPricePerMTok: price.optional().describe('USD per million input tokens'),
  outputPricePerMTok: price.optional().describe('USD per million output tokens'),
});

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => /^https?:\/\/[^\s/]+/i.test(u), 'must be an http(s) URL');

export const TechnologyIn = z.object({
  kind: z.enum(CONNECTABLE_KINDS),
  name: z.string().trim().min(1).max(100),
  baseUrl: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .describe('API base URL, e.g. http://localhost:11434/v1 for Ollama; for gguf, the model file path'),
  apiKey: z.string().trim().min(1).max(1000).optional().describe('Stored encrypted; never returned'),
  models: z.array(ModelIn).max(100).optional().describe('Models to enable; default: what the endpoint lists'),
  defaultModel: z.string().trim().min(1).max(200).optional(),
  region: z.string().trim().max(100).default('').describe('Where the provider processes data, e.g. "USA"'),
  termsUrl: httpUrl.optional(),
  termsAccepted: z
    .boolean()
    .default(false)
    .describe('The admin accepts the provider terms (recorded: who, when)'),
});
export type TechnologyIn = z.input<typeof TechnologyIn>;

export const TechnologyUpdate = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  baseUrl: z.string().trim().max(2000).optional(),
  apiKey: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .nullable()
    .optional()
    .describe('A new key, or null to remove it'),
  models: z.array(ModelIn).max(100).optional(),
  defaultModel: z.string().trim().min(1).max(200).nullable().optional(),
  region: z.string().trim().max(100).optional(),
  termsUrl: httpUrl.nullable().optional(),
  termsAccepted: z.boolean().optional(),
  status: z.enum(['active', 'disabled']).optional(),
  version: z.number().int().min(1).optional(),
});
export type TechnologyUpdate = z.input<typeof TechnologyUpdate>;

export const ProbeIn = TechnologyIn.pick({ kind: true, baseUrl: true, apiKey: true });
export type ProbeIn = z.infer<typeof ProbeIn>;

const CapabilitiesOut = z.object({
  generative: z.boolean(),
  text: z.object({
    chat: z.boolean(),
    streaming: z.boolean(),
    tools: z.boolean(),
    jsonSchema: z.boolean(),
    tasks: z.array(z.string()),
  }),
  image: z.boolean(),
  audio: z.boolean(),
  embed: z.boolean(),
  remote: z.boolean(),
});

export const HealthOut = z.object({
  technologyId: z.string(),
  requests: z.number(),
  errorRate: z.number(),
  latencyP50Ms: z.number().nullable(),
  latencyP95Ms: z.number().nullable(),
  firstTokenP50Ms: z.number().nullable(),
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
  lastSuccessAt: z.string().nullable(),
  breaker: z.enum(['closed', 'open', 'half-open']),
  breakerRetryAt: z.string().nullable(),
});

export const TestResultOut = z.object({
  ok: z.boolean(),
  at: z.string(),
  latencyMs: z.number(),
  code: z.string().optional(),
  message: z.string().optional(),
  models: z.array(z.string()).optional(),
});

export const TechnologyOut = z.object({
  id: z.string(),
  kind: z.enum(TECHNOLOGY_KINDS),
  name: z.string(),
  builtIn: z.boolean(),
  baseUrl: z.string().nullable(),
  hasApiKey: z.boolean(),
  models: z.array(ModelIn),
  defaultModel: z.string().nullable(),
  region: z.string(),
  termsUrl: z.string().nullable(),
  termsAcceptedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  termsAcceptedAt: z.date().nullable(),
  status: z.enum(['active', 'disabled']),
  lastTest: TestResultOut.omit({ models: true }).nullable(),
  capabilities: CapabilitiesOut,
  health: HealthOut.optional(),
  version: z.number(),
});

export const SurfaceSettingsIn = z.object({
  enabled: z.boolean(),
  defaultTechnologyId: z.string().min(1).max(100),
  allowedTechnologyIds: z.array(z.string().min(1).max(100)).min(1).max(50),
  fallbackTechnologyIds: z.array(z.string().min(1).max(100)).max(50).default([]),
  version: z.number().int().min(1).optional(),
});

export const SurfaceSettingsOut = z.object({
  surface: z.enum(SURFACES),
  enabled: z.boolean(),
  defaultTechnologyId: z.string(),
  allowedTechnologyIds: z.array(z.string()),
  fallbackTechnologyIds: z.array(z.string()),
  version: z.number(),
});

export const TechnologyChoice = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(TECHNOLOGY_KINDS),
  region: z.string(),
});

export const MySurfaceOut = z.object({
  surface: z.enum(SURFACES),
  enabled: z.boolean(),
  allowed: z.array(TechnologyChoice),
  defaultTechnologyId: z.string(),
  chosenTechnologyId: z.string().nullable(),
});

export const MyChoiceIn = z.object({
  technologyId: z.string().min(1).max(100).nullable().describe('null: use the surface default'),
});
