import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { requireAdmin } from '../../shared/require-admin.js';
import { conflictOnDuplicate } from '../../shared/unique-violation.js';
import type { DbOrTx } from '../../store/database.js';
import { copilotPreprompts, copilotPrepromptVersions } from '../../store/schema/index.js';
import { BUILT_IN_PREPROMPTS, type BuiltInPreprompt, type LocalPlan } from './built-in-preprompts.js';
import { assertTemplate } from './check-template.js';
import type { Placement, Section } from './placements.js';
import type { PrepromptIn, PrepromptOut } from './preprompt.schema.js';

type Row = typeof copilotPreprompts.$inferSelect;

/** A pre-prompt ready to run: its template and, for built-ins, how the local engine performs it. */
export type ResolvedPreprompt = PrepromptOut & { local?: LocalPlan };

const fromBuiltIn = (p: BuiltInPreprompt): ResolvedPreprompt => ({
  ref: `builtin:${p.code}`,
  id: null,
  scope: 'builtin',
  code: p.code,
  title: p.title,
  placement: p.placements ? p.placements.join(',') : '*',
  section: p.section,
  template: p.template,
  version: 1,
  worksOffline: Boolean(p.local),
  updatedAt: null,
  ...(p.local ? { local: p.local } : {}),
});

const fromRow = (r: Row): ResolvedPreprompt => ({
  ref: r.id,
  id: r.id,
  scope: r.scope,
  code: r.code,
  title: r.title,
  placement: r.placement,
  section: r.section,
  template: r.template,
  version: r.version,
  worksOffline: false,
  updatedAt: r.updatedAt,
});

/** Rows a user may use: the account's and their own personal ones. */
const usable = (actor: Actor) =>
  and(
    eq(copilotPreprompts.accountId, actor.accountId),
    isNull(copilotPreprompts.archivedAt),
    or(eq(copilotPreprompts.scope, 'account'), eq(copilotPreprompts.ownerId, actor.userId)),
  );

const offeredIn = (placement: string, p: { placement: string }) =>
  p.placement === '*' || p.placement.split(',').includes(placement);

export async function listPreprompts(
  db: DbOrTx,
  actor: Actor,
  q: { placement?: Placement; section?: Section },
): Promise<ResolvedPreprompt[]> {
  const rows = await db
    .select()
    .from(copilotPreprompts)
    .where(usable(actor))
    .orderBy(asc(copilotPreprompts.title));
  return [...BUILT_IN_PREPROMPTS.map(fromBuiltIn), ...rows.map(fromRow)].filter(
    (p) => (!q.placement || offeredIn(q.placement, p)) && (!q.section || p.section === q.section),
  );
}

/** `builtin:<code>` or an id the user may use; not_found otherwise. */
export async function resolvePreprompt(db: DbOrTx, actor: Actor, ref: string): Promise<ResolvedPreprompt> {
  if (ref.startsWith('builtin:')) {
    const p = BUILT_IN_PREPROMPTS.find((b) => `builtin:${b.code}` === ref);
    if (!p) throw notFound('Pre-prompt');
    return fromBuiltIn(p);
  }
  if (!/^[0-9a-f-]{36}$/i.test(ref)) throw notFound('Pre-prompt');
  const [row] = await db
    .select()
    .from(copilotPreprompts)
    .where(and(usable(actor), eq(copilotPreprompts.id, ref)));
  if (!row) throw notFound('Pre-prompt');
  return fromRow(row);
}

function assertMayWrite(actor: Actor, scope: 'account' | 'personal', ownerId: string | null) {
  if (scope === 'account') requireAdmin(actor);
  else if (ownerId !== actor.userId) throw notFound('Pre-prompt');
}

export async function createPreprompt(db: DbOrTx, actor: Actor, input: PrepromptIn) {
  assertMayWrite(actor, input.scope, actor.userId);
  assertTemplate(input.template);
  const id = newId();
  const ownerId = input.scope === 'personal' ? actor.userId : null;
  await conflictOnDuplicate(`A pre-prompt with the code ${input.code} already exists`, () =>
    db.transaction(async (tx) => {
      await tx.insert(copilotPreprompts).values({
        id,
        accountId: actor.accountId,
        scope: input.scope,
        ownerId,
        code: input.code,
        title: input.title,
        placement: input.placement,
        section: input.section,
        template: input.template,
        createdBy: actor.userId,
      });
      await tx.insert(copilotPrepromptVersions).values({
        prepromptId: id,
        version: 1,
        accountId: actor.accountId,
        title: input.title,
        template: input.template,
        createdBy: actor.userId,
      });
    }),
  );
  return resolvePreprompt(db, actor, id);
}

async function ownRow(db: DbOrTx, actor: Actor, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(copilotPreprompts)
    .where(and(usable(actor), eq(copilotPreprompts.id, id)));
  if (!row) throw notFound('Pre-prompt');
  assertMayWrite(actor, row.scope, row.ownerId);
  return row;
}

/** An edit is a new version; the old ones stay readable (and feedback keeps pointing at them). */
export async function updatePreprompt(
  db: DbOrTx,
  actor: Actor,
  id: string,
  patch: { title?: string; template?: string; version: number },
) {
  if (patch.template !== undefined) assertTemplate(patch.template);
  const row = await ownRow(db, actor, id);
  const next = row.version + 1;
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(copilotPreprompts)
      .set({
        title: patch.title ?? row.title,
        template: patch.template ?? row.template,
        version: next,
        updatedAt: sql`now()`,
      })
      .where(and(eq(copilotPreprompts.id, id), eq(copilotPreprompts.version, patch.version)))
      .returning({ id: copilotPreprompts.id });
    if (!updated.length)
      throw new AppError(
        'version_conflict',
        'Someone changed this pre-prompt meanwhile; reload and try again',
        {
          currentVersion: row.version,
        },
      );
    await tx.insert(copilotPrepromptVersions).values({
      prepromptId: id,
      version: next,
      accountId: actor.accountId,
      title: patch.title ?? row.title,
      template: patch.template ?? row.template,
      createdBy: actor.userId,
    });
  });
  return resolvePreprompt(db, actor, id);
}

export async function archivePreprompt(db: DbOrTx, actor: Actor, id: string) {
  await ownRow(db, actor, id);
  await db.update(copilotPreprompts).set({ archivedAt: sql`now()` }).where(eq(copilotPreprompts.id, id));
}

export async function listVersions(db: DbOrTx, actor: Actor, id: string) {
  await resolvePreprompt(db, actor, id);
  return db
    .select({
      version: copilotPrepromptVersions.version,
      title: copilotPrepromptVersions.title,
      template: copilotPrepromptVersions.template,
      createdAt: copilotPrepromptVersions.createdAt,
    })
    .from(copilotPrepromptVersions)
    .where(eq(copilotPrepromptVersions.prepromptId, id))
    .orderBy(asc(copilotPrepromptVersions.version));
}
