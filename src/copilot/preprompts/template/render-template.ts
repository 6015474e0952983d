import { evaluate, truthy } from './expression.js';
import type { Node, Template } from './parse-template.js';

export type ContextMessage = { author?: string; text: string; at?: string };

export type RenderInput = {
  engine: { code: string; category: string; model: string; contextWindowTokens: number };
  module: string;
  section: 'create' | 'edit';
  markers: {
    original_message?: string;
    user_message?: string;
    author_message?: string;
    language?: string;
    current_results?: string[];
  };
  author?: Record<string, string | undefined>;
  contextMessages?: ContextMessage[];
  /** Tokens kept free for the answer; 1024 unless given. */
  reserveTokens?: number;
};

export type RenderResult = {
  system: string | null;
  prompt: string;
  temperature?: number;
  maxTokens?: number;
};

const tokens = (s: string) => Math.ceil(s.length / 4);
const asLine = (m: ContextMessage) => (m.author ? `${m.author}: ${m.text}` : m.text);

function lookupFor(input: RenderInput, context: string) {
  const values: Record<string, string> = {
    'engine.code': input.engine.code,
    'engine.category': input.engine.category,
    'engine.model': input.engine.model,
    module: input.module,
    section: input.section,
    original_message: input.markers.original_message ?? '',
    user_message: input.markers.user_message ?? '',
    author_message: input.markers.author_message ?? '',
    language: input.markers.language ?? '',
    context_messages: context,
  };
  (input.markers.current_results ?? []).slice(0, 3).forEach((r, i) => {
    values[`current_result_${i}`] = r;
  });
  return (name: string) =>
    name.startsWith('author.') ? (input.author?.[name.slice(7)] ?? '') : (values[name] ?? '');
}

function once(t: Template, input: RenderInput, context: string, conditionContext: string): RenderResult {
  const value = lookupFor(input, context);
  // Conditions see whether there is any context, not whether it fitted.
  const condition = lookupFor(input, conditionContext);
  const out = { system: [] as string[], prompt: '' };
  let role: string | null = null;
  const settings: { temperature?: number; maxTokens?: number } = {};
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.kind === 'line') {
        for (const p of n.parts) {
          if (p.t === 'role') {
            if (p.open) role = '';
            else {
              out.system.push(role ?? '');
              role = null;
            }
          } else {
            const s = p.t === 'lit' ? p.s : value(p.name);
            if (role !== null) role += s;
            else out.prompt += s;
          }
        }
        if (role !== null) role += '\n';
        else out.prompt += '\n';
      } else if (n.kind === 'if') {
        const branch = n.branches.find((b) => b.cond === null || truthy(evaluate(b.cond, condition)));
        if (branch) walk(branch.body);
      } else if (n.kind === 'switch') {
        const v = String(evaluate(n.operand, condition));
        const hit =
          n.cases.find((c) => c.value !== null && c.value === v) ?? n.cases.find((c) => c.value === null);
        if (hit) walk(hit.body);
      } else if (n.kind === 'set') {
        if (n.what === 'temperature') settings.temperature = n.value;
        else settings.maxTokens = n.value;
      }
    }
  };
  walk(t.nodes);
  const tidy = (s: string) =>
    s
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  const system = out.system.map(tidy).filter(Boolean).join('\n\n');
  return { system: system || null, prompt: tidy(out.prompt), ...settings };
}

/**
 * Renders a parsed template for one request. `{context_messages}` gets the newest messages that fit
 * the technology's window after the rest of the prompt and the reserve for the answer, oldest first.
 * Missing values render empty; rendering never throws.
 */
export function renderTemplate(t: Template, input: RenderInput): RenderResult {
  const all = input.contextMessages ?? [];
  const any = all.map(asLine).join('\n');
  if (!t.markers.includes('context_messages') || !all.length) return once(t, input, '', any);
  const without = once(t, input, '', any);
  const budget =
    input.engine.contextWindowTokens -
    tokens((without.system ?? '') + without.prompt) -
    (input.reserveTokens ?? 1024);
  const kept: string[] = [];
  let used = 0;
  for (let i = all.length - 1; i >= 0; i--) {
    const line = asLine(all[i]!);
    const cost = tokens(line) + 1;
    if (used + cost > budget) break;
    kept.unshift(line);
    used += cost;
  }
  return once(t, input, kept.join('\n'), any);
}
