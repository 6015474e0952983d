import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sweepStaleUploads } from './recording-files.js';

test('unfinished uploads left by a crash are swept; recent ones and recordings stay', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-sweep-'));
  const account = path.join(dir, 'acc');
  fs.mkdirSync(account);
  const old = path.join(account, '.upload-call-aaaa');
  const fresh = path.join(account, '.upload-call-bbbb');
  const kept = path.join(account, 'call-1234.wav');
  for (const f of [old, fresh, kept]) fs.writeFileSync(f, 'x');
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
  fs.utimesSync(kept, twoHoursAgo, twoHoursAgo);
  assert.equal(await sweepStaleUploads(dir), 1);
  assert.ok(!fs.existsSync(old));
  assert.ok(fs.existsSync(fresh), 'an upload that may still be running stays');
  assert.ok(fs.existsSync(kept), 'finished recordings stay');
  assert.equal(await sweepStaleUploads(path.join(dir, 'missing')), 0, 'no recordings folder yet is fine');
  fs.rmSync(dir, { recursive: true, force: true });
});
