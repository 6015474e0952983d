import { type Expr, MAX_DEPTH, namesOf, parseExpression } from './expression.js';
import { CONDITION_NAMES } from './markers.js';
import { type Directive, parseCaseValue, parseSetting, splitDirective } from './parse-directive.js';
import { type Part, parseLine } from './parse-line.js';
import { TemplateError } from './template.errors.js';

type IfNode = { kind: 'if'; branches: { cond: Expr | null; body: Node[] }[] };
type SwitchNode = { kind: 'switch'; operand: Expr; cases: { value: string | null; body: Node[] }[] };
export type Node =
  | { kind: 'line'; parts: Part[] }
  | IfNode
  | SwitchNode
  | { kind: 'set'; key: 'temperature' | 'maxTokens'; value: number };

/** A parsed template: plain data, parsed once and rendered any number of times. */
export type Template = { nodes: Node[]; markers: string[] };

/** An open `@if` or `@switch`; `final` is set once its `@else` or `@default` is seen. */
type Block = { node: IfNode | SwitchNode; line: number; col: number; final: boolean };
type Arg = NonNullable<Directive['arg']>;

/**
 * Parses a pre-prompt template (the language is described in `index.ts`). Throws a TemplateError that
 * points at the offending token.
 */
export function parseTemplate(source: string): Template {
  const markers = new Set<string>();
  const root: Node[] = [];
  const blocks: Block[] = [];
  // Where the open {role} is, and the branch it opened in: it must close in that same branch.
  let role: { line: number; col: number; body: Node[] } | undefined;

  // Undefined between `@switch` and its first `@case`, where only blank lines may stand.
  const body = (): Node[] | undefined => {
    const node = blocks.at(-1)?.node;
    if (!node) return root;
    return node.kind === 'if' ? node.branches.at(-1)!.body : node.cases.at(-1)?.body;
  };

  const text = (raw: string, line: number) => {
    const at = raw.search(/\S/);
    const parts = raw.startsWith('@@', at)
      ? parseLine(raw, line, at + 2, `${raw.slice(0, at)}@`)
      : parseLine(raw, line);
    const target = body();
    if (!target) {
      if (at >= 0) throw new TemplateError('Text between @switch and its first @case', line, at + 1);
      return;
    }
    for (const p of parts) {
      if (p.t === 'marker') markers.add(p.name);
      if (p.t !== 'role') continue;
      if (p.open && role)
        throw new TemplateError(`{role} inside the {role} opened on line ${role.line}`, line, p.col);
      if (!p.open && !role) throw new TemplateError('{/role} without {role}', line, p.col);
      if (!p.open && role && role.body !== target)
        throw new TemplateError(`{/role} outside the branch of its {role} on line ${role.line}`, line, p.col);
      role = p.open ? { line, col: p.col, body: target } : undefined;
    }
    target.push({ kind: 'line', parts });
  };

  const directive = (d: Directive, line: number) => {
    const { name, col } = d;
    const top = blocks.at(-1);
    const required = (what: string): Arg => {
      if (!d.arg?.text.trim())
        throw new TemplateError(
          `@${name} needs ${what} in parentheses`,
          line,
          d.arg?.col ?? col + name.length + 1,
        );
      return d.arg;
    };
    const condition = (what: string) => {
      const expr = parseExpression(required(what).text, line, d.arg!.col);
      for (const n of namesOf(expr)) if (!CONDITION_NAMES.includes(n)) markers.add(n);
      return expr;
    };
    const noArguments = () => {
      if (d.arg) throw new TemplateError(`@${name} takes no arguments`, line, d.arg.col - 1);
    };
    // The open block a branch or end directive belongs to; the branch before it ends here.
    const enclosing = (kind: 'if' | 'switch'): Block => {
      if (top && top.node.kind !== kind) {
        const end = top.node.kind === 'if' ? '@endif' : '@endswitch';
        const message = `@${name} inside the @${top.node.kind} of line ${top.line}; close that with ${end} first`;
        throw new TemplateError(message, line, col);
      }
      if (!top)
        throw new TemplateError(
          `@${name} ${name === 'case' || name === 'default' ? 'outside' : 'without'} @${kind}`,
          line,
          col,
        );
      if (role && role.body === body())
        throw new TemplateError(`{role} is not closed before @${name} on line ${line}`, role.line, role.col);
      return top;
    };
    const place = (node: Node) => {
      const target = body();
      if (!target) throw new TemplateError(`@${name} between @switch and its first @case`, line, col);
      target.push(node);
    };

    switch (name) {
      case 'if':
      case 'switch': {
        if (blocks.length >= MAX_DEPTH)
          throw new TemplateError(`Blocks are nested more than ${MAX_DEPTH} deep`, line, col);
        const node: IfNode | SwitchNode =
          name === 'if'
            ? { kind: 'if', branches: [{ cond: condition('a condition'), body: [] }] }
            : { kind: 'switch', operand: condition('what to switch on'), cases: [] };
        place(node);
        blocks.push({ node, line, col, final: false });
        return;
      }
      case 'elseif':
      case 'else': {
        const block = enclosing('if');
        if (block.final) throw new TemplateError(`@${name} after @else`, line, col);
        if (name === 'else') noArguments();
        const cond = name === 'else' ? null : condition('a condition');
        (block.node as IfNode).branches.push({ cond, body: [] });
        block.final = name === 'else';
        return;
      }
      case 'case':
      case 'default': {
        const block = enclosing('switch');
        if (block.final) throw new TemplateError(`@${name} after @default`, line, col);
        if (name === 'default') noArguments();
        const value = name === 'case' ? parseCaseValue(required('a value'), line) : null;
        (block.node as SwitchNode).cases.push({ value, body: [] });
        block.final = name === 'default';
        return;
      }
      case 'endif':
      case 'endswitch':
        enclosing(name === 'endif' ? 'if' : 'switch');
        noArguments();
        blocks.pop();
        return;
      case 'setTemperature':
      case 'setTokens':
        place({ kind: 'set', ...parseSetting(name, required('a number'), line) });
        return;
    }
  };

  source.split(/\r?\n/).forEach((line, index) => {
    const d = splitDirective(line, index + 1);
    if (d) directive(d, index + 1);
    else text(line, index + 1);
  });
  const open = blocks.at(-1);
  if (open) {
    const end = open.node.kind === 'if' ? '@endif' : '@endswitch';
    throw new TemplateError(`@${open.node.kind} without ${end}`, open.line, open.col);
  }
  if (role) throw new TemplateError('{role} without {/role}', role.line, role.col);
  return { nodes: root, markers: [...markers] };
}

/** The markers a template reads, in its text or its conditions, in order of first use. */
export const usedMarkers = (template: Template): string[] => [...template.markers];
