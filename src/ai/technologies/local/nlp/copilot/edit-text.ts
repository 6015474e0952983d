import type { EditAction } from '../../../../technology.js';
import { analyze, type Sentence } from '../nlp.js';
import { pickSentences } from '../summarize.js';
import { checklistItems } from './checklist-items.js';
import { fixGrammar } from './fix-grammar.js';
import { formalTone } from './formal-tone.js';

const GREETING_LINE = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?\n]{0,40}[,!:]?\s*$/i;
const SIGN_OFF_LINE =
  /^(?:best(?: regards| wishes)?|kind regards|regards|warm regards|many thanks|thanks(?: again)?|thank you|cheers|sincerely|all the best)\b[^.!?\n]{0,20}[,.!]?\s*$/i;

/** Why the local engine refuses an edit; the message names what would do it. */
export class UnsupportedEdit extends RangeError {
  override name = 'UnsupportedEdit';
}

const needsLlm = (what: string) =>
  new UnsupportedEdit(
    `The local engine cannot ${what}: that needs a generative AI technology (an LLM). An administrator can connect one in the AI settings.`,
  );

/** Greeting line, body, sign-off lines: an email or message keeps its frame when shortened. */
function frame(text: string): { head: string; body: string; tail: string } {
  const lines = text.trim().split('\n');
  const head = lines.length > 1 && GREETING_LINE.test(lines[0]!) ? lines.shift()! : '';
  const from = lines.findIndex((l, i) => i >= lines.length - 4 && SIGN_OFF_LINE.test(l.trim()));
  const tail = from > 0 ? lines.splice(from).join('\n') : '';
  return { head, body: lines.join('\n').trim(), tail };
}

/** Sentences back into text: same paragraph joined by a space, a new turn or paragraph on a new line. */
function join(sentences: Sentence[]): string {
  let out = '';
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    const line = s.speaker && s.segment !== prev?.segment ? `${s.speaker}: ${s.text}` : s.text;
    if (!prev) out = line;
    else if (s.segment === prev.segment) out += ` ${line}`;
    else out += `${s.speaker ? '\n' : '\n\n'}${line}`;
  });
  return out;
}

function shorten(text: string): string {
  const { head, body, tail } = frame(text);
  const sentences = analyze(body);
  if (sentences.length < 2)
    throw new UnsupportedEdit(
      'The text is a single sentence; shortening it further needs a generative AI technology (an LLM).',
    );
  const kept = join(pickSentences(sentences, Math.ceil(sentences.length / 2)));
  return [head, kept, tail].filter(Boolean).join('\n\n');
}

/**
 * The editor actions the local engine does honestly — extractive (shorten, summarise, checklist)
 * or rule-based (grammar fixes, formal tone) — and `UnsupportedEdit` for the rest, which would
 * need a model that writes.
 */
export function editText(text: string, action: EditAction, tone?: string): string {
  switch (action) {
    case 'shorten':
      return shorten(text);
    case 'summarize':
      return join(pickSentences(analyze(frame(text).body), 3));
    case 'checklist': {
      const items = checklistItems(text, 30);
      if (!items.length) throw new UnsupportedEdit('No actions found in the text to turn into a checklist.');
      return items.map((i) => `- [ ] ${i}`).join('\n');
    }
    case 'fix_grammar':
      return fixGrammar(text);
    case 'change_tone':
      if (tone === 'formal') return formalTone(text);
      throw needsLlm(
        `write in ${/^[aeiou]/.test(tone ?? '') ? 'an' : 'a'} ${tone ?? 'different'} tone (it can make a text formal)`,
      );
    case 'translate':
      throw needsLlm('translate');
    case 'expand':
      throw needsLlm('expand a text');
    case 'rewrite':
      throw needsLlm('rewrite a text');
  }
}
