import { unknownName } from './markers.js';
import { TemplateError } from './template.errors.js';

/** A condition of `@if(…)` or the operand of `@switch(…)`: parsed once, evaluated per render. */
export type Expr =
  | { op: 'name'; name: string }
  | { op: 'lit'; value: string }
  | { op: 'not'; arg: Expr }
  | { op: Comparison | '&&' | '||'; left: Expr; right: Expr };
type Comparison = '==' | '!=' | 'contains';

type Token = { kind: 'name' | 'lit' | 'op'; text: string; col: number };

/** Deeper nesting than any real condition needs; the limit keeps the recursion far from the stack's end. */
export const MAX_DEPTH = 32;

const TOKEN =
  /(&&|\|\||==|!=|!|\(|\))|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w.]*)/y;
const COMPARISONS: readonly string[] = ['==', '!=', 'contains'];

export const unescapeQuoted = (s: string) => s.replace(/\\(.)/g, '$1');

function tokenize(src: string, line: number, col: number): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (;;) {
    while (at < src.length && /\s/.test(src[at]!)) at++;
    if (at >= src.length) return tokens;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(src);
    if (!m) throw new TemplateError(`Unexpected "${src[at]}" in the condition`, line, col + at);
    const quoted = m[2] ?? m[3];
    if (m[1]) tokens.push({ kind: 'op', text: m[1], col: col + at });
    else if (quoted !== undefined) tokens.push({ kind: 'lit', text: unescapeQuoted(quoted), col: col + at });
    else if (m[4]) tokens.push({ kind: 'lit', text: m[4], col: col + at });
    else tokens.push({ kind: m[5] === 'contains' ? 'op' : 'name', text: m[5]!, col: col + at });
    at = TOKEN.lastIndex;
  }
}

/**
 * Parses a condition such as `engine.code == "local" && !user_message`; `col` is the column of its first
 * character. `!` applies to a whole comparison, so `!module == "deal"` means "module is not deal".
 */
export function parseExpression(src: string, line: number, col: number): Expr {
  const tokens = tokenize(src, line, col);
  let i = 0;
  let depth = 0;
  const fail = (message: string, t = tokens[i], marker?: string): never => {
    throw new TemplateError(message, line, t?.col ?? col + src.length, marker);
  };
  const isOp = (text: string) => tokens[i]?.kind === 'op' && tokens[i]?.text === text;
  // Called just after the `!` or `(` that opens a level, which is what an error points at.
  const nest = <T>(inner: () => T): T => {
    if (++depth > MAX_DEPTH) fail(`The condition is nested more than ${MAX_DEPTH} deep`, tokens[i - 1]);
    const result = inner();
    depth--;
    return result;
  };
  const or = (): Expr => {
    let left = and();
    while (isOp('||')) {
      i++;
      left = { op: '||', left, right: and() };
    }
    return left;
  };
  const and = (): Expr => {
    let left = unary();
    while (isOp('&&')) {
      i++;
      left = { op: '&&', left, right: unary() };
    }
    return left;
  };
  const unary = (): Expr => {
    if (!isOp('!')) return compare();
    i++;
    return { op: 'not', arg: nest(unary) };
  };
  const compare = (): Expr => {
    const left = primary();
    const t = tokens[i];
    if (t?.kind !== 'op' || !COMPARISONS.includes(t.text)) return left;
    i++;
    return { op: t.text as Comparison, left, right: primary() };
  };
  const primary = (): Expr => {
    const t = tokens[i];
    if (!t) return fail('The condition ends too early');
    i++;
    if (t.kind === 'lit') return { op: 'lit', value: t.text };
    if (t.kind === 'name') {
      const why = unknownName(t.text, true);
      return why ? fail(why, t, t.text) : { op: 'name', name: t.text };
    }
    if (t.text !== '(') return fail(`Unexpected "${t.text}"`, t);
    const inner = nest(or);
    if (!isOp(')')) fail('Missing ")"');
    i++;
    return inner;
  };
  if (!tokens.length) fail('The condition is empty');
  const expr = or();
  if (i < tokens.length) fail(`Unexpected "${tokens[i]!.text}"`);
  return expr;
}

/** The names an expression reads. */
export function namesOf(e: Expr): string[] {
  if (e.op === 'name') return [e.name];
  if (e.op === 'lit') return [];
  if (e.op === 'not') return namesOf(e.arg);
  return [...namesOf(e.left), ...namesOf(e.right)];
}

/** Comparisons compare text; `contains` ignores case, so `engine.model contains "GPT-4"` matches gpt-4o. */
export function evaluate(e: Expr, lookup: (name: string) => string): string | boolean {
  const text = (x: Expr) => String(evaluate(x, lookup));
  switch (e.op) {
    case 'name':
      return lookup(e.name);
    case 'lit':
      return e.value;
    case 'not':
      return !truthy(evaluate(e.arg, lookup));
    case '&&':
      return truthy(evaluate(e.left, lookup)) && truthy(evaluate(e.right, lookup));
    case '||':
      return truthy(evaluate(e.left, lookup)) || truthy(evaluate(e.right, lookup));
    case '==':
      return text(e.left) === text(e.right);
    case '!=':
      return text(e.left) !== text(e.right);
    case 'contains':
      return text(e.left).toLowerCase().includes(text(e.right).toLowerCase());
  }
}

/** A value is true when it is a true comparison or text that is not blank. */
export const truthy = (v: string | boolean) => (typeof v === 'boolean' ? v : v.trim().length > 0);
