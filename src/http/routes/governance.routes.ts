import { z } from 'zod';
import {
  AcceptTermsIn,
  acceptTerms,
  acknowledgeDisclosure,
  addRestriction,
  BlockIn,
  ComplaintIn,
  consentStatus,
  DisclosureIn,
  exportAccountLedger,
  getPolicy,
  HumanDecisionIn,
  listAuditEntries,
  listBlocks,
  listComplaints,
  listRestrictions,
  PolicyIn,
  PolicyOut,
  publishTerms,
  ResolveComplaintIn,
  RestrictionIn,
  RestrictionOut,
  recordHumanDecision,
  removeRestriction,
  reportContent,
  resolveComplaint,
  setUserBlock,
  TermsIn,
  TermsOut,
  updatePolicy,
  usageSummary,
  verifyAccountLedger,
  verifyProvenance,
} from '../../governance/index.js';
import type { App, AppDeps } from '../types.js';
import { IdParams, itemsOf, NoContent } from './params.js';

const tags = ['ai governance'];
const Done = z.object({ ok: z.literal(true) });

export async function governanceRoutes(app: App, { governance: g }: AppDeps) {
  const db = g.db;
  app.get(
    '/ai/consent',
    {
      schema: {
        tags,
        summary: 'The AI terms and provider disclosures you have accepted, and what is still needed',
      },
    },
    async (req) => consentStatus(g, req.actor),
  );
  app.post(
    '/ai/consent/terms',
    {
      schema: {
        tags,
        summary: 'Accept the current version of the AI terms',
        body: AcceptTermsIn,
        response: { 200: Done },
      },
    },
    async (req) => {
      await acceptTerms(db, req.actor, req.body.version);
      return { ok: true as const };
    },
  );
  app.post(
    '/ai/consent/disclosures',
    {
      schema: {
        tags,
        summary: 'Acknowledge where an external AI technology processes your requests',
        body: DisclosureIn,
        response: { 200: Done },
      },
    },
    async (req) => {
      await acknowledgeDisclosure(g, req.actor, req.body.technologyId);
      return { ok: true as const };
    },
  );
  app.get(
    '/ai/policy',
    { schema: { tags, summary: 'The account’s AI policy (admin)', response: { 200: PolicyOut } } },
    async (req) => getPolicy(db, req.actor),
  );
  app.put(
    '/ai/policy',
    {
      schema: {
        tags,
        summary: 'Turn AI on or off, block technologies for your country, choose masked data (admin)',
        body: PolicyIn,
        response: { 200: PolicyOut },
      },
    },
    async (req) => updatePolicy(db, req.actor, req.body),
  );
  app.post(
    '/ai/terms',
    {
      schema: {
        tags,
        summary: 'Publish a new version of the AI terms; every user accepts it again (admin)',
        body: TermsIn,
        response: { 201: TermsOut },
      },
    },
    async (req, reply) => reply.status(201).send(await publishTerms(db, req.actor, req.body.text)),
  );
  app.get(
    '/ai/restrictions',
    {
      schema: {
        tags,
        summary: 'Departments and users AI is off for (admin)',
        response: { 200: itemsOf(RestrictionOut) },
      },
    },
    async (req) => ({ items: await listRestrictions(db, req.actor) }),
  );
  app.post(
    '/ai/restrictions',
    {
      schema: {
        tags,
        summary: 'Turn AI off for a department or a user, on a surface or all (admin)',
        body: RestrictionIn,
        response: { 201: RestrictionOut },
      },
    },
    async (req, reply) => reply.status(201).send(await addRestriction(db, req.actor, req.body)),
  );
  app.delete(
    '/ai/restrictions/:id',
    { schema: { tags, summary: 'Lift a restriction (admin)', params: IdParams, response: NoContent } },
    async (req, reply) => {
      await removeRestriction(db, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/ai/blocks',
    { schema: { tags, summary: 'Users blocked from AI Tools (admin)' } },
    async (req) => ({
      items: await listBlocks(db, req.actor),
    }),
  );
  app.get(
    '/ai/terms',
    { schema: { tags, summary: 'The current AI terms', response: { 200: TermsOut } } },
    async (req) => {
      const s = await consentStatus(g, req.actor);
      return { version: s.terms.version, text: s.terms.text };
    },
  );
  app.put(
    '/ai/blocks/:id',
    {
      schema: {
        tags,
        summary: 'Block a user from AI Tools, with the reason they see (admin)',
        params: IdParams,
        body: BlockIn,
        response: { 200: Done },
      },
    },
    async (req) => {
      await setUserBlock(db, req.actor, req.params.id, req.body.reason);
      return { ok: true as const };
    },
  );
  app.delete(
    '/ai/blocks/:id',
    { schema: { tags, summary: 'Lift a user’s AI block (admin)', params: IdParams, response: NoContent } },
    async (req, reply) => {
      await setUserBlock(db, req.actor, req.params.id, null);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/ai/usage',
    {
      schema: {
        tags,
        summary:
          'Your usage against the fair-usage limits (admins: the account’s too), and why each request counted',
      },
    },
    async (req) => usageSummary(db, req.actor),
  );
  app.get(
    '/audit/entries',
    {
      schema: {
        tags,
        summary: 'The account’s audit ledger, newest first (admin)',
        querystring: z.object({
          before: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (req) => ({ items: await listAuditEntries(db, req.actor, req.query) }),
  );
  app.get(
    '/audit/verify',
    { schema: { tags, summary: 'Check the account’s hash chain; names the first bad entry (admin)' } },
    async (req) => verifyAccountLedger(db, req.actor),
  );
  app.get(
    '/audit/export',
    { schema: { tags, summary: 'The ledger as JSON Lines (admin)' } },
    async (req, reply) => {
      const lines = exportAccountLedger(db, req.actor);
      reply.header('content-type', 'application/x-ndjson; charset=utf-8');
      reply.header('content-disposition', 'attachment; filename="cohelm-audit.jsonl"');
      let out = '';
      for await (const line of lines) out += `${line}\n`;
      return out;
    },
  );
  app.post(
    '/provenance/verify',
    {
      schema: {
        tags,
        summary: 'Did Cohelm generate this text? Exactly, or after light edits; when, how, for whom',
        body: z.object({ text: z.string().min(1).max(200_000) }),
      },
    },
    async (req) => verifyProvenance(db, g.keys, req.actor, req.body.text),
  );
  app.post(
    '/ai/contents/:id/complaints',
    {
      schema: {
        tags,
        summary: 'Report an AI output (harmful, wrong, misused); admins review it',
        params: IdParams,
        body: ComplaintIn,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await reportContent(db, req.actor, req.params.id, req.body.reason)),
  );
  app.post(
    '/ai/contents/:id/decision',
    {
      schema: {
        tags,
        summary: 'Record the named human decision an advisory AI output requires',
        params: IdParams,
        body: HumanDecisionIn,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordHumanDecision(db, req.actor, req.params.id, req.body)),
  );
  app.get(
    '/ai/complaints',
    {
      schema: {
        tags,
        summary: 'The complaints queue (admin)',
        querystring: z.object({ status: z.enum(['open', 'dismissed', 'actioned']).optional() }),
      },
    },
    async (req) => ({ items: await listComplaints(db, req.actor, req.query.status) }),
  );
  app.post(
    '/ai/complaints/:id/resolve',
    {
      schema: {
        tags,
        summary:
          'Resolve a complaint once: dismiss, restrict the author on that surface, or block them (admin)',
        params: IdParams,
        body: ResolveComplaintIn,
      },
    },
    async (req) => resolveComplaint(db, req.actor, req.params.id, req.body),
  );
}
