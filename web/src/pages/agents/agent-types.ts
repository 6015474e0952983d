export type Agent = {
  id: string;
  builtin: string | null;
  name: string;
  description: string;
  status: 'draft' | 'shadow' | 'active' | 'paused';
  principalId: string | null;
  version: number;
  definition: { tools: Record<string, string>; approvalExpiryHours: number };
};

export type Approval = {
  id: string;
  status: 'pending' | 'approved' | 'rejected' | 'expired' | 'cancelled';
  agentId: string;
  agentName: string;
  agentVersion: number;
  runId: string;
  principalId: string | null;
  tool: string;
  risk: string;
  reason: string;
  args: Record<string, unknown>;
  editedArgs: Record<string, unknown> | null;
  preview: { title: string; before: unknown; after: unknown };
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  expiresAt: string;
  createdAt: string;
};

export type Run = {
  id: string;
  agentId: string;
  version: number;
  mode: 'live' | 'shadow';
  status: string;
  trigger: { type: string; eventType?: string; entityType: string | null; entityId: string | null };
  errorMessage: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export type RunTrace = Run & {
  steps: { seq: number; kind: string; summary: string; createdAt: string; contentId: string | null }[];
  actions: {
    id: string;
    seq: number;
    tool: string;
    risk: string;
    status: string;
    reason: string;
    args: Record<string, unknown>;
    errorMessage: string | null;
    approval: {
      id: string;
      status: string;
      decidedBy: string | null;
      decidedAt: string | null;
      reason: string | null;
    } | null;
  }[];
};
