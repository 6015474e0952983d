import { AppError } from '../../shared/errors.js';
import { parseTemplate, usedMarkers, validateTemplate } from './template/index.js';

/** A template that does not parse is refused with where the problem is (400 template_invalid). */
export function assertTemplate(source: string): void {
  const checked = validateTemplate(source);
  if (!checked.ok)
    throw new AppError(
      'template_invalid',
      `${checked.error.message} (line ${checked.error.line}, column ${checked.error.column})`,
      {
        line: checked.error.line,
        column: checked.error.column,
      },
    );
}

/** For the editor in settings: is it valid, where is it not, and which markers it uses. */
export function checkTemplate(source: string) {
  const checked = validateTemplate(source);
  if (!checked.ok) return { ok: false, error: checked.error, markers: [] };
  return { ok: true, markers: usedMarkers(parseTemplate(source)) };
}
