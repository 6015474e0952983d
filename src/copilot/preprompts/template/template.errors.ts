/**
 * A template that cannot be parsed. `line` and `column` (1-based) point at the offending token; `message`
 * says what is wrong without repeating where, so a UI can show both side by side.
 */
export class TemplateError extends Error {
  override name = 'TemplateError';
  readonly code = 'template_invalid';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    /** The marker or name the error is about, when it is about one. */
    readonly marker?: string,
  ) {
    super(message);
  }
}
