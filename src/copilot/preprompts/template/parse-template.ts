import { type Expr, parseExpression } from './expression.js';
import { unknownName } from './markers.js';
import { TemplateError } from './template.errors.js';

export type Part = { t: 'lit'; s: string } | { t: 'marker'; name: string } | { t: 'role'; open: boolean };
export type Node =
  | { kind: 'line'; parts: Part[] }
  | { kind: 'if'; branches: { cond: Expr | null; body: Node[] }[] }
  | { kind: 'switch'; operand: Expr; cases: { value: string | null; body: Node[] }[] }
  | { kind: 'set'; what: 'temperature' | 'tokens'; value: number };
export type Template = { nodes: Node[]; markers: string[] };

const DIRECTIVE = /^(\s*)@([A-Za-z]+)\s*(?:\((.*)\))?\s*$/;
const SETTINGS = {
  setTemperature: { what: 'temperature', min: 0, max: 2, integer: false },
  setTokens: { what: 'tokens', min: 1, max: 100_000, integer: true },
} as const;

/** One text line: literal text, `{marker}`s and `{role}`/`{/role}`. `\{` and `\}` are literal braces. */
function parseLine(text: string, line: number, markers: Set<string>): Part[] {
  const parts: Part[] = [];
  let lit = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && (text[i + 1] === '{' || text[i + 1] === '}')) {
      lit += text[++i];
      continue;
    }
    if (c !== '{') {
      lit += c;
      continue;
    }
    const close = text.indexOf('}', i);
    if (close < 0) throw new TemplateError('Unterminated "{": close it with "}" or write \\{', line, i + 1);
    const name = text.slice(i + 1, close).trim();
    if (lit) parts.push({ t: 'lit', s: lit });
    lit = '';
    if (name === 'role' || name === '/role') parts.push({ t: 'role', open: name === 'role' });
    else {
      const why = unknownName(name, false);
      if (why) throw new TemplateError(why, line, i + 1, name);
      markers.add(name);
      parts.push({ t: 'marker', name });
    }
    i = close;
  }
  if (lit) parts.push({ t: 'lit', s: lit });
  return parts;
}

type Frame =
  | { kind: 'root'; body: Node[] }
  | { kind: 'if'; node: Extract<Node, { kind: 'if' }>; line: number; col: number; sawElse: boolean }
  | {
      kind: 'switch';
      node: Extract<Node, { kind: 'switch' }>;
      line: number;
      col: number;
      sawDefault: boolean;
    };

const bodyOf = (f: Frame): Node[] | undefined =>
  f.kind === 'root' ? f.body : f.kind === 'if' ? f.node.branches.at(-1)!.body : f.node.cases.at(-1)?.body;

/**
 * Parses a pre-prompt template. Directives (`@if(…)`, `@else`, `@endif`, `@switch(…)`, `@case(…)`,
 * `@default`, `@endswitch`, `@setTemperature(n)`, `@setTokens(n)`) stand on their own line; a line
 * starting with `@@` is literal text starting with `@`. Throws a TemplateError with line and column.
 */
