import type { PiiType } from '../../src/governance/minimise/index.js';

/** Where a snippet comes from in a CRM; the set keeps the mix realistic. */
export type SnippetKind = 'call' | 'email' | 'note' | 'signature' | 'ticket';

/**
 * A hand-labelled CRM text. `pii` lists every piece of personal data in it, in any order, with a
 * value repeated as often as it occurs. Labelling rules:
 * - person: every mention of a person's name — full, first name or surname alone — without titles
 *   ("Dr. Tanaka" → "Tanaka") or a possessive "'s"; speaker prefixes count. Companies, products,
 *   places and roles are not persons.
 * - postal_address: the address as written, from the street (or flat) through postcode, town and country.
 * - date_of_birth, national_id, phone: the date or number only, without labels such as "DOB:" or "Tel.".
 * - email, iban, payment_card, ip_address: as written.
 * `knownNames` are the CRM contacts or users a real request would pass along with the text.
 */
export type Snippet = {
  kind: SnippetKind;
  text: string;
  pii: [PiiType, string][];
  knownNames?: string[];
};
