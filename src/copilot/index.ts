/**
 * CoPilot: answers to user actions and system events on the workspace's surfaces. Every answer is a
 * governed AI request (src/governance/); this capability decides what to ask, when, and for whom.
 */

export * from './analytics/analytics.schema.js';
export { dealHealth } from './analytics/deal-health.js';
export { pipelineSummary } from './analytics/pipeline-summary.js';
export { applyAutofill, discardAutofill } from './autofill/apply-autofill.js';
export { listAutofills } from './autofill/autofill.repository.js';
export * from './autofill/autofill.schema.js';
export { proposeAutofill } from './autofill/propose-autofill.js';
export * from './chat/chat.schema.js';
export { type ChatPart, chatMessages, deleteChat, listChats, runChatTurn, startChat } from './chat/chats.js';
export { createRole, deleteRole, listRoles, updateRole } from './chat/roles.repository.js';
export { type Copilot, createCopilot } from './copilot-runtime.js';
export { EditorActionIn } from './editor/editor.schema.js';
export { runEditorAction } from './editor/run-editor-action.js';
export * from './feedback/feedback.schema.js';
export { feedbackStats, sharedInteractions } from './feedback/feedback-stats.js';
export { giveFeedback, shareInteraction, unshareInteraction } from './feedback/give-feedback.js';
export * from './hints/hint.schema.js';
export { COPILOT_TRIGGERS, type CopilotTrigger, HINT_KINDS, type HintKind } from './hints/hint-kinds.js';
export { copilotHintTriggers } from './hints/hint-triggers.js';
export { listHints, listTriggerSettings, refreshHint, setTriggerEnabled } from './hints/hints.repository.js';
export { checkTemplate } from './preprompts/check-template.js';
export { exportPreprompts, importPreprompts } from './preprompts/import-export.js';
export { PLACEMENT_NAMES, PLACEMENTS } from './preprompts/placements.js';
export * from './preprompts/preprompt.schema.js';
export {
  archivePreprompt,
  createPreprompt,
  listPreprompts,
  listVersions,
  updatePreprompt,
} from './preprompts/preprompts.repository.js';
