import type { TranscriptSegment } from '../../store/schema/index.js';

export type SpeakerInsight = {
  speaker: string;
  talkSec: number;
  /** Share of all talk time, 0–1. */
  talkShare: number;
  words: number;
  wordsPerMinute: number;
  questions: number;
};

export type CallInsights = {
  durationSec: number;
  speakers: SpeakerInsight[];
  longestMonologue: { speaker: string; startSec: number; seconds: number } | null;
  /** Changes of speaker per minute of the call: how much of a conversation it was. */
  switchesPerMinute: number;
  /** Time nobody spoke, 0–1 of the call. */
  silenceShare: number;
};

const QUESTION_START =
  /^(what|whats|what's|why|how|when|where|who|whom|whose|which|can|could|would|will|shall|should|do|does|did|is|are|was|were|have|has|had|may|might|am|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|couldn't|shouldn't)\b/i;

/** "do you", "could we", "is there": a question's inverted start, anywhere in a run-on sentence. */
const INVERSION =
  /\b(do|does|did|can|could|would|will|shall|should|are|is|was|were|have|has)\s+(you|we|they|it|there|that|this|he|she|i)\b/gi;

/**
 * Questions in a turn. Punctuation is trusted where there is any ("?" asks, "." and "!" do not);
 * speech engines often write none, so an unpunctuated run counts its inverted starts ("do you…",
 * "could we…"), and at least one if it opens like a question.
 */
export function countQuestions(text: string): number {
  const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [];
  let n = 0;
  for (const raw of sentences) {
    const s = raw.trim();
    if (!s) continue;
    if (s.endsWith('?')) n++;
    else if (!/[.!]$/.test(s)) n += Math.max(QUESTION_START.test(s) ? 1 : 0, s.match(INVERSION)?.length ?? 0);
  }
  return n;
}

const words = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
/** A pause this long ends a monologue even if the same person goes on. */
const MONOLOGUE_BREAK_SEC = 2;

/**
 * Conversation figures from a transcript's timed segments: talk ratio, words per minute and
 * questions per speaker, the longest monologue, speaker switches and silence. Computed, not
 * generated: the same transcript always gives the same figures.
 */
export function callInsights(
  segments: readonly TranscriptSegment[],
  recordingSec?: number | null,
): CallInsights {
  const timed = segments.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const end = Math.max(recordingSec ?? 0, ...timed.map((s) => s.end), 0);
  const by = new Map<string, { talkSec: number; words: number; questions: number }>();
  for (const s of segments) {
    const e = by.get(s.speaker) ?? { talkSec: 0, words: 0, questions: 0 };
    e.talkSec += Math.max(0, s.end - s.start);
    e.words += words(s.text);
    e.questions += countQuestions(s.text);
    by.set(s.speaker, e);
  }
  const totalTalk = [...by.values()].reduce((a, e) => a + e.talkSec, 0);
  const speakers = [...by].map(([speaker, e]) => ({
    speaker,
    talkSec: round(e.talkSec, 1),
    talkShare: totalTalk ? round(e.talkSec / totalTalk) : 0,
    words: e.words,
    wordsPerMinute: e.talkSec ? Math.round((e.words / e.talkSec) * 60) : 0,
    questions: e.questions,
  }));

  let longest: CallInsights['longestMonologue'] = null;
  let run: { speaker: string; startSec: number; endSec: number } | null = null;
  let switches = 0;
  const close = () => {
    if (run && (!longest || run.endSec - run.startSec > longest.seconds))
      longest = {
        speaker: run.speaker,
        startSec: run.startSec,
        seconds: round(run.endSec - run.startSec, 1),
      };
  };
  for (const s of timed) {
    if (run && run.speaker === s.speaker && s.start - run.endSec < MONOLOGUE_BREAK_SEC) {
      run.endSec = Math.max(run.endSec, s.end);
      continue;
    }
    if (run && run.speaker !== s.speaker) switches++;
    close();
    run = { speaker: s.speaker, startSec: s.start, endSec: s.end };
  }
  close();

  // Time covered by anyone speaking (overlaps counted once).
  let covered = 0;
  let reach = 0;
  for (const s of timed) {
    const from = Math.max(s.start, reach);
    if (s.end > from) covered += s.end - from;
    reach = Math.max(reach, s.end);
  }
  return {
    durationSec: round(end, 1),
    speakers,
    longestMonologue: longest,
    switchesPerMinute: end ? round(switches / (end / 60), 1) : 0,
    silenceShare: end ? round(Math.max(0, 1 - covered / end)) : 0,
  };
}
