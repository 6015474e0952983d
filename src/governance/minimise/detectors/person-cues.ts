/**
 * Places where the layout of a CRM text says a name stands, whatever the name: speaker prefixes of
 * transcripts, titles, greetings, sign-offs, address headers, "cc:" lists and "Kwame's boss".
 */
export type Span = { start: number; end: number };

const WORD = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)?`;
const NAME = `${WORD}(?:[ ](?:(?:van|von|der|den|de|del|da|di|dos|du|la|le|bin|al)[ ])*${WORD}){0,3}`;
const TIMESTAMP = String.raw`(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*(?:[-–—][ \t]*)?)`;
const TITLES = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Hr|Fr|Sir|Dame|Mme|Mlle|Sr|Sra';
const GREETINGS =
  'Hi|Hello|Hey|Dear|Good morning|Good afternoon|Good evening|Morning|Thanks|Thank you|Cheers|Hallo|Guten Tag|Guten Morgen|Liebe|Lieber|Sehr geehrte|Sehr geehrter|Bonjour|Bonsoir|Hola|Olá|Ciao|Hej';
const SIGN_OFFS =
  'Best|Best regards|Best wishes|Kind regards|Regards|Warm regards|Many thanks|Thanks|Thank you|Cheers|Sincerely|Yours|Talk soon|Viele Grüße|Beste Grüße|Liebe Grüße|Mit freundlichen Grüßen|Freundliche Grüße|Gruß|LG|VG|Cordialement|Bien à vous|Saludos|Un saludo|Atenciosamente|Cumprimentos|Met vriendelijke groet|Groeten|Hälsningar|Mvh';
// Words after "X's" that only a person has: "Kwame's boss", "Priya's birthday".
const PERSONAL =
  'boss|manager|assistant|colleague|deputy|successor|predecessor|replacement|EA|PA|wife|husband|kids|children|birthday|promotion|calendar|mobile|cell|inbox|out-of-office|vacation|leave|request|approval|sign-off|direct reports';

const CUES: RegExp[] = [
  // "Anna Keller: …", "[00:01:02] Tom (Acme): …" at the start of a line.
  new RegExp(String.raw`^[ \t]*${TIMESTAMP}?(${NAME})[ \t]*(?:\([^)\n]{1,40}\))?:[ \t]`, 'dgmu'),
  // "Dr. Hiroshi Tanaka", "Frau Schneider", "Fr. Okonkwo-Schulz".
  new RegExp(String.raw`\b(?:${TITLES})\.?[ ](${WORD}(?:[ ]${WORD})?)`, 'dgu'),
  // "Hi Priya,", "Dear Mr Okafor", "Thanks Tom!", "Liebe Frau Wagner,", "Bonjour Camille,".
  new RegExp(
    String.raw`\b(?:${GREETINGS})(?:[ ]+(?:${TITLES})\.?)?[ ,]+(${NAME})(?=[ \t]*(?:[,!.:;\n]|$| and ))`,
    'dgmu',
  ),
  // "Dear Siobhan and Liam,": the second name of a greeting.
  new RegExp(String.raw`\b(?:${GREETINGS})[ ,]+${NAME}[ ]and[ ](${NAME})(?=[ \t]*[,!.:;\n])`, 'dgmu'),
  // A name alone on the line after "Best regards," or after a dash.
  new RegExp(
    String.raw`^[ \t]*(?:(?:${SIGN_OFFS})[ \t]*[,!.]?[ \t]*\n[ \t]*|(?:--|—|–)[ ]?)(${NAME})[ \t]*$`,
    'dgmu',
  ),
  // "Best, Tom" closing a one-line message.
  new RegExp(String.raw`\b(?:Best|Cheers|Thanks|Regards|Thx)[ ]*,[ ]*(${NAME})[ \t]*$`, 'dgmu'),
  // "Priya Raghunathan <priya@acme.example>", "\"Wagner, Lukas\" <…>".
  new RegExp(String.raw`"?(${NAME}(?:,[ ]${WORD})?)"?[ ]?<[^>\s@]+@`, 'dgu'),
  new RegExp(String.raw`\b(${NAME})['’]s[ ](?:${PERSONAL})\b`, 'dgu'),
];

// "cc: Ravi, Tomás", "Attendees: Ana Lima, Bruno Souza (Itaú)": every item of the list.
const LIST_LINE =
  /^[ \t]*(?:cc|bcc|to|attendees|participants|present|invitees|teilnehmer)[ \t]*:[ \t]*([^\n]+)$/dgimu;
const LIST_ITEM = new RegExp(String.raw`^(${NAME})(?:[ ]*\([^)]*\)|[ ]*<[^>]*>)?$`, 'u');

function listSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(LIST_LINE)) {
    let at = line.indices![1]![0];
    for (const item of line[1]!.split(/(,|;|\band\b)/)) {
      const trimmed = item.trim();
      const name = LIST_ITEM.exec(trimmed)?.[1];
      if (name) {
        const start = at + item.indexOf(trimmed);
        spans.push({ start, end: start + name.length });
      }
      at += item.length;
    }
  }
  return spans;
}

/** Spans of the names the cues point at. */
export function cueSpans(text: string): Span[] {
  const spans = listSpans(text);
  for (const cue of CUES) {
    for (const m of text.matchAll(cue)) {
      const [start, end] = m.indices![1]!;
      spans.push({ start, end });
    }
  }
  return spans;
}
