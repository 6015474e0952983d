import { parseTemplate } from './parse-template.js';
import { TemplateError } from './template.errors.js';

export type TemplateCheck =
  | { ok: true }
  | { ok: false; error: { message: string; line: number; column: number } };

/** Whether a template parses, and if not what is wrong and where (for editors and imports). */
export function validateTemplate(source: string): TemplateCheck {
  try {
    parseTemplate(source);
    return { ok: true };
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return { ok: false, error: { message: e.message, line: e.line, column: e.column } };
  }
}
