import { z } from 'zod';
import {
  ApplyAutofillIn,
  AutofillIn,
  AutofillOut,
  applyAutofill,
  archivePreprompt,
  ChatIn,
  ChatMessageOut,
  ChatOut,
  ChatTurnIn,
  ContentParams,
  chatMessages,
  checkTemplate,
  createPreprompt,
  createRole,
  deleteChat,
  deleteRole,
  discardAutofill,
  EditorActionIn,
  exportPreprompts,
  FeedbackIn,
  FeedbackOut,
  FeedbackStatsOut,
  feedbackStats,
  giveFeedback,
  importPreprompts,
  listAutofills,
  listChats,
  listPreprompts,
  listRoles,
  listVersions,
  PrepromptExport,
  PrepromptImportIn,
  PrepromptIn,
  PrepromptOut,
  PrepromptQuery,
  PrepromptUpdate,
  PrepromptVersionOut,
  proposeAutofill,
  RoleIn,
  RoleOut,
  RoleUpdate,
  runChatTurn,
  runEditorAction,
  SharedOut,
  ShareIn,
  sharedInteractions,
  shareInteraction,
  startChat,
  TemplateCheckIn,
  TemplateCheckOut,
  unshareInteraction,
  updatePreprompt,
  updateRole,
} from '../../copilot/index.js';
import { clientGone, writeSse } from '../sse.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, itemsOf, NoContent } from './params.js';

const tags = ['copilot'];
const Scope = z.object({ scope: z.enum(['account', 'personal']).default('personal') });

