import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { seedAccount, sessionClient, signIn, startTestApp, type TestContext } from '../../testing/harness.js';
import { sniffAudio } from './recording-files.js';

/** A real WAV file: 16-bit mono PCM at 8 kHz, silent. */
function wav(seconds: number): Buffer {
  const dataBytes = 8000 * seconds * 2;
  const b = Buffer.alloc(44 + dataBytes);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + dataBytes, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20); // PCM
  b.writeUInt16LE(1, 22); // mono
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36);
  b.writeUInt32LE(dataBytes, 40);
  return b;
}

test('formats are recognised by their first bytes, not by what the client says', () => {
  const head = (hex: string, text = '') =>
    Buffer.concat([Buffer.from(hex, 'hex'), Buffer.from(text), Buffer.alloc(16)]);
  const cases: [string, Buffer, string | undefined][] = [
    ['WAV', wav(1).subarray(0, 16), 'audio/wav'],
    ['RIFF but AVI', Buffer.from('RIFF\0\0\0\0AVI LIST'), undefined],
    ['MP3 with ID3 tag', Buffer.concat([Buffer.from('ID3'), Buffer.alloc(13)]), 'audio/mpeg'],
    ['MP3 frame sync', head('fffb9064'), 'audio/mpeg'],
    ['Ogg', Buffer.concat([Buffer.from('OggS'), Buffer.alloc(12)]), 'audio/ogg'],
    ['WebM', head('1a45dfa3'), 'audio/webm'],
    [
      'M4A',
      Buffer.concat([Buffer.from('00000020', 'hex'), Buffer.from('ftypM4A '), Buffer.alloc(4)]),
      'audio/mp4',
    ],
    ['FLAC', Buffer.concat([Buffer.from('fLaC'), Buffer.alloc(12)]), 'audio/flac'],
    ['PNG', head('89504e470d0a1a0a'), undefined],
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), undefined],
    ['shell script', Buffer.from('#!/bin/sh\necho hi\n'), undefined],
    ['too short', Buffer.from('RIFF'), undefined],
  ];
  for (const [what, bytes, mime] of cases) assert.equal(sniffAudio(bytes)?.mime, mime, what);
});

