/** A real `cohelm serve` process on its own data folder, for tests that kill it. */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from '../../src/store/data-lock.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export type ServerProcess = ChildProcess & { output: () => string };

export function serve(
  dataDir: string,
  port: number,
  admin: { email: string; password: string },
  env: Record<string, string> = {},
): ServerProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/cohelm.js'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      COHELM_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      COHELM_ADMIN_EMAIL: admin.email,
      COHELM_ADMIN_PASSWORD: admin.password,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ServerProcess;
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  child.output = () => output;
  return child;
}

export async function waitHealthy(base: string, child: ServerProcess, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${child.output()}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Signs in; the headers of a JSON request with the session cookie and CSRF token. */
export async function login(base: string, admin: { email: string; password: string }) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  assert.equal(res.status, 200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

/** Stops the embedded PostgreSQL a killed server left running in `dataDir`. */
export function stopOrphanedDatabase(dataDir: string): void {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (isProcessAlive(pid)) process.kill(pid, 'SIGQUIT');
}
