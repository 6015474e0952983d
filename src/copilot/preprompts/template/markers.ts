/** Markers a template may use; `author.<field>` takes one of AUTHOR_FIELDS. */
export const KNOWN_MARKERS = [
  'original_message',
  'user_message',
  'author_message',
  'context_messages',
  'language',
  'current_result_0',
  'current_result_1',
  'current_result_2',
] as const;
export const AUTHOR_FIELDS = [
  'name',
  'first_name',
  'last_name',
  'email',
  'title',
  'department',
  'language',
] as const;
/** What conditions may also look at: the technology that will answer and where the editor is. */
export const CONTEXT_NAMES = ['engine.code', 'engine.category', 'engine.model', 'module', 'section'] as const;

/** Why a name is not known, or undefined when it is. */
export function unknownName(name: string, inCondition: boolean): string | undefined {
  if ((KNOWN_MARKERS as readonly string[]).includes(name)) return undefined;
  if (name.startsWith('author.')) {
    const field = name.slice(7);
    return (AUTHOR_FIELDS as readonly string[]).includes(field)
      ? undefined
      : `Unknown author field "${field}" (use ${AUTHOR_FIELDS.join(', ')})`;
  }
  if (inCondition && (CONTEXT_NAMES as readonly string[]).includes(name)) return undefined;
  return inCondition ? `Unknown name "${name}" in condition` : `Unknown marker {${name}}`;
}
