import { spawn } from 'node:child_process';
import { AppError } from '../../shared/errors.js';

export type ToolOptions = { timeoutMs: number; signal?: AbortSignal };

export type ToolResult = { code: number | null; stdout: Buffer; stderr: string };

/** Keeps the end of stderr: the error that matters is the last thing ffmpeg says. */
const STDERR_KEEP = 64 * 1024;

/**
 * Runs an audio tool without a shell. It is killed (SIGKILL) when the timeout passes
 * (`audio_timeout`) or the signal aborts (rejects with the signal's reason). Stdout is collected
 * unless `onStderrLine` streams stderr instead of keeping all of it.
 */
export function runTool(
  command: string,
  args: string[],
  { timeoutMs, signal }: ToolOptions,
  onStderrLine?: (line: string) => void,
): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    let partial = '';
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const timer = setTimeout(() => {
      kill();
      finish(() =>
        reject(new AppError('audio_timeout', `${command} took longer than ${timeoutMs} ms and was stopped`)),
      );
    }, timeoutMs);
    const onAbort = () => {
      kill();
      finish(() => reject(signal?.reason ?? new Error('aborted')));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      stderr = (stderr + s).slice(-STDERR_KEEP);
      if (!onStderrLine) return;
      const lines = (partial + s).split(/\r?\n|\r/);
      partial = lines.pop() ?? '';
      for (const line of lines) onStderrLine(line);
    });
    child.on('error', (e) => finish(() => reject(e)));
    child.on('close', (code) => {
      if (onStderrLine && partial) onStderrLine(partial);
      finish(() => resolve({ code, stdout: Buffer.concat(out), stderr }));
    });
  });
}

/** The last meaningful line ffmpeg/ffprobe wrote, for an error message. */
export const lastLine = (stderr: string): string =>
  stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1) ?? '';
