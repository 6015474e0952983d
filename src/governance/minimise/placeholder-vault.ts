import { z } from 'zod';
import { PII_TYPES, type PiiMatch, type PiiType } from './pii-types.js';

/** One remembered value: its placeholder, type and the text it replaced (first spelling seen). */
export type VaultEntry = [placeholder: string, type: PiiType, original: string];

/** `[PERSON_1]`, `[POSTAL_ADDRESS_12]`: upper-case type, underscore, number from 1 per type. */
const PLACEHOLDER = /\[([A-Z]+(?:_[A-Z]+)*)_([1-9]\d*)\]/g;
const PLACEHOLDER_ONE = /^\[([A-Z]+(?:_[A-Z]+)*)_([1-9]\d*)\]$/;

const labelOf = (type: PiiType) => type.toUpperCase();
const TYPE_BY_LABEL = new Map(PII_TYPES.map((type) => [labelOf(type), type] as const));

// A persisted mapping comes back from storage untyped.
const vaultJson = z.object({
  entries: z.array(z.tuple([z.string().regex(PLACEHOLDER_ONE), z.enum(PII_TYPES), z.string()])),
});

/**
 * Spellings of one value that must share a placeholder: email addresses ignore case, phone and card
 * numbers are compared by their digits, IBANs by digits and letters (so that two countries' accounts
 * with the same digits never merge), everything else by its words.
 */
function normalise(type: PiiType, value: string): string {
  switch (type) {
    case 'email':
      return value.trim().toLowerCase();
    case 'phone':
    case 'payment_card':
      return value.replace(/\D/g, '');
    case 'iban':
      return value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
    default:
      return value.trim().replace(/\s+/g, ' ');
  }
}

/**
 * Reversible mapping between personal data and placeholders for one conversation or agent run.
 * The same value always gets the same placeholder, so a model can still tell people apart and the
 * answer can be restored; `toJSON`/`fromJSON` carry the mapping between turns.
 */
export class PlaceholderVault {
  readonly #byKey = new Map<string, string>();
  readonly #byPlaceholder = new Map<string, VaultEntry>();
  readonly #next = new Map<PiiType, number>();

  /** Replaces each match (non-overlapping, any order) with its placeholder. */
  mask(text: string, matches: PiiMatch[]): string {
    const ordered = [...matches].sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const match of ordered) {
      if (match.start < at) throw new Error('PlaceholderVault.mask: matches overlap');
      out +=
        text.slice(at, match.start) + this.placeholderFor(match.type, text.slice(match.start, match.end));
      at = match.end;
    }
    return out + text.slice(at);
  }

  /** Restores every placeholder this vault issued; other bracketed text is left as it is. */
  unmask(text: string): string {
    return text.replace(
      PLACEHOLDER,
      (placeholder) => this.#byPlaceholder.get(placeholder)?.[2] ?? placeholder,
    );
  }

  /** The placeholder of a value, issuing the next number of its type the first time. */
  placeholderFor(type: PiiType, value: string): string {
    const key = `${type}\u0000${normalise(type, value)}`;
    let placeholder = this.#byKey.get(key);
    if (!placeholder) {
      const n = (this.#next.get(type) ?? 0) + 1;
      placeholder = `[${labelOf(type)}_${n}]`;
      this.#add([placeholder, type, value], key, n);
    }
    return placeholder;
  }

  /** Whether `fragment` is the beginning of a placeholder this vault issued. */
  startsPlaceholder(fragment: string): boolean {
    for (const placeholder of this.#byPlaceholder.keys()) if (placeholder.startsWith(fragment)) return true;
    return false;
  }

  get size(): number {
    return this.#byPlaceholder.size;
  }

  /** Distinct values per type. */
  counts(): Partial<Record<PiiType, number>> {
    const counts: Partial<Record<PiiType, number>> = {};
    for (const [, type] of this.#byPlaceholder.values()) counts[type] = (counts[type] ?? 0) + 1;
    return counts;
  }

  toJSON(): { entries: VaultEntry[] } {
    return { entries: [...this.#byPlaceholder.values()].map((entry) => [...entry]) };
  }

  /** Rebuilds a vault from `toJSON()` output; numbering continues after the highest number per type. */
  static fromJSON(json: unknown): PlaceholderVault {
    const vault = new PlaceholderVault();
    for (const [placeholder, type, original] of vaultJson.parse(json).entries) {
      const [, label, n] = PLACEHOLDER_ONE.exec(placeholder)!;
      if (TYPE_BY_LABEL.get(label!) !== type) {
        throw new Error(`PlaceholderVault.fromJSON: ${placeholder} is not a ${type} placeholder`);
      }
      vault.#add([placeholder, type, original], `${type}\u0000${normalise(type, original)}`, Number(n));
    }
    return vault;
  }

  #add(entry: VaultEntry, key: string, n: number): void {
    this.#byKey.set(key, entry[0]);
    this.#byPlaceholder.set(entry[0], entry);
    this.#next.set(entry[1], Math.max(this.#next.get(entry[1]) ?? 0, n));
  }
}
