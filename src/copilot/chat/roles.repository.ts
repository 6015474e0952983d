import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { DbOrTx } from '../../store/database.js';
import { copilotRoles } from '../../store/schema/index.js';
import { BUILT_IN_ROLES } from './built-in-roles.js';
import type { RoleIn, RoleOut, RoleUpdate } from './chat.schema.js';

type Row = typeof copilotRoles.$inferSelect;

const fromRow = (actor: Actor, r: Row): RoleOut => ({
  ref: r.id,
  id: r.id,
  scope: r.scope,
  name: r.name,
  description: r.description,
  instructions: r.instructions,
  editable: r.scope === 'personal' ? r.ownerId === actor.userId : actor.role === 'admin',
});

const usable = (actor: Actor) =>
  and(
    eq(copilotRoles.accountId, actor.accountId),
    or(eq(copilotRoles.scope, 'account'), eq(copilotRoles.ownerId, actor.userId)),
  );

export async function listRoles(db: DbOrTx, actor: Actor): Promise<RoleOut[]> {
  const rows = await db.select().from(copilotRoles).where(usable(actor)).orderBy(asc(copilotRoles.name));
  return [
    ...BUILT_IN_ROLES.map((r) => ({
      ref: `builtin:${r.code}`,
      id: null,
      scope: 'builtin' as const,
      name: r.name,
      description: r.description,
      instructions: r.instructions,
      editable: false,
    })),
    ...rows.map((r) => fromRow(actor, r)),
  ];
}

export async function resolveRole(db: DbOrTx, actor: Actor, ref: string): Promise<RoleOut> {
  const found = ref.startsWith('builtin:')
    ? (await listRoles(db, actor)).find((r) => r.ref === ref)
    : /^[0-9a-f-]{36}$/i.test(ref)
      ? (
          await db
            .select()
            .from(copilotRoles)
            .where(and(usable(actor), eq(copilotRoles.id, ref)))
        ).map((r) => fromRow(actor, r))[0]
      : undefined;
  if (!found) throw notFound('Role');
  return found;
}

export async function createRole(db: DbOrTx, actor: Actor, input: z.infer<typeof RoleIn>) {
  if (input.scope === 'account') requireAdmin(actor);
  const [row] = await db
    .insert(copilotRoles)
    .values({
      id: newId(),
      accountId: actor.accountId,
      scope: input.scope,
      ownerId: input.scope === 'personal' ? actor.userId : null,
      name: input.name,
      description: input.description,
      instructions: input.instructions,
      createdBy: actor.userId,
    })
    .returning();
  return fromRow(actor, row!);
}

async function editable(db: DbOrTx, actor: Actor, id: string) {
  const role = await resolveRole(db, actor, id);
  if (!role.editable) {
    if (role.scope === 'account') requireAdmin(actor);
    throw notFound('Role');
  }
}

export async function updateRole(db: DbOrTx, actor: Actor, id: string, patch: z.infer<typeof RoleUpdate>) {
  await editable(db, actor, id);
  const [row] = await db
    .update(copilotRoles)
    .set({ ...patch, updatedAt: sql`now()`, version: sql`${copilotRoles.version} + 1` })
    .where(eq(copilotRoles.id, id))
    .returning();
  return fromRow(actor, row!);
}

export async function deleteRole(db: DbOrTx, actor: Actor, id: string) {
  await editable(db, actor, id);
  await db.delete(copilotRoles).where(eq(copilotRoles.id, id));
}
