import type { STAGE_KINDS } from '../../store/schema/index.js';

type StageSeed = { key: string; name: string; kind: (typeof STAGE_KINDS)[number]; probability: number };

/** The pipeline a new account starts with; admins may rename and reorder it. */
export const DEFAULT_STAGES: readonly StageSeed[] = [
  { key: 'new', name: 'New', kind: 'open', probability: 10 },
  { key: 'qualified', name: 'Qualified', kind: 'open', probability: 25 },
  { key: 'proposal', name: 'Proposal', kind: 'open', probability: 50 },
  { key: 'negotiation', name: 'Negotiation', kind: 'open', probability: 75 },
  { key: 'won', name: 'Won', kind: 'won', probability: 100 },
  { key: 'lost', name: 'Lost', kind: 'lost', probability: 0 },
];
