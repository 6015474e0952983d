import { unknownName } from './markers.js';
import { TemplateError } from './template.errors.js';

/** A condition of `@if(…)` or the operand of `@switch(…)`: parsed once, evaluated per render. */
export type Expr =
  | { op: 'name'; name: string }
  | { op: 'lit'; value: string }
  | { op: 'not'; arg: Expr }
  | { op: '==' | '!=' | 'contains' | '&&' | '||'; left: Expr; right: Expr };

type Token = { kind: 'name' | 'str' | 'num' | 'op'; text: string; col: number };

const TOKEN =
  /\s*(?:(&&|\|\||==|!=|!|\(|\))|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w.]*))/y;

function tokenize(src: string, line: number, col: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const start = TOKEN.lastIndex;
    if (/^\s*$/.test(src.slice(start))) break;
    const m = TOKEN.exec(src);
    if (!m) {
      const at = start + (src.slice(start).length - src.slice(start).trimStart().length);
      throw new TemplateError(`Unexpected "${src[at]}" in condition`, line, col + at);
    }
    const at = col + m.index + (m[0].length - m[0].trimStart().length);
    if (m[1]) tokens.push({ kind: 'op', text: m[1], col: at });
    else if (m[2]) tokens.push({ kind: 'str', text: m[2].slice(1, -1).replace(/\\(.)/g, '$1'), col: at });
    else if (m[3]) tokens.push({ kind: 'num', text: m[3], col: at });
    else if (m[4] === 'contains') tokens.push({ kind: 'op', text: 'contains', col: at });
    else tokens.push({ kind: 'name', text: m[4] ?? '', col: at });
  }
  return tokens;
}

/** Parses `engine.code == "local" && !user_message`; `col` is where the expression starts. */
export function parseExpression(src: string, line: number, col: number): Expr {
  const tokens = tokenize(src, line, col);
  let i = 0;
  const end = col + src.length;
  const fail = (msg: string, t?: Token): never => {
    throw new TemplateError(msg, line, t?.col ?? end);
  };
  const peek = () => tokens[i];
  const binary = (next: () => Expr, ops: string[]) => (): Expr => {
    let left = next();
    while (peek()?.kind === 'op' && ops.includes(peek()!.text)) {
      const op = tokens[i++]!.text as '&&';
      left = { op, left, right: next() };
    }
    return left;
  };
  const primary = (): Expr => {
    const t = tokens[i++];
    if (!t) return fail('The condition ends too early');
    if (t.kind === 'op' && t.text === '(') {
      const inner = or();
      if (peek()?.text !== ')') fail('Missing ")"', peek());
      i++;
      return inner;
    }
    if (t.kind === 'str' || t.kind === 'num') return { op: 'lit', value: t.text };
    if (t.kind === 'name') {
      const why = unknownName(t.text, true);
      if (why) fail(why, t);
      return { op: 'name', name: t.text };
    }
    return fail(`Unexpected "${t.text}"`, t);
  };
  const not = (): Expr => {
    if (peek()?.kind === 'op' && peek()!.text === '!') {
      i++;
      return { op: 'not', arg: not() };
    }
    const left = primary();
    const t = peek();
    if (t?.kind === 'op' && ['==', '!=', 'contains'].includes(t.text)) {
      i++;
      return { op: t.text as '==', left, right: primary() };
    }
    return left;
  };
  const and = binary(not, ['&&']);
  const or = binary(and, ['||']);
  if (!tokens.length) fail('Empty condition');
  const expr = or();
  if (i < tokens.length) fail(`Unexpected "${tokens[i]!.text}"`, tokens[i]);
  return expr;
}

export function evaluate(e: Expr, lookup: (name: string) => string): string | boolean {
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
      return String(evaluate(e.left, lookup)) === String(evaluate(e.right, lookup));
    case '!=':
      return String(evaluate(e.left, lookup)) !== String(evaluate(e.right, lookup));
    case 'contains':
      return String(evaluate(e.left, lookup))
        .toLowerCase()
        .includes(String(evaluate(e.right, lookup)).toLowerCase());
  }
}

export const truthy = (v: string | boolean) => (typeof v === 'boolean' ? v : v.trim().length > 0);