export function parseTemplate(source: string): Template {
  const markers = new Set<string>();
  const stack: Frame[] = [{ kind: 'root', body: [] }];
  const top = () => stack.at(-1)!;
  let roleOpen: { line: number; col: number } | undefined;
  source.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    const d = DIRECTIVE.exec(text);
    if (!d || text.trimStart().startsWith('@@')) {
      const body = bodyOf(top());
      const literal = text.trimStart().startsWith('@@') ? text.replace('@@', '@') : text;
      const parts = parseLine(literal, line, markers);
      parts.forEach((p) => {
        if (p.t !== 'role') return;
        const col = text.indexOf(p.open ? '{role}' : '{/role}') + 1;
        if (p.open && roleOpen) throw new TemplateError('A {role} block cannot contain another', line, col);
        if (!p.open && !roleOpen) throw new TemplateError('{/role} without {role}', line, col);
        roleOpen = p.open ? { line, col } : undefined;
      });
      if (!body) {
        if (text.trim()) throw new TemplateError('Text before the first @case', line, 1);
        return;
      }
      body.push({ kind: 'line', parts });
      return;
    }
    const [, indent = '', name = '', arg] = d;
    const col = indent.length + 1;
    const argCol = text.indexOf('(') + 2;
    const f = top();
    const needArg = (what: string) => {
      if (arg === undefined || !arg.trim())
        throw new TemplateError(`@${name} needs ${what} in parentheses`, line, col);
      return arg;
    };
    const noArg = () => {
      if (arg !== undefined) throw new TemplateError(`@${name} takes no arguments`, line, argCol);
    };
    switch (name) {
      case 'if': {
        const node: Extract<Node, { kind: 'if' }> = {
          kind: 'if',
          branches: [{ cond: parseExpression(needArg('a condition'), line, argCol), body: [] }],
        };
        const body = bodyOf(f);
        if (!body) throw new TemplateError('@if before the first @case', line, col);
        body.push(node);
        stack.push({ kind: 'if', node, line, col, sawElse: false });
        return;
      }
      case 'elseif':
      case 'else': {
        if (f.kind !== 'if') throw new TemplateError(`@${name} without @if`, line, col);
        if (f.sawElse) throw new TemplateError(`@${name} after @else`, line, col);
        if (name === 'else') {
          noArg();
          f.sawElse = true;
        }
        f.node.branches.push({
          cond: name === 'else' ? null : parseExpression(needArg('a condition'), line, argCol),
          body: [],
        });
        return;
      }
      case 'endif':
        noArg();
        if (f.kind !== 'if') throw new TemplateError('@endif without @if', line, col);
        stack.pop();
        return;
      case 'switch': {
        const node: Extract<Node, { kind: 'switch' }> = {
          kind: 'switch',
          operand: parseExpression(needArg('what to switch on'), line, argCol),
          cases: [],
        };
        const body = bodyOf(f);
        if (!body) throw new TemplateError('@switch before the first @case', line, col);
        body.push(node);
        stack.push({ kind: 'switch', node, line, col, sawDefault: false });
        return;
      }
      case 'case':
      case 'default': {
        if (f.kind !== 'switch') throw new TemplateError(`@${name} outside @switch`, line, col);
        if (f.sawDefault) throw new TemplateError(`@${name} after @default`, line, col);
        let value: string | null = null;
        if (name === 'case') {
          const raw = needArg('a value').trim();
          value = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
        } else {
          noArg();
          f.sawDefault = true;
        }
        f.node.cases.push({ value, body: [] });
        return;
      }
      case 'endswitch':
        noArg();
        if (f.kind !== 'switch') throw new TemplateError('@endswitch without @switch', line, col);
        stack.pop();
        return;
      case 'setTemperature':
      case 'setTokens': {
        const s = SETTINGS[name];
        const raw = needArg('a number').trim();
        const value = Number(raw);
        if (
          !/^\d+(\.\d+)?$/.test(raw) ||
          value < s.min ||
          value > s.max ||
          (s.integer && !Number.isInteger(value))
        )
          throw new TemplateError(
            `@${name} needs ${s.integer ? 'a whole number' : 'a number'} from ${s.min} to ${s.max}`,
            line,
            argCol,
          );
        const body = bodyOf(f);
        if (!body) throw new TemplateError(`@${name} before the first @case`, line, col);
        body.push({ kind: 'set', what: s.what, value });
        return;
      }
      default:
        throw new TemplateError(`Unknown directive @${name}`, line, col);
    }
  });
  const open = top();
  if (open.kind === 'if') throw new TemplateError('@if without @endif', open.line, open.col);
  if (open.kind === 'switch') throw new TemplateError('@switch without @endswitch', open.line, open.col);
  if (roleOpen) throw new TemplateError('{role} without {/role}', roleOpen.line, roleOpen.col);
  return { nodes: (stack[0] as { body: Node[] }).body, markers: [...markers] };
}
