export const AUTHOR_FIELDS = [
  'name',
  'first_name',
  'last_name',
  'email',
  'title',
  'department',
  'language',
] as const;

/** Every marker a template may write in braces (for autocompletion and help). */
export const KNOWN_MARKERS: readonly string[] = [
  'original_message',
  'user_message',
  'author_message',
  'context_messages',
  'language',
  'current_result_0',
  'current_result_1',
  'current_result_2',
  ...AUTHOR_FIELDS.map((field) => `author.${field}`),
];

/** Names only conditions may read: the technology that will answer and where the editor is. */
export const CONDITION_NAMES: readonly string[] = [
  'engine.code',
  'engine.category',
  'engine.model',
  'module',
  'section',
];

/** Why `name` is not a marker (or, in a condition, a condition name); undefined when it is one. */
export function unknownName(name: string, inCondition: boolean): string | undefined {
  if (KNOWN_MARKERS.includes(name) || (inCondition && CONDITION_NAMES.includes(name))) return undefined;
  if (name.startsWith('author.'))
    return `Unknown author field "${name.slice(7)}"; the author has ${AUTHOR_FIELDS.join(', ')}`;
  const near = closest(name, inCondition ? [...KNOWN_MARKERS, ...CONDITION_NAMES] : KNOWN_MARKERS);
  if (inCondition) return `Unknown name "${name}" in the condition${near ? `; did you mean ${near}?` : ''}`;
  return `Unknown marker {${name}}${near ? `; did you mean {${near}}?` : ''}`;
}

// Typos are the usual cause of an unknown marker, so suggest a name at most two edits away.
function closest(name: string, options: readonly string[]): string | undefined {
  if (name.length > 40) return undefined;
  let best: { option: string; distance: number } | undefined;
  for (const option of options) {
    const d = editDistance(name, option);
    if (d <= 2 && (!best || d < best.distance)) best = { option, distance: d };
  }
  return best?.option;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length]!;
}
