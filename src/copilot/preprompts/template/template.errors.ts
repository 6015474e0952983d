/** A template that cannot be parsed: what is wrong and where (1-based line and column). */
export class TemplateError extends Error {
  override name = 'TemplateError';
  readonly code = 'template_invalid';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly marker?: string,
  ) {
    super(message);
  }
}
