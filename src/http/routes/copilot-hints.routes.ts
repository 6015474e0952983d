import {
  type CopilotTrigger,
  HintEntityParams,
  HintKindParams,
  HintOut,
  listHints,
  listTriggerSettings,
  refreshHint,
  setTriggerEnabled,
  TriggerParams,
  TriggerSettingIn,
  TriggerSettingOut,
} from '../../copilot/index.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { App, AppDeps } from '../types.js';
import { itemsOf } from './params.js';

const tags = ['copilot'];
const HEARTBEAT_MS = 15_000;

export async function copilotHintRoutes(app: App, { db, copilot }: AppDeps) {
  // Open streams end when the server shuts down, or they would hold it open.
  const open = new Set<import('node:http').ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
  });
  app.get(
    '/copilot/hints/:entityType/:entityId',
    {
      schema: {
        tags,
        summary: "CoPilot's hints on a deal, task or call (brief, checklist, talking points, summary, reply)",
        params: HintEntityParams,
        response: { 200: itemsOf(HintOut) },
      },
    },
    async (req) => ({ items: await listHints(db, req.actor, req.params.entityType, req.params.entityId) }),
  );

  app.get(
    '/copilot/hints/:entityType/:entityId/stream',
    {
      schema: {
        tags,
        summary: 'The same hints as server-sent events: the current list at once, then again on every change',
        description:
          'Each event is `data: {"items": [...]}`. A comment line is sent every 15 s to keep proxies open.',
        params: HintEntityParams,
      },
    },
    async (req, reply) => {
      const { entityType, entityId } = req.params;
      const actor = req.actor;
      // Subscribed before the first read: a change that lands while it runs is sent after it.
      let changedMeanwhile = false;
      let onChange = () => {
        changedMeanwhile = true;
      };
      const unsubscribe = copilot.hub.subscribe(actor.accountId, entityType, entityId, () => onChange());
      let first: Awaited<ReturnType<typeof listHints>>;
      try {
        first = await listHints(db, actor, entityType, entityId);
      } catch (err) {
        unsubscribe();
        throw err;
      }
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-request-id': String(req.id),
        'x-accel-buffering': 'no',
      });
      const send = (items: unknown) => {
        if (!res.destroyed) res.write(`data: ${JSON.stringify({ items })}\n\n`);
      };
      send(first);
      let sending = Promise.resolve();
      onChange = () => {
        // Re-read as this user: access may have changed since the stream opened.
        sending = sending
          .then(async () => send(await listHints(db, actor, entityType, entityId)))
          .catch(() => void res.end());
      };
      if (changedMeanwhile) onChange();
      const beat = setInterval(() => !res.destroyed && res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      open.add(res);
      res.on('close', () => {
        open.delete(res);
        clearInterval(beat);
        unsubscribe();
      });
    },
  );

  app.post(
    '/copilot/hints/:entityType/:entityId/:kind/refresh',
    {
      schema: {
        tags,
        summary: 'Compute a hint again now (for example after accepting the AI terms)',
        params: HintKindParams,
        response: { 202: HintOut },
      },
    },
    async (req, reply) => {
      const { entityType, entityId, kind } = req.params;
      reply.code(202);
      return refreshHint(db, req.actor, entityType, entityId, kind);
    },
  );

  app.get(
    '/copilot/triggers',
    {
      schema: {
        tags,
        summary: 'The system events CoPilot answers, and whether each is on (admins)',
        response: { 200: itemsOf(TriggerSettingOut) },
      },
    },
    async (req) => {
      requireAdmin(req.actor);
      return { items: await listTriggerSettings(db, req.actor.accountId) };
    },
  );

  app.put(
    '/copilot/triggers/:trigger',
    {
      schema: {
        tags,
        summary: 'Switch a CoPilot trigger on or off for the account (admins)',
        params: TriggerParams,
        body: TriggerSettingIn,
        response: { 200: TriggerSettingOut },
      },
    },
    async (req) => {
      requireAdmin(req.actor);
      return setTriggerEnabled(db, req.actor, req.params.trigger as CopilotTrigger, req.body.enabled);
    },
  );
}
