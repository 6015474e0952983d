/**
 * `npm run bench api`: HTTP throughput of a real `cohelm serve` on the embedded PostgreSQL, driven by
 * autocannon from this process (the server runs in its own process). Measures an authenticated
 * GET of a deal and a POST of a task at concurrency 1, 10 and 50, checks that every acknowledged
 * write has its event committed, prints req/s, p50 and p99, and writes bench/results/api-<date>.json.
 *
 * Goal (issue 2): ≥ 3,000 req/s reads and ≥ 1,000 req/s writes.
 * Options (env): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default "1,10,50").
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { readLock } from '../src/store/data-lock.js';
import { embeddedUrl, freePort } from '../src/store/embedded-postgres.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);
const EMAIL = 'bench@example.test';
const PASSWORD = 'bench-password-123';

type Row = {
  scenario: string;
  connections: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
};

async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/cohelm.js'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      COHELM_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      COHELM_ADMIN_EMAIL: EMAIL,
      COHELM_ADMIN_PASSWORD: PASSWORD,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('server exited during start-up');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function credentials(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const session = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  // Integrations use API keys: measure that path.
  const key = await fetch(`${base}/api/api-keys`, {
    method: 'POST',
    headers: session,
    body: JSON.stringify({ name: 'bench' }),
  });
  if (key.ok)
    return {
      authorization: `Bearer ${((await key.json()) as { key: string }).key}`,
      'content-type': 'application/json',
    };
  return session;
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export async function runApiBench(): Promise<boolean> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(dataDir, port);
  const rows: Row[] = [];
  let eventsOk = false;
  let acked = 0;
  try {
    const headers = await credentials(base);
    const { 'content-type': _json, ...readHeaders } = headers;
    const deal = (await (
      await fetch(`${base}/api/deals`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: 'Bench deal', amount: 1000 }),
      })
    ).json()) as { id: string };

    const scenarios = [
      { scenario: 'GET /api/deals/:id', method: 'GET' as const, url: `${base}/api/deals/${deal.id}` },
      {
        scenario: 'POST /api/tasks',
        method: 'POST' as const,
        url: `${base}/api/tasks`,
        body: JSON.stringify({ title: 'Call back about pricing', dealId: deal.id, priority: 'high' }),
      },
    ];
    for (const s of scenarios) {
      for (const connections of CONNECTIONS) {
        const r = await run({
          url: s.url,
          method: s.method,
          body: s.body,
          headers: s.method === 'GET' ? readHeaders : headers,
          connections,
          duration: SECONDS,
        });
        if (s.method === 'POST') acked += r['2xx'];
        const row: Row = {
          scenario: s.scenario,
          connections,
          reqPerSec: Math.round(r.requests.average),
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          requests: r.requests.total,
          non2xx: r.non2xx,
          errors: r.errors,
        };
        rows.push(row);
        console.log(
          `${row.scenario.padEnd(22)} c=${String(connections).padStart(2)}  ${String(row.reqPerSec).padStart(6)} req/s  p50 ${row.p50Ms} ms  p99 ${row.p99Ms} ms  (non-2xx ${row.non2xx}, errors ${row.errors})`,
        );
      }
    }

    // Every acknowledged write must have its task.created event committed with it.
    const lock = readLock(path.join(dataDir, 'cohelm.lock'));
    const client = new pg.Client({ connectionString: embeddedUrl(dataDir, lock?.port ?? 0) });
    await client.connect();
    const { rows: counts } = await client.query(
      `select (select count(*)::int from tasks where deal_id = $1) as tasks,
              (select count(*)::int from events e join tasks t on e.entity_id = t.id::text
                where e.type = 'task.created' and t.deal_id = $1) as events`,
      [deal.id],
    );
    await client.end();
    eventsOk = counts[0].tasks === counts[0].events && counts[0].tasks >= acked;
    console.log(
      `writes acknowledged: ${acked}; tasks stored: ${counts[0].tasks}; task.created events: ${counts[0].events}`,
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const best = (scenario: string) =>
    Math.max(...rows.filter((r) => r.scenario === scenario).map((r) => r.reqPerSec));
  const summary = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      node: process.version,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    },
    secondsPerRun: SECONDS,
    rows,
    everyWriteHasItsEvent: eventsOk,
    goals: {
      readsPerSec: { goal: 3000, best: best('GET /api/deals/:id') },
      writesPerSec: { goal: 1000, best: best('POST /api/tasks') },
    },
  };
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `api-${summary.date.slice(0, 10)}.json`);
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `\nreads best ${summary.goals.readsPerSec.best} req/s (goal 3000); writes best ${summary.goals.writesPerSec.best} req/s (goal 1000)`,
  );
  console.log(`written ${path.relative(ROOT, file)}`);
  return eventsOk;
}
