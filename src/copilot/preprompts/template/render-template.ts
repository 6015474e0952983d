import { evaluate, truthy } from './expression.js';
import { estimateTokens, fitContext } from './fit-context.js';
import type { Node, Template } from './parse-template.js';

export type ContextMessage = { author?: string; text: string; at?: string };

/** What one render needs: the technology that will answer, where the editor is, and the marker values. */
export type RenderInput = {
  engine: { code: string; category: string; model: string; contextWindowTokens: number };
  module: string;
  section: 'create' | 'edit';
  markers: {
    original_message?: string;
    user_message?: string;
    author_message?: string;
    language?: string;
    /** The latest results, most recent first: `{current_result_0}` is the first. */
    current_results?: string[];
  };
  author?: Record<string, string | undefined>;
  /** Oldest first, newest last. */
  contextMessages?: ContextMessage[];
  /** Tokens kept free for the answer; 1024 unless given. */
  reserveTokens?: number;
};

/** `system` is the text of the `{role}` blocks, or null when there are none. */
export type RenderResult = {
  system: string | null;
  prompt: string;
  temperature?: number;
  maxTokens?: number;
};

type Lookup = (name: string) => string;
type Pass = { result: RenderResult; contextSlots: number };

const asLine = (m: ContextMessage) => (m.author ? `${m.author}: ${m.text}` : m.text);

function lookupFor(input: RenderInput, context: string): Lookup {
  const m = input.markers;
  const results = m.current_results ?? [];
  const values: Record<string, string | undefined> = {
    'engine.code': input.engine.code,
    'engine.category': input.engine.category,
    'engine.model': input.engine.model,
    module: input.module,
    section: input.section,
    original_message: m.original_message,
    user_message: m.user_message,
    author_message: m.author_message,
    language: m.language,
    context_messages: context,
    current_result_0: results[0],
    current_result_1: results[1],
    current_result_2: results[2],
  };
  return (name) => {
    const [source, key] = name.startsWith('author.') ? [input.author, name.slice(7)] : [values, name];
    return (source && Object.hasOwn(source, key) ? source[key] : undefined) ?? '';
  };
}

/** One walk over the template: `value` fills markers, `when` answers conditions. */
function renderOnce(template: Template, value: Lookup, when: Lookup): Pass {
  const system: string[] = [];
  let role: string | null = null;
  let prompt = '';
  let contextSlots = 0;
  const settings: { temperature?: number; maxTokens?: number } = {};
  const write = (s: string) => {
    if (role === null) prompt += s;
    else role += s;
  };
  const line = (n: Extract<Node, { kind: 'line' }>) => {
    const pieces = n.parts.map((p) => (p.t === 'text' ? p.s : p.t === 'marker' ? value(p.name) : ''));
    contextSlots += n.parts.filter((p) => p.t === 'marker' && p.name === 'context_messages').length;
    // A line of markers that are all empty (or of role tags only) leaves no blank line behind.
    const vanishes = n.parts.some((p) => p.t !== 'text') && !pieces.join('').trim();
    n.parts.forEach((p, i) => {
      if (p.t !== 'role') {
        if (!vanishes) write(pieces[i]!);
      } else if (p.open) role = '';
      else {
        system.push(role ?? '');
        role = null;
      }
    });
    if (!vanishes) write('\n');
  };
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.kind === 'line') line(n);
      else if (n.kind === 'set') settings[n.key] = n.value;
      else if (n.kind === 'if') {
        const taken = n.branches.find((b) => b.cond === null || truthy(evaluate(b.cond, when)));
        if (taken) walk(taken.body);
      } else {
        const v = String(evaluate(n.operand, when));
        const hit = n.cases.find((c) => c.value === v) ?? n.cases.find((c) => c.value === null);
        if (hit) walk(hit.body);
      }
    }
  };
  walk(template.nodes);
  if (role !== null) system.push(role);
  const joined = system
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n\n');
  return { result: { system: joined || null, prompt: prompt.trim(), ...settings }, contextSlots };
}

const tokensOf = (r: RenderResult) => estimateTokens(r.system ?? '') + estimateTokens(r.prompt);

/**
 * Renders a parsed template for one request; never throws, and missing values render empty.
 * `{context_messages}` gets the newest messages that fit the technology's window once the rest of the
 * prompt and the reserve for the answer are counted, oldest first, one `author: text` per line. When none
 * fits, the template renders as if there were no context messages, conditions included.
 */
export function renderTemplate(template: Template, input: RenderInput): RenderResult {
  const lines = (input.contextMessages ?? []).map(asLine);
  const none = lookupFor(input, '');
  // Conditions see every context message given, so `@if(context_messages)` does not depend on the fit.
  const any = lookupFor(input, lines.join('\n'));
  const bare = renderOnce(template, none, any);
  if (!bare.contextSlots || !lines.length) return bare.result;
  const limit = input.engine.contextWindowTokens - (input.reserveTokens ?? 1024);
  // The estimate can miss by the few characters that trimming and vanishing lines removed from the bare
  // render, so the result is checked and one more old message dropped until it fits.
  for (let kept = fitContext(lines, limit - tokensOf(bare.result), bare.contextSlots); kept > 0; kept--) {
    const { result } = renderOnce(template, lookupFor(input, lines.slice(-kept).join('\n')), any);
    if (tokensOf(result) <= limit) return result;
  }
  return renderOnce(template, none, none).result;
}
