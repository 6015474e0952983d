/** Estimated tokens of a text: a quarter of its characters, rounded up. */
export const estimateTokens = (text: string) => Math.ceil(text.length / 4);

/**
 * How many of the newest `lines` fit in `freeTokens` when their block appears `slots` times. Only the
 * newest run counts: an older message is never kept when a newer one was dropped, so the context has no
 * gaps.
 */
export function fitContext(lines: string[], freeTokens: number, slots: number): number {
  let chars = 0;
  let kept = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    // +1 for the newline that joins it to the next one, or ends the line the block stands on.
    const next = chars + lines[i]!.length + 1;
    if (slots * Math.ceil(next / 4) > freeTokens) break;
    chars = next;
    kept++;
  }
  return kept;
}