export async function copilotRoutes(app: App, { db, governance: g }: AppDeps) {
  // Text CoPilot in editors.
  app.post(
    '/copilot/editor',
    {
      schema: {
        tags,
        summary: 'Run a CoPilot action in a text editor (write, shorten, translate, …) as server-sent events',
        description:
          'The pre-prompt is rendered for the technology that will answer and streamed through the governed pipeline: ' +
          'one `data:` line per part (start, text-delta, finish with `contentId` and `label`, or error). ' +
          "A failure mid-stream ends with an error part; the editor keeps the user's text. Closing the connection cancels.",
        body: EditorActionIn,
      },
    },
    async (req, reply) => {
      const signal = clientGone(reply);
      await writeSse(req, reply, await runEditorAction(db, g, req.actor, req.body, signal));
    },
  );

  // The pre-prompt library.
  app.get(
    '/copilot/preprompts',
    {
      schema: {
        tags,
        summary: 'Pre-prompts you can use: built-in, account and your own',
        querystring: PrepromptQuery,
        response: { 200: itemsOf(PrepromptOut) },
      },
    },
    async (req) => ({ items: await listPreprompts(db, req.actor, req.query) }),
  );
  app.post(
    '/copilot/preprompts',
    {
      schema: {
        tags,
        summary: 'Add an account (admins) or personal pre-prompt',
        body: PrepromptIn,
        response: { 201: PrepromptOut },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return createPreprompt(db, req.actor, req.body);
    },
  );
  app.patch(
    '/copilot/preprompts/:id',
    {
      schema: {
        tags,
        summary: 'Edit a pre-prompt: a new version',
        params: IdParams,
        body: PrepromptUpdate,
        response: { 200: PrepromptOut },
      },
    },
    async (req) => updatePreprompt(db, req.actor, req.params.id, req.body),
  );
  app.delete(
    '/copilot/preprompts/:id',
    {
      schema: {
        tags,
        summary: 'Archive a pre-prompt (its versions and feedback stay)',
        params: IdParams,
        response: NoContent,
      },
    },
    async (req, reply) => {
      await archivePreprompt(db, req.actor, req.params.id);
      reply.code(204);
      return null;
    },
  );
  app.get(
    '/copilot/preprompts/:id/versions',
    {
      schema: {
        tags,
        summary: "A pre-prompt's versions",
        params: IdParams,
        response: { 200: itemsOf(PrepromptVersionOut) },
      },
    },
    async (req) => ({ items: await listVersions(db, req.actor, req.params.id) }),
  );
  app.post(
    '/copilot/preprompts/check',
    {
      schema: {
        tags,
        summary: 'Check a template: where it is wrong (line, column) and which markers it uses',
        body: TemplateCheckIn,
        response: { 200: TemplateCheckOut },
      },
    },
    async (req) => checkTemplate(req.body.template),
  );
  app.get(
    '/copilot/preprompts/export',
    {
      schema: {
        tags,
        summary: 'Export account (admins) or personal pre-prompts as JSON',
        querystring: Scope,
        response: { 200: PrepromptExport },
      },
    },
    async (req) => exportPreprompts(db, req.actor, req.query.scope),
  );
  app.post(
    '/copilot/preprompts/import',
    {
      schema: {
        tags,
        summary: 'Import pre-prompts from JSON: all or nothing; an existing code gets a new version',
        body: PrepromptImportIn,
        response: { 200: z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }) },
      },
    },
    async (req) => importPreprompts(db, req.actor, req.body),
  );

  // CRM auto-fill with review.
  app.post(
    '/copilot/autofill',
    {
      schema: {
        tags,
        summary: 'Propose deal fields from a call, a message or text; nothing is written yet',
        body: AutofillIn,
        response: { 201: AutofillOut },
      },
    },
    async (req, reply) => {
      const result = await proposeAutofill(db, g, req.actor, req.body, clientGone(reply));
      reply.code(201);
      return result;
    },
  );
  app.get(
    '/copilot/autofill',
    {
      schema: {
        tags,
        summary: "A deal's auto-fill proposals",
        querystring: z.object({ dealId: z.uuid() }),
        response: { 200: itemsOf(AutofillOut) },
      },
    },
    async (req) => ({ items: await listAutofills(db, req.actor, req.query.dealId) }),
  );
  app.post(
    '/copilot/autofill/:id/apply',
    {
      schema: {
        tags,
        summary: 'Accept some or all proposed fields: written with attribution to you and the AI content',
        params: IdParams,
        body: ApplyAutofillIn,
        response: { 200: z.object({ autofill: AutofillOut, dealVersion: z.number() }) },
      },
    },
    async (req) => applyAutofill(db, req.actor, req.params.id, req.body.fields),
  );
  app.post(
    '/copilot/autofill/:id/discard',
    { schema: { tags, summary: 'Discard a proposal', params: IdParams, response: { 200: AutofillOut } } },
    async (req) => discardAutofill(db, req.actor, req.params.id),
  );

  // Chat assistant and roles.
  app.get(
    '/copilot/roles',
    {
      schema: {
        tags,
        summary: 'Roles for the CoPilot chat: built-in, account and your own',
        response: { 200: itemsOf(RoleOut) },
      },
    },
    async (req) => ({ items: await listRoles(db, req.actor) }),
  );
  app.post(
    '/copilot/roles',
    {
      schema: {
        tags,
        summary: 'Add an account (admins) or personal role',
        body: RoleIn,
        response: { 201: RoleOut },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return createRole(db, req.actor, req.body);
    },
  );
  app.patch(
    '/copilot/roles/:id',
    {
      schema: {
        tags,
        summary: 'Edit a role',
        params: IdParams,
        body: RoleUpdate,
        response: { 200: RoleOut },
      },
    },
    async (req) => updateRole(db, req.actor, req.params.id, req.body),
  );
  app.delete(
    '/copilot/roles/:id',
    { schema: { tags, summary: 'Delete a role', params: IdParams, response: NoContent } },
    async (req, reply) => {
      await deleteRole(db, req.actor, req.params.id);
      reply.code(204);
      return null;
    },
  );
  app.get(
    '/copilot/chats',
    {
      schema: {
        tags,
        summary: 'Your CoPilot chats, newest first',
        querystring: z.object({ entityId: z.uuid().optional() }),
        response: { 200: itemsOf(ChatOut) },
      },
    },
    async (req) => ({ items: await listChats(db, req.actor, req.query) }),
  );
  app.post(
    '/copilot/chats',
    {
      schema: {
        tags,
        summary: 'Start a chat with a role, optionally about a deal, task or call',
        body: ChatIn,
        response: { 201: ChatOut },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return startChat(db, req.actor, req.body);
    },
  );
  app.get(
    '/copilot/chats/:id/messages',
    {
      schema: {
        tags,
        summary: "A chat's messages",
        params: IdParams,
        response: { 200: itemsOf(ChatMessageOut) },
      },
    },
    async (req) => ({ items: await chatMessages(db, req.actor, req.params.id) }),
  );
  app.post(
    '/copilot/chats/:id/messages',
    {
      schema: {
        tags,
        summary:
          'Say something; the answer streams as server-sent events (or a notice part from the local engine)',
        params: IdParams,
        body: ChatTurnIn,
      },
    },
    async (req, reply) => {
      const signal = clientGone(reply);
      await writeSse(req, reply, await runChatTurn(db, g, req.actor, req.params.id, req.body, signal));
    },
  );
  app.delete(
    '/copilot/chats/:id',
    { schema: { tags, summary: 'Delete a chat', params: IdParams, response: NoContent } },
    async (req, reply) => {
      await deleteChat(db, req.actor, req.params.id);
      reply.code(204);
      return null;
    },
  );

  // Feedback.
  app.put(
    '/copilot/feedback/:contentId',
    {
      schema: {
        tags,
        summary: 'Thumbs up/down, a comment, or what you did with the text',
        params: ContentParams,
        body: FeedbackIn,
        response: { 200: FeedbackOut },
      },
    },
    async (req) => giveFeedback(db, req.actor, req.params.contentId, req.body),
  );
  app.post(
    '/copilot/feedback/:contentId/share',
    {
      schema: {
        tags,
        summary:
          "Share this interaction with your account's admins to improve a pre-prompt (your explicit choice)",
        params: ContentParams,
        body: ShareIn,
        response: { 200: FeedbackOut },
      },
    },
    async (req) => shareInteraction(db, req.actor, req.params.contentId, req.body),
  );
  app.delete(
    '/copilot/feedback/:contentId/share',
    { schema: { tags, summary: 'Withdraw a share', params: ContentParams, response: NoContent } },
    async (req, reply) => {
      await unshareInteraction(db, req.actor, req.params.contentId);
      reply.code(204);
      return null;
    },
  );
  app.get(
    '/copilot/feedback/stats',
    {
      schema: {
        tags,
        summary: 'Acceptance rates per pre-prompt and per technology (admins)',
        querystring: z.object({ days: z.coerce.number().int().min(1).max(365).default(90) }),
        response: { 200: FeedbackStatsOut },
      },
    },
    async (req) => feedbackStats(db, req.actor, req.query.days),
  );
  app.get(
    '/copilot/feedback/shared',
    {
      schema: {
        tags,
        summary: 'Interactions users shared with admins (admins)',
        response: { 200: itemsOf(SharedOut) },
      },
    },
    async (req) => ({ items: await sharedInteractions(db, req.actor) }),
  );
}
