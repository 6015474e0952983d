/**
 * `npm run bench [suite…]`: every benchmark, or the named ones. Results go to bench/results/.
 *   local-engine  the offline engine's summary + action items of 5,000 words (goal ≤ 100 ms)
 *   pii           personal-data detection on a labelled set (goal recall ≥ 0.95 structured, ≥ 0.80 names)
 *   pipeline      what governance adds per AI request, by stage (goal p50 ≤ 1 ms, p99 ≤ 5 ms)
 *   api           HTTP reads and writes on the embedded PostgreSQL (goals 3,000 / 1,000 req/s)
 *   copilot-hints event → CoPilot hint latency on the local engine (goal p99 ≤ 50 ms)
 *   speech        WER and real-time factor per speech engine on synthesised calls and real recordings (goal RTF ≤ 0.5 offline)
 */
import { runApiBench } from './api.js';
import { runCopilotHintsBench } from './copilot-hints.js';
import { runLocalEngineBench } from './local-engine.js';
import { reportPiiBench } from './pii/run-pii-bench.js';
import { runPipelineBench } from './pipeline.js';
import { runSpeechBench } from './speech.js';

const SUITES = {
  'local-engine': runLocalEngineBench,
  pii: reportPiiBench,
  pipeline: runPipelineBench,
  api: runApiBench,
  'copilot-hints': runCopilotHintsBench,
  speech: runSpeechBench,
} satisfies Record<string, () => Promise<boolean>>;

const asked = process.argv.slice(2);
const unknown = asked.filter((s) => !(s in SUITES));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}
let ok = true;
for (const [name, run] of Object.entries(SUITES)) {
  if (asked.length && !asked.includes(name)) continue;
  console.log(`\n== ${name}`);
  ok = (await run()) && ok;
}
// A missed goal is reported, not a failure; only a broken benchmark (e.g. lost events) fails.
if (!ok) process.exitCode = 1;
