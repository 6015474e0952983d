/**
 * `npm run bench local-engine`: the offline engine's summary + action items of a 5,000-word call
 * transcript, through the same technology stream a request uses. Goal (issue 3): ≤ 100 ms.
 * Writes bench/results/local-engine-<date>.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_CONFIG } from '../src/ai/settings/technologies.repository.js';
import { localTechnology } from '../src/ai/technologies/local/index.js';
import { DISCOVERY_CALL, REFERENCE_DATE } from '../src/ai/technologies/local/nlp/fixtures.js';
import type { StreamPart, TaskSpec } from '../src/ai/technology.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const GOAL_MS = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

/** A realistic long call: the fixture's discovery call repeated with other names, sums and days. */
export function longTranscript(words = 5000): string {
  const variants: [RegExp, string[]][] = [
    [/Anna Keller/g, ['Anna Keller', 'Lena Fischer', 'Omar Haddad', 'Sofia Rossi']],
    [/Mark Davis/g, ['Mark Davis', 'Ken Ito', 'Priya Nair', 'Jon Berg']],
    [/\$48,000/g, ['$48,000', '$52,500', '$61,000', '$39,900']],
    [/Friday/g, ['Friday', 'Monday', 'Thursday', 'Wednesday']],
  ];
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    let text = DISCOVERY_CALL;
    for (const [re, options] of variants) text = text.replace(re, options[i % options.length]!);
    parts.push(text);
    count += text.split(/\s+/).length;
  }
  return parts.join('\n');
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function run(task: TaskSpec): Promise<StreamPart | undefined> {
  const tech = localTechnology.create(LOCAL_CONFIG);
  let last: StreamPart | undefined;
  for await (const p of tech.stream(
    { task },
    { signal: new AbortController().signal, firstTokenTimeoutMs: 10_000 },
  ))
    last = p;
  return last;
}

export async function runLocalEngineBench(): Promise<boolean> {
  const input = longTranscript();
  const wordCount = input.split(/\s+/).length;
  const options = { referenceDate: REFERENCE_DATE.toISOString(), format: 'bullets' as const };
  const both = async () => {
    const a = await run({ task: 'summarize', input, options });
    const b = await run({ task: 'action_items', input, options });
    if (a?.type !== 'finish' || b?.type !== 'finish') throw new Error('the local engine failed');
    return b;
  };
  const cold0 = performance.now();
  const first = await both();
  const coldMs = performance.now() - cold0;
  for (let i = 0; i < 5; i++) await both();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await both();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const summary = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
    transcriptWords: wordCount,
    runs: RUNS,
    summaryPlusActionItemsMs: {
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      max: round(times.at(-1)!),
    },
    firstRunMs: round(coldMs),
    actionItemsFound: first.type === 'finish' ? (first.output as { items: unknown[] }).items.length : 0,
    goal: { p95Ms: GOAL_MS, met: percentile(times, 95) <= GOAL_MS },
  };
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `local-engine-${summary.date.slice(0, 10)}.json`);
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `local engine: summary + action items of ${wordCount} words: p50 ${summary.summaryPlusActionItemsMs.p50} ms, p95 ${summary.summaryPlusActionItemsMs.p95} ms (goal ≤ ${GOAL_MS} ms; first run incl. model load ${summary.firstRunMs} ms)`,
  );
  console.log(`written ${path.relative(ROOT, file)}`);
  if (!summary.goal.met) console.log(`goal missed: p95 above ${GOAL_MS} ms`);
  return true;
}
