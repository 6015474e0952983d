/**
 * The pre-prompt template language.
 *
 * Markers, in braces: `{original_message}`, `{user_message}`, `{author_message}`, `{context_messages}`,
 * `{language}`, `{current_result_0}` to `{current_result_2}` and `{author.<field>}` (see KNOWN_MARKERS).
 * `{role}…{/role}` encloses system instructions; it may span lines but not nest, and closes in the
 * `@if`/`@case` branch it opened in.
 *
 * Directives stand alone on a line, which renders nothing: `@if(cond)`, `@elseif(cond)`, `@else`,
 * `@endif`; `@switch(x)`, `@case(value)`, `@default`, `@endswitch`; `@setTemperature(0..2)` and
 * `@setTokens(1..100000)`, which count only in a branch that is taken (the last one taken wins).
 * Conditions read `engine.code`, `engine.category`, `engine.model`, `module`, `section` and the markers,
 * with `==`, `!=`, `contains` (ignoring case), `&&`, `||`, `!` and parentheses; a bare name is true when
 * not blank.
 *
 * Escapes: `\{` and `\}` are literal braces (a lone `}` is literal too); a line whose first non-blank
 * characters are `@@` is text starting with `@`. Any other line starting with `@` and a letter is a
 * directive, so an unknown one is an error rather than silently text.
 *
 * A line made only of markers that render empty leaves no blank line; other text renders as written, and
 * the prompt and each role block are trimmed.
 */
export { AUTHOR_FIELDS, CONDITION_NAMES, KNOWN_MARKERS } from './markers.js';
export { parseTemplate, type Template, usedMarkers } from './parse-template.js';
export {
  type ContextMessage,
  type RenderInput,
  type RenderResult,
  renderTemplate,
} from './render-template.js';
export { TemplateError } from './template.errors.js';
export { type TemplateCheck, validateTemplate } from './validate-template.js';
