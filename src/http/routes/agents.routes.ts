import { z } from 'zod';
import {
  AccountAgentsIn,
  AgentStatusIn,
  ApprovalDecisionIn,
  decideApproval,
  getRun,
  listAgents,
  listApprovals,
  listRuns,
  setAgentStatus,
  setAllAgentsStatus,
} from '../../agents/index.js';
import { AppError } from '../../shared/errors.js';
import type { App, AppDeps } from '../types.js';
import { IdParams } from './params.js';

const tags = ['agents'];
// The shapes are documented by the use cases' types; responses are passed through as they are.
const Any = z.any();

export async function agentRoutes(app: App, { db, config }: AppDeps) {
  app.get(
    '/agents',
    {
      schema: {
        tags,
        summary: "The account's AI agents",
        response: { 200: z.object({ items: z.array(Any) }) },
      },
    },
    async (req) => ({ items: await listAgents(db, req.actor) }),
  );
  app.put(
    '/agents/status',
    {
      schema: {
        tags,
        summary:
          "Admin: the account's kill switch — pause every agent (pending approvals are cancelled), or switch them all on",
        body: AccountAgentsIn,
        response: { 200: z.object({ agents: z.number().int(), status: z.string() }) },
      },
    },
    async (req) => setAllAgentsStatus(db, req.actor, req.body),
  );
  app.put(
    '/agents/:id/status',
    {
      schema: {
        tags,
        summary: 'Admin: switch an agent on, to shadow mode, or off (pausing cancels its pending approvals)',
        params: IdParams,
        body: AgentStatusIn,
        response: { 200: Any },
      },
    },
    async (req) => setAgentStatus(db, req.actor, req.params.id, req.body),
  );
  app.get(
    '/agents/:id/runs',
    {
      schema: {
        tags,
        summary: "An agent's runs, newest first (admins: all; others: those acting for them)",
        params: IdParams,
        response: { 200: z.object({ items: z.array(Any) }) },
      },
    },
    async (req) => ({ items: await listRuns(db, req.actor, req.params.id) }),
  );
  app.get(
    '/agent-runs',
    {
      schema: {
        tags,
        summary: 'Recent runs of every agent (admins: all; others: those acting for them)',
        response: { 200: z.object({ items: z.array(Any) }) },
      },
    },
    async (req) => ({ items: await listRuns(db, req.actor) }),
  );
  app.get(
    '/agent-runs/:id',
    {
      schema: {
        tags,
        summary: 'A run with its trace: steps, actions and their approvals',
        params: IdParams,
        response: { 200: Any },
      },
    },
    async (req) => getRun(db, req.actor, req.params.id),
  );
  app.get(
    '/approvals',
    {
      schema: {
        tags,
        summary: 'Approval requests this user may decide',
        querystring: z.object({ status: z.enum(['pending', 'decided']).default('pending') }),
        response: { 200: z.object({ items: z.array(Any) }) },
      },
    },
    async (req) => ({ items: await listApprovals(db, req.actor, req.query.status) }),
  );
  app.post(
    '/approvals/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve (optionally with edited arguments) or reject (with a reason) a proposed action',
        params: IdParams,
        body: ApprovalDecisionIn,
        response: { 200: Any },
      },
    },
    async (req) => {
      if (config.COHELM_AGENTS_PAUSED)
        throw new AppError(
          'ai_disabled',
          'Agents are paused on this server (COHELM_AGENTS_PAUSED); nothing is done',
        );
      return decideApproval(db, req.actor, req.params.id, req.body);
    },
  );
}
