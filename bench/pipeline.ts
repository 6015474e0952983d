/**
 * `npm run bench pipeline`: what the governed pipeline adds to an AI request, with the model server
 * (an in-process OpenAI-protocol server) answering at once. Every stage runs for real on the
 * embedded PostgreSQL: policy snapshot, enablement, consent, usage guard, fair-usage leases, masking,
 * content signing and the audit ledger's group commit. Overhead = total − the model call.
 * Goal (issue 4): p50 ≤ 1 ms, p99 ≤ 5 ms. Writes bench/results/pipeline-<date>.json.
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { startProtocolServer } from '../src/ai/testing/protocol-server.js';
import {
  acceptTerms,
  acknowledgeDisclosure,
  createGovernance,
  technologies,
  toGovernedRequest,
} from '../src/governance/index.js';
import { invokeGoverned } from '../src/governance/pipeline/invoke-governed.js';
import { prepareRequest } from '../src/governance/pipeline/prepare-request.js';
import type { Actor } from '../src/shared/actor.js';
import type { Database } from '../src/store/database.js';
import { createAccount } from '../src/workspace/accounts/create-account.js';
import { openBenchStore, percentile, writeResult } from './bench-kit.js';

const N = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,10').split(',').map(Number);

const pct = (xs: number[], p: number) => percentile(xs, p);

/** What one durable one-row insert and commit costs on this store: the floor of the ledger write. */
async function bareCommit(db: Database) {
  await db.execute(sql`create table bench_bare_commit (id serial primary key, v text)`);
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t = performance.now();
    await db.execute(sql`insert into bench_bare_commit (v) values ('x')`);
    times.push(performance.now() - t);
  }
  await db.execute(sql`drop table bench_bare_commit`);
  return { p50: pct(times, 50), p99: pct(times, 99) };
}

export async function runPipelineBench(): Promise<boolean> {
  const bench = await openBenchStore('pipeline');
  const { config, store, listener } = bench;
  const model = await startProtocolServer();
  const g = createGovernance(config, store.db, listener);
  try {
    const { account, admin } = await createAccount(store.db, {
      name: 'Bench',
      admin: { email: 'bench@example.test', name: 'Bench Admin', password: 'correct horse battery staple' },
    });
    await store.db.execute(
      sql`update plans set limits = jsonb_set(jsonb_set(limits, '{requestsPerHour}', '1000000000'), '{perUser}', '{"requestsPerHour":1000000000,"requestsPerDay":1000000000,"tokensPerMonth":1000000000000}') `,
    );
    await store.db.execute(
      sql`update plans set limits = jsonb_set(jsonb_set(limits, '{requestsPerDay}', '1000000000'), '{tokensPerMonth}', '1000000000000')`,
    );
    const actor: Actor = {
      accountId: account.id,
      userId: admin.id,
      role: 'admin',
      departmentId: null,
      via: 'session',
    };
    const tech = await technologies.connect(g, actor, {
      kind: 'openai-compatible',
      name: 'Instant model',
      baseUrl: model.url,
      apiKey: 'test-key',
      region: 'USA',
      termsAccepted: true,
    });
    await technologies.setSurface(g, actor, 'deal', {
      enabled: true,
      defaultTechnologyId: tech.id,
      allowedTechnologyIds: [tech.id, 'local'],
      fallbackTechnologyIds: ['local'],
    });
    await acceptTerms(store.db, actor, 1);
    await acknowledgeDisclosure(g, actor, tech.id);
    const input = {
      surface: 'deal' as const,
      messages: [
        {
          role: 'user' as const,
          content:
            'Draft a short follow-up to Anna Keller (anna.keller@northwind.example, +1 415 555 0134) about the 40-seat renewal we discussed on the call, and mention the security questionnaire.',
        },
      ],
      stream: false,
    };
    const one = async () => {
      const p = await prepareRequest(g, toGovernedRequest(actor, input));
      for await (const part of invokeGoverned(g, p, new AbortController().signal, true))
        if (part.type === 'error') throw new Error(part.error.message);
      const total = performance.now() - p.startedAt;
      const stages = Object.fromEntries(p.decisions.map((d) => [d.stage, d.ms ?? 0]));
      return { total, overhead: total - (stages.invoke ?? 0), stages };
    };
    for (let i = 0; i < 50; i++) await one();
    const commit = await bareCommit(store.db);
    console.log(`bare insert+commit on this store: p50 ${commit.p50} ms, p99 ${commit.p99} ms`);
    const rows = [];
    for (const c of CONCURRENCY) {
      const results: Awaited<ReturnType<typeof one>>[] = [];
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: c }, async () => {
          while (next++ < N) results.push(await one());
        }),
      );
      const secs = (performance.now() - t0) / 1000;
      const stageNames = Object.keys(results[0]!.stages);
      rows.push({
        concurrency: c,
        requests: results.length,
        reqPerSec: Math.round(results.length / secs),
        overheadMs: {
          p50: pct(
            results.map((r) => r.overhead),
            50,
          ),
          p99: pct(
            results.map((r) => r.overhead),
            99,
          ),
        },
        totalMs: {
          p50: pct(
            results.map((r) => r.total),
            50,
          ),
          p99: pct(
            results.map((r) => r.total),
            99,
          ),
        },
        stagesMs: Object.fromEntries(
          stageNames.map((s) => [
            s,
            {
              p50: pct(
                results.map((r) => r.stages[s] ?? 0),
                50,
              ),
              p99: pct(
                results.map((r) => r.stages[s] ?? 0),
                99,
              ),
            },
          ]),
        ),
      });
      const r = rows.at(-1)!;
      console.log(
        `concurrency ${c}: overhead p50 ${r.overheadMs.p50} ms, p99 ${r.overheadMs.p99} ms; ${r.reqPerSec} req/s; stages p50 ${Object.entries(
          r.stagesMs,
        )
          .map(([k, v]) => `${k} ${v.p50}`)
          .join(', ')}`,
      );
    }
    const summary = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
      note: 'overhead = total − invoke (the model call to an in-process server that answers at once); audit = ledger group commit; bareCommitMs = one-row insert+commit on the same store, the floor of the audit stage',
      bareCommitMs: commit,
      rows,
      goal: { p50Ms: 1, p99Ms: 5 },
    };
    writeResult('pipeline', summary);
    return true;
  } finally {
    await g.close();
    await model.close();
    await bench.close();
  }
}
