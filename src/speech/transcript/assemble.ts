import type { TranscriptSegment } from '../../store/schema/index.js';

/** A transcribed chunk: where it sits in the recording, whose channel, and its segments (relative times). */
export type ChunkResult = {
  channel: number | null;
  startSec: number;
  endSec: number;
  text: string;
  segments: { start: number; end: number; text: string }[];
};

/** Who speaks on a channel: telephony recordings put the agent on the left and the customer on the right. */
export function speakerOf(channel: number | null): string {
  if (channel === null) return 'Speaker';
  return channel === 0 ? 'Agent' : channel === 1 ? 'Customer' : `Channel ${channel + 1}`;
}

/** A same-speaker pause shorter than this continues the turn. */
const TURN_GAP_SEC = 1.5;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The call's transcript from its chunks: segments placed at their time in the recording, both
 * channels interleaved by time, and a speaker's consecutive segments joined into turns.
 */
export function assembleTranscript(chunks: ChunkResult[]): { text: string; segments: TranscriptSegment[] } {
  const pieces: TranscriptSegment[] = [];
  for (const c of chunks) {
    const speaker = speakerOf(c.channel);
    const parts = c.segments.length
      ? c.segments
      : c.text.trim()
        ? [{ start: 0, end: c.endSec - c.startSec, text: c.text }]
        : [];
    for (const s of parts) {
      const text = s.text.trim().replace(/\s+/g, ' ');
      if (!text) continue;
      pieces.push({
        speaker,
        start: round(c.startSec + Math.max(0, s.start)),
        end: round(Math.min(c.endSec, c.startSec + Math.max(s.end, s.start))),
        text,
      });
    }
  }
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);
  const turns: TranscriptSegment[] = [];
  for (const p of pieces) {
    const last = turns.at(-1);
    if (last && last.speaker === p.speaker && p.start - last.end < TURN_GAP_SEC) {
      last.text = `${last.text} ${p.text}`;
      last.end = Math.max(last.end, p.end);
    } else turns.push({ ...p });
  }
  return { text: turns.map((t) => `${t.speaker}: ${t.text}`).join('\n'), segments: turns };
}
