import fs from 'node:fs';
import path from 'node:path';

/** What the holder of a data folder writes into its lock, so that others can find its database. */
export type LockInfo = { pid: number; port: number; startedAt: string };

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly lockPath: string,
    readonly holder: LockInfo,
  ) {
    super(`The data folder is in use by another Cohelm process (pid ${holder.pid}); lock file ${lockPath}`);
  }
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(lockPath: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : undefined;
  } catch {
    return undefined;
  }
}

/** The live holder of the lock, or undefined when the lock is free or stale. */
export function liveHolder(lockPath: string): LockInfo | undefined {
  const info = readLock(lockPath);
  return info && info.pid !== process.pid && isProcessAlive(info.pid) ? info : undefined;
}

/**
 * Takes the data-folder lock with an exclusive create. A lock left by a dead process (kill -9) is
 * stale and is taken over; a live holder makes this throw DataDirLockedError.
 */
export function acquireLock(dataDir: string, info: Omit<LockInfo, 'pid' | 'startedAt'>): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'cohelm.lock');
  const body = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), ...info });
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(lockPath, body, { flag: 'wx', mode: 0o600 });
      return new DataDirLock(lockPath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLock(lockPath);
      if (holder && isProcessAlive(holder.pid)) throw new DataDirLockedError(lockPath, holder);
      // Stale: rename it away atomically so that only one contender removes it.
      try {
        fs.renameSync(lockPath, `${lockPath}.stale.${process.pid}`);
        fs.rmSync(`${lockPath}.stale.${process.pid}`, { force: true });
      } catch {
        /* another contender got there first; retry */
      }
    }
  }
  throw new Error(`Could not acquire ${lockPath}`);
}

export class DataDirLock {
  constructor(readonly lockPath: string) {}

  update(info: Partial<LockInfo>): void {
    const current = readLock(this.lockPath);
    if (current?.pid !== process.pid) return;
    fs.writeFileSync(this.lockPath, JSON.stringify({ ...current, ...info }), { mode: 0o600 });
  }

  release(): void {
    if (readLock(this.lockPath)?.pid === process.pid) fs.rmSync(this.lockPath, { force: true });
  }
}
