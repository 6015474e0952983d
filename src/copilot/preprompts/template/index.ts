/**
 * The pre-prompt template language. Markers `{original_message}`, `{user_message}`,
 * `{author_message}`, `{context_messages}`, `{language}`, `{author.<field>}`, `{current_result_0..2}`;
 * `{role}…{/role}` marks system instructions; directives on their own line: `@if(cond)` / `@elseif`
 * / `@else` / `@endif`, `@switch(x)` / `@case(v)` / `@default` / `@endswitch`, `@setTemperature(n)`,
 * `@setTokens(n)`. Conditions compare `engine.code`, `engine.category`, `engine.model`, `module`,
 * `section` and markers with `==`, `!=`, `contains`, `&&`, `||`, `!` and parentheses. Escapes: `\{`
 * and `\}` are literal braces; a line starting with `@@` is text starting with `@`.
 */
import { parseTemplate, type Template } from './parse-template.js';
import { TemplateError } from './template.errors.js';

export { KNOWN_MARKERS } from './markers.js';
export { parseTemplate, type Template } from './parse-template.js';
export { type RenderInput, type RenderResult, renderTemplate } from './render-template.js';
export { TemplateError } from './template.errors.js';

export function validateTemplate(
  source: string,
): { ok: true } | { ok: false; error: { message: string; line: number; column: number } } {
  try {
    parseTemplate(source);
    return { ok: true };
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return { ok: false, error: { message: e.message, line: e.line, column: e.column } };
  }
}

/** The markers a template uses (to know, for example, whether context must be loaded). */
export const usedMarkers = (t: Template): string[] => t.markers;
