/** One speaker turn, paragraph or bullet: the unit sentences are split from. */
export type Segment = { speaker: string | null; text: string };

const TIMESTAMP = String.raw`(?:[[(]\s*\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*[\])]|\d{1,2}:\d{2}:\d{2})`;
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}\d][\p{L}\d'’.-]*){0,3}`;
// `[00:01:02] Anna Keller (Acme): text`, `Anna: text`, `00:01:02 - Speaker 2: text`.
const SPEAKER_LINE = new RegExp(
  String.raw`^(?:${TIMESTAMP}\s*(?:[-–—]\s*)?)?(${NAME})\s*(?:\([^)]{1,40}\))?\s*:\s+(.*)$`,
  'u',
);
const TIMESTAMP_LINE = new RegExp(String.raw`^${TIMESTAMP}\s*(?:[-–—]\s*)?(.*)$`, 'u');
const BULLET_LINE = /^(?:[-*•–]|\d{1,2}[.)])\s+(.*)$/;
const TERMINAL = /[.!?:;]["')\]]?$/;

// Capitalised words before a colon that label a line rather than name a speaker.
const LABELS = new Set([
  'action',
  'action item',
  'action items',
  'agenda',
  'answer',
  'attendees',
  'bcc',
  'cc',
  'date',
  'decision',
  'decisions',
  'due',
  'from',
  'important',
  'location',
  'next step',
  'next steps',
  'note',
  'notes',
  'owner',
  'participants',
  'ps',
  'p.s.',
  'q',
  'question',
  're',
  'reminder',
  'risk',
  'risks',
  'status',
  'subject',
  'summary',
  'time',
  'to',
  'todo',
  'topic',
  'update',
  'when',
  'where',
]);

function parseSpeakerLine(line: string): Segment | null {
  const match = SPEAKER_LINE.exec(line);
  if (!match) return null;
  const speaker = match[1]!.trim();
  if (LABELS.has(speaker.toLowerCase())) return null;
  return { speaker, text: match[2]!.trim() };
}

/**
 * Splits raw text into speaker turns, paragraphs and bullets. Hard-wrapped lines are joined back
 * so a sentence never straddles two segments, and speaker prefixes are removed from the text.
 */
export function splitSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  // Whether the next plain line may continue the last segment (false after a blank line).
  let open = false;
  let previousLine = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      open = false;
      continue;
    }
    const turn = parseSpeakerLine(line);
    const stamped = turn ? null : TIMESTAMP_LINE.exec(line);
    const bullet = turn || stamped ? null : BULLET_LINE.exec(line);
    const last = segments.at(-1);
    if (turn) {
      segments.push(turn);
    } else if (stamped) {
      segments.push({ speaker: null, text: stamped[1]!.trim() });
    } else if (bullet) {
      segments.push({ speaker: null, text: bullet[1]!.trim() });
    } else if (open && last && isContinuation(previousLine, line)) {
      last.text = `${last.text} ${line}`;
    } else {
      segments.push({ speaker: null, text: line });
    }
    open = true;
    previousLine = line;
  }
  return segments.filter((segment) => segment.text !== '');
}

// A wrapped line: the previous one stopped mid-sentence and this one reads as its tail.
function isContinuation(previous: string, line: string): boolean {
  if (TERMINAL.test(previous)) return false;
  return /^[\p{Ll}\d]/u.test(line) || previous.length >= 50;
}
