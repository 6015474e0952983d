/**
 * PII detection benchmark: recall and precision per type on the hand-labelled CRM snippets, and
 * throughput. `npx tsx bench/pii/run-pii-bench.ts` prints a table and writes
 * bench/results/pii-<date>.json. Goals: recall ≥ 0.95 for the structured types, ≥ 0.80 for persons.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectPii, PII_TYPES, type PiiMatch, type PiiType } from '../../src/governance/minimise/index.js';
import { type ExpectedSpan, LABELLED_SET, type LabelledSnippet } from './labelled-set.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOALS = { structuredRecall: 0.95, personRecall: 0.8 };
const TIMED_RUNS = Number(process.env.BENCH_RUNS ?? 5);

export type PiiBenchResult = {
  recall: Record<PiiType, number>;
  precision: Record<PiiType, number>;
  structuredRecall: number;
  personRecall: number;
  msPerKWord: number;
};

type Span = { type: PiiType; start: number; end: number };
type Tally = { expected: number; found: number; predicted: number; correct: number };

/** Same type, and the shared characters are at least half of the longer span. */
function sameItem(a: Span, b: Span): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return a.type === b.type && shared > 0 && shared >= 0.5 * Math.max(a.end - a.start, b.end - b.start);
}

const detect = (snippet: LabelledSnippet): PiiMatch[] =>
  detectPii(snippet.text, { types: PII_TYPES, knownNames: snippet.knownNames ?? [] });

export type SnippetOutcome = { id: string; missed: ExpectedSpan[]; spurious: PiiMatch[] };

/** Matches per snippet, with what was missed and what was found without a label. */
export function scoreSnippets(): { tallies: Record<PiiType, Tally>; outcomes: SnippetOutcome[] } {
  const tallies = Object.fromEntries(
    PII_TYPES.map((type) => [type, { expected: 0, found: 0, predicted: 0, correct: 0 }]),
  ) as Record<PiiType, Tally>;
  const outcomes = LABELLED_SET.map((snippet) => {
    const predicted = detect(snippet);
    const missed = snippet.expected.filter((e) => !predicted.some((p) => sameItem(e, p)));
    const spurious = predicted.filter((p) => !snippet.expected.some((e) => sameItem(e, p)));
    for (const e of snippet.expected) {
      tallies[e.type].expected++;
      if (!missed.includes(e)) tallies[e.type].found++;
    }
    for (const p of predicted) {
      tallies[p.type].predicted++;
      if (!spurious.includes(p)) tallies[p.type].correct++;
    }
    return { id: snippet.id, missed, spurious };
  });
  return { tallies, outcomes };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function throughput(): number {
  const words = LABELLED_SET.reduce((sum, s) => sum + s.text.split(/\s+/).length, 0);
  LABELLED_SET.forEach(detect);
  const t0 = performance.now();
  for (let i = 0; i < TIMED_RUNS; i++) LABELLED_SET.forEach(detect);
  return (performance.now() - t0) / TIMED_RUNS / (words / 1000);
}

export async function runPiiBench(): Promise<PiiBenchResult> {
  const { tallies } = scoreSnippets();
  const recall = {} as Record<PiiType, number>;
  const precision = {} as Record<PiiType, number>;
  for (const type of PII_TYPES) {
    recall[type] = round(ratio(tallies[type].found, tallies[type].expected));
    precision[type] = round(ratio(tallies[type].correct, tallies[type].predicted));
  }
  const structured = PII_TYPES.filter((type) => type !== 'person').map((type) => tallies[type]);
  const sum = (key: keyof Tally) => structured.reduce((n, t) => n + t[key], 0);
  return {
    recall,
    precision,
    structuredRecall: round(ratio(sum('found'), sum('expected'))),
    personRecall: recall.person,
    msPerKWord: round(throughput(), 2),
  };
}

/** Prints the table and writes bench/results/pii-<date>.json (`npm run bench pii`). */
export async function reportPiiBench(): Promise<boolean> {
  const result = await runPiiBench();
  const { tallies, outcomes } = scoreSnippets();
  console.log(`PII benchmark: ${LABELLED_SET.length} snippets\n`);
  console.log(
    `${'type'.padEnd(16)}${'labels'.padStart(7)}${'recall'.padStart(8)}${'found'.padStart(7)}${'precision'.padStart(11)}`,
  );
  for (const type of PII_TYPES) {
    const t = tallies[type];
    console.log(
      `${type.padEnd(16)}${String(t.expected).padStart(7)}${result.recall[type].toFixed(3).padStart(8)}${String(t.predicted).padStart(7)}${result.precision[type].toFixed(3).padStart(11)}`,
    );
  }
  console.log(`\nstructured recall ${result.structuredRecall} (goal ≥ ${GOALS.structuredRecall})`);
  console.log(`person recall     ${result.personRecall} (goal ≥ ${GOALS.personRecall})`);
  console.log(`throughput        ${result.msPerKWord} ms per 1,000 words`);
  if (process.argv.includes('--details')) {
    for (const o of outcomes) {
      for (const m of o.missed) console.log(`  missed   ${o.id} ${m.type} ${JSON.stringify(m.value)}`);
      for (const p of o.spurious) console.log(`  spurious ${o.id} ${p.type} ${JSON.stringify(p.value)}`);
    }
  }
  const date = new Date().toISOString();
  const file = path.join(ROOT, 'bench', 'results', `pii-${date.slice(0, 10)}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const summary = {
    date,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
    snippets: LABELLED_SET.length,
    labels: Object.fromEntries(PII_TYPES.map((type) => [type, tallies[type].expected])),
    ...result,
    goals: {
      ...GOALS,
      met: result.structuredRecall >= GOALS.structuredRecall && result.personRecall >= GOALS.personRecall,
    },
  };
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`written ${path.relative(ROOT, file)}`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await reportPiiBench();
