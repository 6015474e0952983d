/**
 * `npm test`: starts one embedded PostgreSQL for the whole run, migrates a template database that every
 * test file clones, and runs node:test over every *.test.ts file. When COHELM_TEST_DATABASE_URL is set,
 * the same suite runs a second time against that external PostgreSQL. Fails when a test fails or is
 * skipped, or when a phase did not run.
 *
 * Usage: tsx scripts/test.ts [file-or-filter ...]
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runMigrations } from '../src/store/database.js';
import { startEmbeddedPostgres } from '../src/store/embedded-postgres.js';
import { withDatabase } from '../src/testing/test-database.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TEMPLATE = 'cohelm_template';
const CHROMIUM = '/usr/bin/chromium';

function findTests(dir: string): string[] {
  const out: string[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(p));
    else if (entry.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

async function prepareTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname = $1 or datname like 'cohelm\\_t\\_%'",
      [TEMPLATE],
    );
    for (const { datname } of rows) {
      await admin.query(`alter database "${datname}" is_template false`);
      await admin.query(`drop database "${datname}" with (force)`);
    }
    await admin.query(`create database "${TEMPLATE}"`);
  } finally {
    await admin.end();
  }
  await runMigrations(withDatabase(adminUrl, TEMPLATE));
  const again = new pg.Client({ connectionString: adminUrl });
  await again.connect();
  await again.query(`alter database "${TEMPLATE}" is_template true`);
  await again.end();
}

type PhaseResult = { name: string; pass: number; fail: number; skip: number; todo: number; code: number };

/** What a Ctrl-C or a `timeout` must not leave behind: the test process and the embedded server. */
const running: { child?: import('node:child_process').ChildProcess; stop?: () => Promise<void> } = {};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    running.child?.kill('SIGTERM');
    void (running.stop?.() ?? Promise.resolve()).finally(() => process.exit(130));
  });

/** Embedded servers of earlier runs that were killed outright (kill -9): stop them, remove their data. */
function sweepOrphanedServers(): void {
  const base = path.join(ROOT, '.test-data');
  if (!fs.existsSync(base)) return;
  for (const name of fs.readdirSync(base)) {
    const owner = Number(/-(\d+)$/.exec(name)?.[1]);
    if (!owner || owner === process.pid || alive(owner)) continue;
    const pidFile = path.join(base, name, 'pg', 'postmaster.pid');
    const postmaster = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
    if (postmaster && alive(postmaster)) process.kill(postmaster, 'SIGINT');
    fs.rmSync(path.join(base, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runNodeTest(name: string, files: string[], env: Record<string, string>): Promise<PhaseResult> {
  const tap = path.join(ROOT, 'test-results', `${name}-${process.pid}.tap`);
  fs.mkdirSync(path.dirname(tap), { recursive: true });
  const args = [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${process.env.COHELM_TEST_CONCURRENCY ?? '2'}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    running.child = child;
    child.on('exit', (code) => {
      const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
      const count = (key: string) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
      resolve({
        name,
        pass: count('pass'),
        fail: count('fail') + count('cancelled'),
        skip: count('skipped'),
        todo: count('todo'),
        code: code ?? 1,
      });
    });
  });
}

/** Debian packages some tests need, by the files that are there when they are installed. */
const DEBIAN_NEEDS: {
  packages: string[];
  files: string[];
  usedBy: (testFile: string) => boolean;
  what: string;
}[] = [
  {
    what: "Debian's Chromium for the browser tests",
    packages: ['chromium'],
    files: [CHROMIUM],
    usedBy: (f) => f.includes(`${path.sep}e2e${path.sep}`),
  },
  {
    what: 'the speech tools (offline recogniser, ffmpeg, espeak-ng) for the speech tests',
    packages: ['pocketsphinx', 'pocketsphinx-en-us', 'ffmpeg', 'espeak-ng', 'sox'],
    files: [
      '/usr/bin/pocketsphinx_continuous',
      '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
      '/usr/bin/ffmpeg',
      '/usr/bin/ffprobe',
      '/usr/bin/espeak-ng',
      '/usr/bin/sox',
    ],
    usedBy: (f) => /speech/.test(path.relative(ROOT, f)),
  },
];

/** On a fresh machine `npm test` installs the Debian packages the chosen tests need (as root). */
function ensureDebianPackages(testFiles: string[]): void {
  const needed = DEBIAN_NEEDS.filter(
    (n) => testFiles.some(n.usedBy) && n.files.some((f) => !fs.existsSync(f)),
  );
  if (!needed.length) return;
  const packages = needed.flatMap((n) => n.packages);
  if (process.getuid?.() !== 0)
    throw new Error(
      `Missing ${needed.map((n) => n.what).join('; ')}: install with "sudo apt-get install -y ${packages.join(' ')}"`,
    );
  console.log(`Installing ${needed.map((n) => n.what).join('; ')} (one time)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env });
}

async function main() {
  const filters = process.argv.slice(2);
  const all = ['src', 'test', 'web/src', 'bench'].flatMap((dir) => findTests(path.join(ROOT, dir))).sort();
  const files = filters.length ? all.filter((f) => filters.some((x) => f.includes(x))) : all;
  if (files.length === 0) throw new Error(`No test files match ${filters.join(' ')}`);
  ensureDebianPackages(files);

  const results: PhaseResult[] = [];
  sweepOrphanedServers();
  const dir = path.join(ROOT, '.test-data', `pg-${process.pid}`);
  const embedded = await startEmbeddedPostgres({ dir, port: 0, database: 'postgres', ephemeral: true });
  running.stop = async () => {
    await embedded.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await prepareTemplate(embedded.url);
    console.log(`\n▶ embedded PostgreSQL 18 on port ${embedded.port}: ${files.length} test files\n`);
    results.push(
      await runNodeTest('embedded', files, {
        COHELM_TEST_ADMIN_URL: embedded.url,
        COHELM_TEST_TEMPLATE: TEMPLATE,
        COHELM_TEST_TARGET: 'embedded',
      }),
    );
  } finally {
    await embedded.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const external = process.env.COHELM_TEST_DATABASE_URL;
  if (!external && process.env.COHELM_TEST_REQUIRE_EXTERNAL)
    throw new Error('COHELM_TEST_DATABASE_URL is required');
  if (external) {
    await prepareTemplate(external);
    console.log(`\n▶ external PostgreSQL (${new URL(external).host}): ${files.length} test files\n`);
    results.push(
      await runNodeTest('external', files, {
        COHELM_TEST_ADMIN_URL: external,
        COHELM_TEST_TEMPLATE: TEMPLATE,
        COHELM_TEST_TARGET: 'external',
      }),
    );
  }

  console.log('\nSummary');
  let ok = true;
  for (const r of results) {
    console.log(
      `  ${r.name}: ${r.pass} passed, ${r.fail} failed, ${r.skip} skipped, ${r.todo} todo (exit ${r.code})`,
    );
    if (r.code !== 0 || r.fail > 0 || r.skip > 0 || r.todo > 0 || r.pass === 0) ok = false;
  }
  const pass = results.reduce((n, r) => n + r.pass, 0);
  const fail = results.reduce((n, r) => n + r.fail, 0);
  const skip = results.reduce((n, r) => n + r.skip, 0);
  console.log(`${pass} passed, ${fail} failed, ${skip} skipped`);
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
