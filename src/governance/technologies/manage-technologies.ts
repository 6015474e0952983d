import type { z } from 'zod';
import { connectTechnology } from '../../ai/settings/connect-technology.js';
import { listMyChoices, setMyChoice } from '../../ai/settings/my-choices.js';
import { listSurfaceSettings, setSurfaceSettings } from '../../ai/settings/surface-settings.js';
import {
  findTechnology,
  listTechnologyRows,
  localOut,
  toOut,
} from '../../ai/settings/technologies.repository.js';
import type {
  ProbeIn,
  Surface,
  SurfaceSettingsIn,
  TechnologyIn,
  TechnologyUpdate,
} from '../../ai/settings/technology.schema.js';
import { probeEndpoint, testTechnology } from '../../ai/settings/test-technology.js';
import { updateTechnology } from '../../ai/settings/update-technology.js';
import type { Actor } from '../../shared/actor.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Governance } from '../governance-runtime.js';
import { recordDecision } from '../ledger/record-decision.js';
import { notifyPolicyChanged } from '../policy/snapshot-cache.js';

/**
 * Admin changes to AI technologies and surfaces go through governance: each is written to the
 * ledger and every process re-reads the account's policy. (ai/ owns the rules of the change itself.)
 */
async function changed(g: Governance, actor: Actor, type: string, details: Record<string, unknown>) {
  await g.db.transaction(async (tx) => {
    await recordDecision(tx, actor, type, details);
    await notifyPolicyChanged(tx, actor.accountId);
  });
}

export async function listTechnologies(g: Governance, actor: Actor) {
  requireAdmin(actor);
  const rows = await listTechnologyRows(g.db, actor.accountId);
  return [localOut(g.ai), ...(await Promise.all(rows.map((r) => toOut(g.db, r, g.ai))))];
}

export async function getTechnology(g: Governance, actor: Actor, id: string) {
  requireAdmin(actor);
  return toOut(g.db, await findTechnology(g.db, actor, id), g.ai);
}

export async function connect(g: Governance, actor: Actor, input: TechnologyIn) {
  const t = await connectTechnology(g.db, g.ai, actor, input);
  await changed(g, actor, 'technology_connected', {
    technologyId: t.id,
    kind: t.kind,
    name: t.name,
    region: t.region,
    termsAccepted: t.termsAcceptedAt !== null,
  });
  return t;
}

export async function update(g: Governance, actor: Actor, id: string, input: TechnologyUpdate) {
  const t = await updateTechnology(g.db, g.ai, actor, id, input);
  const { apiKey, ...rest } = input;
  await changed(g, actor, 'technology_changed', {
    technologyId: id,
    changes: {
      ...rest,
      ...(apiKey !== undefined ? { apiKey: apiKey === null ? 'removed' : 'replaced' } : {}),
    },
  });
  return t;
}

export const test = (g: Governance, actor: Actor, id: string) => testTechnology(g.db, g.ai, actor, id);
export const probe = (g: Governance, actor: Actor, input: ProbeIn) => probeEndpoint(g.ai, actor, input);

export async function listSurfaces(g: Governance, actor: Actor) {
  requireAdmin(actor);
  return listSurfaceSettings(g.db, actor.accountId);
}

export async function setSurface(
  g: Governance,
  actor: Actor,
  surface: Surface,
  input: z.input<typeof SurfaceSettingsIn>,
) {
  const s = await setSurfaceSettings(g.db, actor, surface, input);
  await changed(g, actor, 'setting_changed', { setting: 'ai_surface', ...s });
  return s;
}

export const myChoices = (g: Governance, actor: Actor) => listMyChoices(g.db, actor);

export async function chooseTechnology(
  g: Governance,
  actor: Actor,
  surface: Surface,
  technologyId: string | null,
) {
  const c = await setMyChoice(g.db, actor, surface, technologyId);
  await notifyPolicyChanged(g.db, actor.accountId);
  return c;
}
