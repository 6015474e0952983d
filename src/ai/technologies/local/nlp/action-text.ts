// Turns the words after a cue into a short imperative phrase: "send the revised proposal".

// Where the action's clause stops: sentence punctuation or a subordinate clause ("so she can …").
const CLAUSE_END =
  /[.;!?](?=\s|$)|,\s+(?:so|because|since|as|which|with|but|while|if|unless|then|otherwise|although|though)\b|\s+(?:so that|so|because|since|unless|if|while|once|as soon as|in case|although|though)\s/i;
const LEADING =
  /^(?:also|just|definitely|quickly|then|probably|happily|gladly|still|go ahead and|make sure(?: to| that)?|be sure to|please)\s+/i;
const TRAILING = /(?:,?\s+(?:as well|too|please|again|also|and|but|or|then)|,)\s*$/i;
const TRAILING_VOCATIVE = /,\s*\p{Lu}\p{Ll}+\s*$/u;
// Preposition that introduced a due date which is being removed from the action.
const DATE_PREPOSITION = /(?:\s+(?:by|on|before|until|no later than|at|in|for|within))?\s*$/i;

// Verbs after "I'll" or "can you" that describe talk in the meeting, not work to be done after it.
const NOT_ACTIONS = new Set([
  'admit',
  'be',
  'bet',
  'clarify',
  'describe',
  'explain',
  'feel',
  'guess',
  'hear',
  'hope',
  'know',
  'like',
  'love',
  'mean',
  'need',
  'not',
  'never',
  'repeat',
  'say',
  'see',
  'tell',
  'think',
  'walk',
  'want',
  'wonder',
]);

// "we'll go with the two-year option" is a decision, "could you do 46,000 EUR" a price ask: no work follows.
const CHOICE_OR_PRICE = /^(?:(?:go (?:with|for)|settle (?:on|for))\b|do (?:[$€£¥\d]|it for\b))/i;

/** Index where the action starting at `from` ends, at most `limit`. */
export function clauseEnd(text: string, from: number, limit: number): number {
  const match = CLAUSE_END.exec(text.slice(from, limit));
  return match ? from + match.index : limit;
}

/** Removes a due-date mention (and its "by"/"on") from an action span. */
export function removeDate(action: string, dateText: string): string {
  const at = action.indexOf(dateText);
  if (at < 0) return action;
  const before = action.slice(0, at).replace(DATE_PREPOSITION, '');
  return `${before} ${action.slice(at + dateText.length)}`.replace(/\s+/g, ' ').replace(/\s+([,.;])/g, '$1');
}

/** Cleans an action phrase, or returns null when it is not an action ("I'll be honest"). */
export function cleanAction(raw: string, names: ReadonlySet<string> = new Set()): string | null {
  let action = raw.replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== action; ) {
    previous = action;
    action = action.replace(LEADING, '').replace(TRAILING, '').replace(TRAILING_VOCATIVE, '').trim();
  }
  action = action.replace(/^be\s+(?=\w+ing\b)/i, '');
  const first = /^[\p{L}']+/u.exec(action)?.[0];
  if (!first || NOT_ACTIONS.has(first.toLowerCase()) || CHOICE_OR_PRICE.test(action)) return null;
  // Keep acronyms and names capitalised; a verb at the start reads better in lower case.
  const lower = /^\p{Lu}[\p{Ll}']*$/u.test(first) && first !== 'I' && !names.has(first);
  return lower ? action[0]!.toLowerCase() + action.slice(1) : action;
}
