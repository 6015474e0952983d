import type { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { requireAdmin } from '../../shared/require-admin.js';
import type { Database } from '../../store/database.js';
import type { PrepromptExport, PrepromptImportIn } from './preprompt.schema.js';
import { createPreprompt, listPreprompts, updatePreprompt } from './preprompts.repository.js';
import { validateTemplate } from './template/index.js';

/** The account's (admins) or your own pre-prompts as a file another account can import. */
export async function exportPreprompts(
  db: Database,
  actor: Actor,
  scope: 'account' | 'personal',
): Promise<z.infer<typeof PrepromptExport>> {
  if (scope === 'account') requireAdmin(actor);
  const all = await listPreprompts(db, actor, {});
  return {
    format: 'cohelm.preprompts/v1',
    preprompts: all
      .filter((p) => p.scope === scope)
      .map((p) => ({
        code: p.code,
        title: p.title,
        placement: p.placement as never,
        section: p.section,
        template: p.template,
      })),
  };
}

/**
 * Imports a file: every template is checked first and nothing is written if one is bad (the error
 * names the pre-prompt, line and column). A code that exists gets a new version.
 */
export async function importPreprompts(db: Database, actor: Actor, file: z.infer<typeof PrepromptImportIn>) {
  if (file.scope === 'account') requireAdmin(actor);
  file.preprompts.forEach((p, index) => {
    const checked = validateTemplate(p.template);
    if (!checked.ok)
      throw new AppError(
        'template_invalid',
        `${p.code}: ${checked.error.message} (line ${checked.error.line}, column ${checked.error.column})`,
        {
          index,
          code: p.code,
          line: checked.error.line,
          column: checked.error.column,
        },
      );
  });
  const codes = file.preprompts.map((p) => p.code);
  const twice = codes.find((c, i) => codes.indexOf(c) !== i);
  if (twice) throw new AppError('validation_failed', `The file has the code ${twice} twice`);
  return db.transaction(async (tx) => {
    const existing = new Map(
      (await listPreprompts(tx, actor, {})).filter((p) => p.scope === file.scope).map((p) => [p.code, p]),
    );
    let created = 0;
    let updated = 0;
    for (const p of file.preprompts) {
      const current = existing.get(p.code);
      if (current?.id) {
        if (current.template !== p.template || current.title !== p.title) {
          await updatePreprompt(tx, actor, current.id, {
            title: p.title,
            template: p.template,
            version: current.version,
          });
          updated++;
        }
      } else {
        await createPreprompt(tx, actor, { ...p, scope: file.scope });
        created++;
      }
    }
    return { created, updated, unchanged: file.preprompts.length - created - updated };
  });
}
