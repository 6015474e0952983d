/**
 * AI agents: definitions (built-in ones for every account), event triggers, durable runs, actions
 * with risk classes, approvals. Every model call goes through governance; every action runs as the
 * agent's principal and is recorded in the action ledger and the audit ledger.
 */

export {
  AccountAgentsIn,
  AgentStatusIn,
  getRun,
  listAgents,
  listRuns,
  setAgentStatus,
  setAllAgentsStatus,
} from './agents.repository.js';
export { type Agents, createAgents } from './agents-runtime.js';
export { ApprovalDecisionIn, decideApproval, listApprovals } from './approvals/approvals.js';
export { agentTriggers } from './runs/agent-triggers.js';