describe('call recordings', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-recordings-'));
  const recordings = path.join(dataDir, 'recordings');
  /** Every file under the recordings folder, temporary ones included. */
  const files = (): string[] =>
    fs.existsSync(recordings)
      ? fs
          .readdirSync(recordings, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => path.relative(recordings, path.join(e.parentPath, e.name)))
          .sort()
      : [];
  const callRow = async (id: string) =>
    (await ctx.store.pool.query('select * from calls where id = $1', [id])).rows[0];
  const newCall = async (consent = true) =>
    (
      await acme.user.request('POST', '/api/calls', { direction: 'outbound', recordingConsent: consent })
    ).json();
  const upload = (id: string, body: Buffer, type = 'audio/wav', who = acme.user) =>
    who.request('PUT', `/api/calls/${id}/recording`, body, { 'content-type': type });

  before(async () => {
    ctx = await startTestApp({ COHELM_DATA_DIR: dataDir, COHELM_MAX_RECORDING_MB: '1' });
    acme = await seedAccount(ctx);
  });
  after(async () => {
    await ctx.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('upload, download byte for byte, ranges, and the event', async () => {
    const call = await newCall();
    const audio = wav(2);
    const up = await upload(call.id, audio);
    assert.equal(up.statusCode, 200, up.body);
    assert.equal(up.json().hasRecording, true);
    assert.equal(up.json().recordingBytes, audio.length);
    assert.equal(up.json().recordingMime, 'audio/wav');
    assert.ok(!('recordingPath' in up.json()), 'the file location is not exposed');

    const row = await callRow(call.id);
    assert.equal(path.dirname(row.recording_path), acme.account.id, 'stored per account, relative');
    assert.deepEqual(files(), [row.recording_path]);
    assert.ok(fs.readFileSync(path.join(recordings, row.recording_path)).equals(audio));

    const down = await acme.user.request('GET', `/api/calls/${call.id}/recording`);
    assert.equal(down.statusCode, 200);
    assert.equal(down.headers['content-type'], 'audio/wav');
    assert.equal(down.headers['accept-ranges'], 'bytes');
    assert.ok(down.rawPayload.equals(audio), 'byte for byte the same');

    const part = await acme.user.request('GET', `/api/calls/${call.id}/recording`, undefined, {
      range: 'bytes=8-11',
    });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers['content-range'], `bytes 8-11/${audio.length}`);
    assert.equal(part.rawPayload.toString('latin1'), 'WAVE');
    const tail = await acme.user.request('GET', `/api/calls/${call.id}/recording`, undefined, {
      range: 'bytes=-4',
    });
    assert.ok(tail.rawPayload.equals(audio.subarray(-4)));
    const outside = await acme.user.request('GET', `/api/calls/${call.id}/recording`, undefined, {
      range: `bytes=${audio.length}-`,
    });
    assert.equal(outside.statusCode, 416);
    assert.equal(outside.headers['content-range'], `bytes */${audio.length}`);

    const event = await ctx.store.pool.query(
      "select payload from events where entity_id = $1 and type = 'call.recording_uploaded'",
      [call.id],
    );
    assert.equal(event.rows.length, 1);
    assert.equal(event.rows[0].payload.bytes, audio.length);
    assert.equal(event.rows[0].payload.mime, 'audio/wav');
    assert.equal(event.rows[0].payload.hasRecording, true);

    // Admins hear every call of the account; someone who cannot see the call cannot hear it.
    assert.equal((await acme.admin.request('GET', `/api/calls/${call.id}/recording`)).statusCode, 200);
    const colleague = (
      await acme.admin.request('POST', '/api/users', {
        email: `colleague-${call.id}@example.test`,
        name: 'Colleague',
        password: 'a long enough password',
      })
    ).json();
    const outsider = sessionClient(
      ctx.app,
      { userId: colleague.id, accountId: acme.account.id, email: colleague.email },
      await signIn(ctx.app, colleague.email, 'a long enough password'),
    );
    for (const method of ['GET', 'DELETE']) {
      assert.equal((await outsider.request(method, `/api/calls/${call.id}/recording`)).statusCode, 404);
    }
    assert.equal((await upload(call.id, wav(1), 'audio/wav', outsider)).statusCode, 404);
    assert.equal((await callRow(call.id)).recording_bytes, audio.length);
  });

  test('no consent, no recording; consent cannot be withdrawn while a recording exists', async () => {
    const call = await newCall(false);
    const before = files();
    const refused = await upload(call.id, wav(1));
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'consent_required');
    assert.match(refused.json().error.message, /consent/i);
    assert.deepEqual(files(), before);
    assert.equal((await callRow(call.id)).recording_path, null);

    const agreed = await acme.user.request('PATCH', `/api/calls/${call.id}`, { recordingConsent: true });
    assert.equal(agreed.statusCode, 200);
    assert.equal((await upload(call.id, wav(1))).statusCode, 200);
    const withdraw = await acme.user.request('PATCH', `/api/calls/${call.id}`, { recordingConsent: false });
    assert.equal(withdraw.statusCode, 409);
    assert.equal(withdraw.json().error.code, 'consent_required');

    const removed = await acme.user.request('DELETE', `/api/calls/${call.id}/recording`);
    assert.equal(removed.statusCode, 204);
    assert.deepEqual(files(), before, 'the file is gone');
    assert.equal((await acme.user.request('GET', `/api/calls/${call.id}/recording`)).statusCode, 404);
    assert.equal((await acme.user.request('DELETE', `/api/calls/${call.id}/recording`)).statusCode, 404);
    const got = (await acme.user.request('GET', `/api/calls/${call.id}`)).json();
    assert.equal(got.hasRecording, false);
    assert.equal(got.recordingBytes, null);
    const types = await ctx.store.pool.query(
      "select type from events where entity_id = $1 and type like 'call.recording%' order by seq",
      [call.id],
    );
    assert.deepEqual(
      types.rows.map((r) => r.type),
      ['call.recording_uploaded', 'call.recording_deleted'],
    );
    assert.equal(
      (await acme.user.request('PATCH', `/api/calls/${call.id}`, { recordingConsent: false })).statusCode,
      200,
    );
  });

  test('not audio → 415, too large → 413: no file left behind, the call unchanged', async () => {
    const call = await newCall();
    const audio = wav(1);
    assert.equal((await upload(call.id, audio)).statusCode, 200);
    const before = files();
    const row = await callRow(call.id);

    const notAudio: [string, Buffer, string][] = [
      ['script labelled as WAV', Buffer.from('#!/bin/sh\necho not audio at all\n'), 'audio/wav'],
      [
        'PNG as octet-stream',
        Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(4096)]),
        'application/octet-stream',
      ],
      ['a few bytes', Buffer.from('RIFF'), 'audio/wav'],
    ];
    for (const [what, body, type] of notAudio) {
      const res = await upload(call.id, body, type);
      assert.equal(res.statusCode, 415, `${what} → ${res.body}`);
      assert.equal(res.json().error.code, 'unsupported_media_type');
    }
    const empty = await upload(call.id, Buffer.alloc(0));
    assert.equal(empty.statusCode, 400, empty.body);
    const wrongType = await upload(call.id, audio, 'text/plain');
    assert.equal(wrongType.statusCode, 415);

    const big = Buffer.concat([wav(1), Buffer.alloc(1_500_000)]);
    const declared = await upload(call.id, big);
    assert.equal(declared.statusCode, 413, declared.body);
    assert.equal(declared.json().error.code, 'payload_too_large');

    assert.deepEqual(files(), before, 'no temporary or partial files');
    assert.deepEqual(await callRow(call.id), row, 'the call is unchanged');
  });

  test('without a Content-Length the cap holds while streaming, and the client hears 413 as it sends', async () => {
    const call = await newCall();
    assert.equal((await upload(call.id, wav(1))).statusCode, 200);
    const row = await callRow(call.id);
    const key = (await acme.user.request('POST', '/api/api-keys', { name: 'uploader' })).json().key;
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const before = files();
    const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        `${address}/api/calls/${call.id}/recording`,
        { method: 'PUT', headers: { authorization: `Bearer ${key}`, 'content-type': 'audio/wav' } },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      (async () => {
        // Chunked, with no Content-Length: 3 MB in 64 KB pieces.
        for (const chunk of [wav(1), ...Array.from({ length: 48 }, () => Buffer.alloc(65_536))]) {
          if (req.destroyed) return;
          if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
        }
        req.end();
      })().catch(() => {});
    });
    assert.equal(result.status, 413, result.body);
    assert.equal(JSON.parse(result.body).error.code, 'payload_too_large');
    assert.deepEqual(files(), before);
    assert.deepEqual(await callRow(call.id), row);
  });

  test('replacing keeps one file; deleting the call deletes it', async () => {
    const call = await newCall();
    assert.equal((await upload(call.id, wav(2))).statusCode, 200);
    const first = (await callRow(call.id)).recording_path;
    const others = files().filter((f) => f !== first);
    const again = await upload(call.id, wav(1), 'audio/x-wav');
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().recordingBytes, wav(1).length);
    const second = (await callRow(call.id)).recording_path;
    assert.notEqual(second, first);
    assert.deepEqual(files(), [...others, second].sort());
    assert.equal((await acme.user.request('DELETE', `/api/calls/${call.id}`)).statusCode, 204);
    assert.deepEqual(files(), others);
  });
});
