import { unknownName } from './markers.js';
import { TemplateError } from './template.errors.js';

/** A piece of a text line. Role tags keep their column so block checks can point at them. */
export type Part =
  | { t: 'text'; s: string }
  | { t: 'marker'; name: string }
  | { t: 'role'; open: boolean; col: number };

/**
 * Splits a text line into text, `{marker}`s and `{role}` / `{/role}` tags, reading from index `from`
 * with `prefix` as text before it (how a leading `@@` becomes `@` without shifting columns).
 * `\{` and `\}` are literal braces; a `}` without its `{` is literal too.
 */
export function parseLine(text: string, line: number, from = 0, prefix = ''): Part[] {
  const parts: Part[] = [];
  let literal = prefix;
  const flush = () => {
    if (literal) parts.push({ t: 'text', s: literal });
    literal = '';
  };
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && (text[i + 1] === '{' || text[i + 1] === '}')) {
      literal += text[++i];
      continue;
    }
    if (c !== '{') {
      literal += c;
      continue;
    }
    const close = text.indexOf('}', i + 1);
    const reopen = text.indexOf('{', i + 1);
    if (close < 0 || (reopen >= 0 && reopen < close))
      throw new TemplateError(
        'Unterminated "{": close the marker with "}" or write \\{ for a brace',
        line,
        i + 1,
      );
    const name = text.slice(i + 1, close).trim();
    flush();
    if (name === 'role' || name === '/role') parts.push({ t: 'role', open: name === 'role', col: i + 1 });
    else {
      const why = unknownName(name, false);
      if (why) throw new TemplateError(why, line, i + 1, name);
      parts.push({ t: 'marker', name });
    }
    i = close;
  }
  flush();
  return parts;
}
