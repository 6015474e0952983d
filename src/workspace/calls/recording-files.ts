import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/errors.js';

/** Audio formats we accept, recognised by their first bytes (the Content-Type header is only a hint). */
const SIGNATURES: { mime: string; ext: string; test: (b: Buffer) => boolean }[] = [
  {
    mime: 'audio/wav',
    ext: 'wav',
    test: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WAVE',
  },
  { mime: 'audio/ogg', ext: 'ogg', test: (b) => b.toString('latin1', 0, 4) === 'OggS' },
  { mime: 'audio/webm', ext: 'webm', test: (b) => b.readUInt32BE(0) === 0x1a45dfa3 },
  { mime: 'audio/mp4', ext: 'm4a', test: (b) => b.toString('latin1', 4, 8) === 'ftyp' },
  { mime: 'audio/flac', ext: 'flac', test: (b) => b.toString('latin1', 0, 4) === 'fLaC' },
  {
    mime: 'audio/mpeg',
    ext: 'mp3',
    test: (b) => b.toString('latin1', 0, 3) === 'ID3' || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0),
  },
];
const HEAD_BYTES = 12;

export function sniffAudio(head: Buffer): { mime: string; ext: string } | undefined {
  if (head.length < HEAD_BYTES) return undefined;
  return SIGNATURES.find((s) => s.test(head));
}

const notAudio = () =>
  new AppError(
    'unsupported_media_type',
    'This is not an audio format we accept (WAV, MP3, OGG/Opus, WebM, M4A, FLAC)',
  );

export const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', `A recording may be at most ${Math.round(maxBytes / 1024 / 1024)} MB`);

/** Counts bytes and recognises the format from the first bytes, failing as soon as either rule breaks. */
class RecordingMeter extends Transform {
  bytes = 0;
  kind: { mime: string; ext: string } | undefined;
  private head = Buffer.alloc(0);

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(
    chunk: Buffer,
    _enc: BufferEncoding,
    done: (err?: Error | null, data?: Buffer) => void,
  ) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(tooLarge(this.maxBytes));
    if (!this.kind) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
      if (this.head.length >= HEAD_BYTES) {
        this.kind = sniffAudio(this.head);
        if (!this.kind) return done(notAudio());
      }
    }
    done(null, chunk);
  }

  override _flush(done: (err?: Error | null) => void) {
    if (this.bytes === 0) return done(new AppError('validation_failed', 'The recording is empty'));
    done(this.kind ? null : notAudio());
  }
}

async function fsync(file: string, flags = 'r'): Promise<void> {
  const handle = await fs.promises.open(file, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export type StoredRecording = { relativePath: string; mime: string; bytes: number };

/**
 * Streams an upload to a temporary file (never held in memory), enforcing the size cap and the
 * format as bytes arrive, fsyncs, and renames it into place. On any failure the temporary file is
 * removed; the caller points the database at the file only after this returns.
 */
export async function storeRecording(
  body: Readable,
  dir: string,
  accountId: string,
  callId: string,
  maxBytes: number,
): Promise<StoredRecording> {
  const folder = path.join(dir, accountId);
  await fs.promises.mkdir(folder, { recursive: true });
  const tmp = path.join(folder, `.upload-${callId}-${randomBytes(6).toString('hex')}`);
  const meter = new RecordingMeter(maxBytes);
  try {
    await pipeline(body, meter, fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
    // Durable before the database points at it: a crash after commit must not leave a hole.
    await fsync(tmp);
    const name = `${callId}-${randomBytes(4).toString('hex')}.${meter.kind!.ext}`;
    await fs.promises.rename(tmp, path.join(folder, name));
    await fsync(folder);
    return { relativePath: path.join(accountId, name), mime: meter.kind!.mime, bytes: meter.bytes };
  } catch (err) {
    await fs.promises.rm(tmp, { force: true });
    if (err instanceof AppError) throw err;
    // A client that hangs up mid-upload is not a server error.
    const code = (err as NodeJS.ErrnoException).code;
    if (
      code === 'ERR_STREAM_PREMATURE_CLOSE' ||
      code === 'ECONNRESET' ||
      (err as Error).message === 'aborted'
    )
      throw new AppError('validation_failed', 'The upload was interrupted');
    throw err;
  }
}

export function recordingPath(dir: string, relativePath: string): string {
  const full = path.resolve(dir, relativePath);
  // Paths come from our own rows, but never let one escape the recordings folder.
  if (!full.startsWith(path.resolve(dir) + path.sep)) throw new AppError('not_found', 'Recording not found');
  return full;
}

export async function removeRecordingFile(dir: string, relativePath: string | null): Promise<void> {
  if (relativePath) await fs.promises.rm(recordingPath(dir, relativePath), { force: true });
}

/**
 * Removes temporary upload files that a crash left behind. Only files older than `olderThanMs` go, so
 * an upload in progress in another process sharing the folder is never touched.
 */
export async function sweepStaleUploads(dir: string, olderThanMs = 60 * 60_000): Promise<number> {
  const accounts = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const account of accounts.filter((e) => e.isDirectory())) {
    const folder = path.join(dir, account.name);
    for (const name of await fs.promises.readdir(folder)) {
      if (!name.startsWith('.upload-')) continue;
      const file = path.join(folder, name);
      const stat = await fs.promises.stat(file).catch(() => undefined);
      if (stat && Date.now() - stat.mtimeMs > olderThanMs) {
        await fs.promises.rm(file, { force: true });
        removed++;
      }
    }
  }
  return removed;
}
