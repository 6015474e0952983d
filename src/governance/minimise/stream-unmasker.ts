import type { PlaceholderVault } from './placeholder-vault.js';

/**
 * Restores placeholders in a streamed answer as it arrives. A delta may end inside a placeholder
 * ("… [PERS"), so the tail after the last "[" is held back while it can still become a placeholder the
 * vault issued; that tail is never longer than the longest placeholder, and is released as soon as it
 * cannot. Output pieces joined equal `vault.unmask` of the whole text, however it was split: a cut is
 * only made before a "[" that starts no pending placeholder, and a placeholder contains no other "[".
 */
export class StreamUnmasker {
  readonly #vault: PlaceholderVault;
  #held = '';

  constructor(vault: PlaceholderVault) {
    this.#vault = vault;
  }

  /** Text that is safe to show now, placeholders restored. */
  push(delta: string): string {
    const text = this.#held + delta;
    const open = text.lastIndexOf('[');
    const tail = open >= 0 ? text.slice(open) : '';
    if (tail !== '' && !tail.includes(']') && this.#vault.startsPlaceholder(tail)) {
      this.#held = tail;
      return this.#vault.unmask(text.slice(0, open));
    }
    this.#held = '';
    return this.#vault.unmask(text);
  }

  /** The rest at the end of the stream (an unfinished placeholder stays as it was written). */
  flush(): string {
    const rest = this.#held;
    this.#held = '';
    return this.#vault.unmask(rest);
  }
}
