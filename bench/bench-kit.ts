/** What the benchmarks share: percentiles, a throw-away embedded store, and the results file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../src/config.js';
import { openStore } from '../src/store/open-store.js';
import { PgListener } from '../src/store/pg-listener.js';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** The p-th percentile (nearest rank), rounded to `decimals`. */
export function percentile(xs: number[], p: number, decimals = 3): number {
  const s = [...xs].sort((a, b) => a - b);
  const f = 10 ** decimals;
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * f) / f;
}

/** An embedded PostgreSQL in a temporary folder with its LISTEN connection; `close` removes it all. */
export async function openBenchStore(name: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cohelm-bench-${name}-`));
  const config: Config = loadConfig({
    ...process.env,
    DATABASE_URL: '',
    COHELM_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  });
  const store = await openStore(config);
  const listener = new PgListener(store.url);
  await listener.start();
  return {
    config,
    store,
    listener,
    async close() {
      await listener.stop();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Writes bench/results/<name>-<date>.json and says where. */
export function writeResult(name: string, summary: { date: string }): void {
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${summary.date.slice(0, 10)}.json`);
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`written ${path.relative(ROOT, file)}`);
}
