import type { STAGE_KINDS } from '../../store/schema/index.js';

type Placed = { id: string; sort: number; kind: (typeof STAGE_KINDS)[number] };

/** The gap between consecutive stages after renumbering, leaving room to reason about positions. */
export const SORT_STEP = 10;

/**
 * The pipeline order after placing `moved` among `others`. With a `sort`, it goes before the first stage
 * whose sort is at least that value; without one, an open stage goes after the last open stage (so it
 * lands before Won/Lost) and a closed stage at the end.
 */
export function arrangeStages(others: readonly Placed[], moved: Placed, sort: number | undefined): string[] {
  const ordered = [...others].sort((a, b) => a.sort - b.sort);
  let at: number;
  if (sort !== undefined) at = ordered.findIndex((s) => s.sort >= sort);
  else if (moved.kind === 'open') at = ordered.findLastIndex((s) => s.kind === 'open') + 1;
  else at = -1;
  if (at < 0) at = ordered.length;
  ordered.splice(at, 0, moved);
  return ordered.map((s) => s.id);
}

/** A stage key derived from its name: `Demo scheduled` → `demo_scheduled`, unique among `taken`. */
export function keyFor(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  // A key starts with a letter; slicing must not leave a trailing underscore.
  const base = (/^[0-9]/.test(slug) ? `stage_${slug}` : slug || 'stage').slice(0, 40).replace(/_+$/, '');
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}
