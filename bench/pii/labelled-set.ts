import type { PiiType } from '../../src/governance/minimise/index.js';
import type { Snippet, SnippetKind } from './snippet.js';
import { CALL_SNIPPETS } from './snippets-calls.js';
import { CAPITALISED_SNIPPETS } from './snippets-capitalised.js';
import { EMAIL_SNIPPETS } from './snippets-emails.js';
import { MIXED_SNIPPETS } from './snippets-mixed.js';
import { NOTE_SNIPPETS } from './snippets-notes.js';
import { RECORD_SNIPPETS } from './snippets-records.js';
import { SIGNATURE_SNIPPETS } from './snippets-signatures.js';
import { TICKET_SNIPPETS } from './snippets-tickets.js';

export type { Snippet, SnippetKind } from './snippet.js';

/** An expected piece of personal data with its place in the snippet. */
export type ExpectedSpan = { type: PiiType; value: string; start: number; end: number };

export type LabelledSnippet = {
  id: string;
  kind: SnippetKind;
  text: string;
  knownNames?: string[];
  expected: ExpectedSpan[];
};

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Finds each label in the text, longest values first, at the first whole-word occurrence no other
 * label has taken: "Tom" and "Tom Becker" can be listed in any order. A label that cannot be placed
 * is a mistake in the set, not a miss of the detector.
 */
function locate(snippet: Snippet, id: string): ExpectedSpan[] {
  const placed: ExpectedSpan[] = [];
  const labels = [...snippet.pii].sort((a, b) => b[1].length - a[1].length);
  for (const [type, value] of labels) {
    let start = snippet.text.indexOf(value);
    while (
      start >= 0 &&
      (isWordChar(snippet.text[start - 1]) ||
        isWordChar(snippet.text[start + value.length]) ||
        placed.some((p) => start < p.end && p.start < start + value.length))
    ) {
      start = snippet.text.indexOf(value, start + 1);
    }
    if (start < 0) throw new Error(`labelled set ${id}: no free occurrence of "${value}"`);
    placed.push({ type, value, start, end: start + value.length });
  }
  return placed.sort((a, b) => a.start - b.start);
}

const SOURCES: [string, Snippet[]][] = [
  ['call', CALL_SNIPPETS],
  ['email', EMAIL_SNIPPETS],
  ['note', NOTE_SNIPPETS],
  ['ticket', TICKET_SNIPPETS],
  ['signature', SIGNATURE_SNIPPETS],
  ['record', RECORD_SNIPPETS],
  ['mixed', MIXED_SNIPPETS],
  ['capitalised', CAPITALISED_SNIPPETS],
];

/** The hand-labelled CRM snippets the PII benchmark runs on. */
export const LABELLED_SET: LabelledSnippet[] = SOURCES.flatMap(([source, snippets]) =>
  snippets.map((snippet, i) => {
    const id = `${source}-${String(i + 1).padStart(2, '0')}`;
    return {
      id,
      kind: snippet.kind,
      text: snippet.text,
      ...(snippet.knownNames ? { knownNames: snippet.knownNames } : {}),
      expected: locate(snippet, id),
    };
  }),
);
