/**
 * How a test tells the protocol test server what to do: directives inside the last user message,
 * e.g. `<<reply:{"a":1}>>`, `<<status:429:2>>`, `<<cut:3>>`. Whatever is not a directive is echoed.
 */
export type Directives = {
  reply?: string;
  tool?: { name: string; input: string };
  status?: { code: number; retryAfter?: string };
  failFirst?: { key: string; times: number; code: number };
  nonJson?: boolean;
  wrongShape?: boolean;
  slowMs?: number;
  cutAfter?: number;
  truncateAfter?: number;
  hang?: boolean;
  /** The message without directives. */
  rest: string;
};

const RE = /<<([a-z-]+)(?::([\s\S]*?))?>>/g;

export function parseDirectives(text: string): Directives {
  const d: Directives = { rest: text.replace(RE, '').trim() };
  for (const m of text.matchAll(RE)) {
    const [, name, arg = ''] = m;
    const parts = arg.split(':');
    switch (name) {
      case 'reply':
        d.reply = arg;
        break;
      case 'tool': {
        const i = arg.indexOf(':');
        d.tool = { name: arg.slice(0, i), input: arg.slice(i + 1) };
        break;
      }
      case 'status':
        d.status = { code: Number(parts[0]), retryAfter: parts[1] };
        break;
      case 'fail-first':
        d.failFirst = { key: parts[0] ?? '', times: Number(parts[1]), code: Number(parts[2] ?? 503) };
        break;
      case 'nonjson':
        d.nonJson = true;
        break;
      case 'wrongshape':
        d.wrongShape = true;
        break;
      case 'slow':
        d.slowMs = Number(arg);
        break;
      case 'cut':
        d.cutAfter = Number(arg);
        break;
      case 'truncate':
        d.truncateAfter = Number(arg);
        break;
      case 'hang':
        d.hang = true;
        break;
      default:
        throw new Error(`unknown test directive ${name}`);
    }
  }
  return d;
}

/** The answer's text split into stream chunks of a few characters, as real servers send them. */
export const chunksOf = (text: string): string[] => text.match(/.{1,8}/gs) ?? [];
