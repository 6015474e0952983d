/**
 * The bench's real speech: openly licensed recordings with their published transcripts, kept in
 * bench/speech/recordings (provenance and licences in its README). Read speech, not calls: it
 * says how the engines hear people, next to the synthesised set that says how they hear sales talk.
 */
import path from 'node:path';
import type { Recording } from './build-set.js';

const DIR = path.join(import.meta.dirname, 'recordings');

const librivox = 'LibriVox reader (Sense and Sensibility)';

const REAL: { file: string; speaker: string; text: string }[] = [
  {
    file: 'jfk-inaugural-1961.flac',
    speaker: 'John F. Kennedy (1961 address)',
    text: 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.',
  },
  {
    file: 'librivox-sense-and-sensibility-01-0870.flac',
    speaker: librivox,
    text: 'and mister john dashwood had then leisure to consider how much there might be prudently in his power to do for them',
  },
  {
    file: 'librivox-sense-and-sensibility-01-0880.flac',
    speaker: librivox,
    text: 'he was not an ill disposed young man',
  },
  {
    file: 'librivox-sense-and-sensibility-01-0890.flac',
    speaker: librivox,
    text: 'unless to be rather cold hearted and rather selfish is to be ill disposed',
  },
  {
    file: 'librivox-sense-and-sensibility-01-0920.flac',
    speaker: librivox,
    text: 'had he married a more a amiable woman he might have been made still more respectable than he was',
  },
  {
    file: 'librivox-sense-and-sensibility-01-0930.flac',
    speaker: librivox,
    text: 'he might even have been made amiable himself',
  },
];

export function realSpeechSet(): Recording[] {
  return REAL.map((r) => ({
    id: r.file.replace(/\.flac$/, ''),
    file: path.join(DIR, r.file),
    voice: r.speaker,
    references: new Map([[null, r.text]]),
  }));
}
