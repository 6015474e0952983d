import type { AgentTool } from './agent-tool.js';
import { commentOnDealTool } from './comment-on-deal.js';
import { createTaskTool } from './create-task.js';

/** Every tool an agent may be given, by name. */
export const AGENT_TOOLS: Readonly<Record<string, AgentTool>> = {
  [createTaskTool.name]: createTaskTool as unknown as AgentTool,
  [commentOnDealTool.name]: commentOnDealTool as unknown as AgentTool,
};
