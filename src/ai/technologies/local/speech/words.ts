import type { Transcript } from '../../../technology.js';

export type TimedWord = { word: string; start: number; end: number };

/** pocketsphinx's markers for silence, sentence bounds and noise; not words anyone said. */
const NOT_WORDS = /^(<s>|<\/s>|<sil>|\[[A-Z_]+\]|\+\+.*\+\+)$/;

/**
 * The words of `pocketsphinx_continuous -time yes` output ("word start end confidence" lines; the
 * hypothesis lines between them have no numbers). Alternative pronunciations lose their "(2)".
 */
export function parseTimedWords(stdout: string): TimedWord[] {
  const words: TimedWord[] = [];
  for (const m of stdout.matchAll(/^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) [\d.eE+-]+$/gm)) {
    const word = (m[1] ?? '').replace(/\(\d+\)$/, '');
    if (NOT_WORDS.test(word)) continue;
    words.push({ word, start: Number(m[2]), end: Number(m[3]) });
  }
  return words;
}

/** Words grouped into segments wherever the speaker pauses at least `pauseSec`. */
export function segmentWords(words: TimedWord[], pauseSec = 0.6): Transcript {
  const segments: Transcript['segments'] = [];
  let current: TimedWord[] = [];
  const flush = () => {
    if (!current.length) return;
    segments.push({
      start: current[0]?.start ?? 0,
      end: current.at(-1)?.end ?? 0,
      text: current.map((w) => w.word).join(' '),
    });
    current = [];
  };
  for (const w of words) {
    const last = current.at(-1);
    if (last && w.start - last.end >= pauseSec) flush();
    current.push(w);
  }
  flush();
  return { text: segments.map((s) => s.text).join(' '), segments, words };
}
