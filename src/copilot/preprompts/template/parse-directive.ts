import { unescapeQuoted } from './expression.js';
import { TemplateError } from './template.errors.js';

const DIRECTIVES = [
  'if',
  'elseif',
  'else',
  'endif',
  'switch',
  'case',
  'default',
  'endswitch',
  'setTemperature',
  'setTokens',
] as const;
export type DirectiveName = (typeof DIRECTIVES)[number];
/** `arg` is the text between the parentheses and the column of its first character. */
export type Directive = { name: DirectiveName; col: number; arg?: { text: string; col: number } };

/**
 * The directive on a line whose first non-blank characters are `@` and a letter, or undefined for a text
 * line (`@@` starts a text line with a literal `@`). A directive stands alone on its line.
 */
export function splitDirective(text: string, line: number): Directive | undefined {
  const head = /^(\s*)@([A-Za-z]\w*)\s*/.exec(text);
  if (!head) return undefined;
  const col = head[1]!.length + 1;
  const name = DIRECTIVES.find((d) => d === head[2]);
  if (!name)
    throw new TemplateError(
      `Unknown directive @${head[2]}; write @@ to start a line with a literal @`,
      line,
      col,
    );
  let end = head[0].length;
  let arg: Directive['arg'];
  if (text[end] === '(') {
    // The last ")" closes the argument, so one inside quotes (`@case(")")`) needs no escape.
    const close = text.lastIndexOf(')');
    if (close < end) throw new TemplateError(`Missing ")" to close @${name}(`, line, end + 1);
    arg = { text: text.slice(end + 1, close), col: end + 2 };
    end = close + 1;
  }
  const rest = text.slice(end);
  if (rest.trim())
    throw new TemplateError(
      `Unexpected text after @${name}: a directive stands alone on its line`,
      line,
      end + 1 + rest.search(/\S/),
    );
  return { name, col, arg };
}

const SETTINGS = {
  setTemperature: { key: 'temperature', min: 0, max: 2, whole: false },
  setTokens: { key: 'maxTokens', min: 1, max: 100_000, whole: true },
} as const;

/** The value of `@setTemperature(n)` (0 to 2) or `@setTokens(n)` (a whole number from 1 to 100000). */
export function parseSetting(
  name: keyof typeof SETTINGS,
  arg: { text: string; col: number },
  line: number,
): { key: 'temperature' | 'maxTokens'; value: number } {
  const s = SETTINGS[name];
  const raw = arg.text.trim();
  const value = Number(raw);
  const shape = s.whole ? /^\d+$/ : /^(\d+(\.\d*)?|\.\d+)$/;
  if (!shape.test(raw) || value < s.min || value > s.max)
    throw new TemplateError(
      `@${name} needs ${s.whole ? 'a whole number' : 'a number'} from ${s.min} to ${s.max}, not "${raw}"`,
      line,
      arg.col + arg.text.search(/\S/),
    );
  return { key: s.key, value };
}

const CASE_VALUE = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([\w.-]+))\s*$/;

/** The value of `@case(…)`: quoted text, or a bare word or number such as `openai-compatible` or `2`. */
export function parseCaseValue(arg: { text: string; col: number }, line: number): string {
  const m = CASE_VALUE.exec(arg.text);
  if (!m)
    throw new TemplateError(
      '@case needs one value: a word, a number or quoted text',
      line,
      arg.col + arg.text.search(/\S/),
    );
  const quoted = m[1] ?? m[2];
  return quoted === undefined ? m[3]! : unescapeQuoted(quoted);
}
