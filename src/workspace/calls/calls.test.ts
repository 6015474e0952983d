import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { seedAccount, startTestApp, type TestContext } from '../../testing/harness.js';

/** A real WAV file: 16-bit mono PCM at 8 kHz with a 440 Hz tone. */
function wav(seconds: number): Buffer {
  const samples = 8000 * seconds;
  const b = Buffer.alloc(44 + samples * 2);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + samples * 2, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36);
  b.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++)
    b.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 8000)), 44 + i * 2);
  return b;
}

describe('calls', () => {
  let ctx: TestContext;
  let acme: Awaited<ReturnType<typeof seedAccount>>;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-calls-'));
  const recordings = path.join(dataDir, 'recordings');
  const filesIn = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => e.name)
      : [];

  before(async () => {
    ctx = await startTestApp({ COHELM_DATA_DIR: dataDir, COHELM_MAX_RECORDING_MB: '1' });
    acme = await seedAccount(ctx);
  });
  after(async () => {
    await ctx.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('lifecycle: planned → started → ended, with events and a duration', async () => {
    const deal = (await acme.user.request('POST', '/api/deals', { title: 'Call deal' })).json();
    const created = await acme.user.request('POST', '/api/calls', {
      subject: 'Discovery',
      direction: 'outbound',
      dealId: deal.id,
      participants: [{ name: 'Dana Buyer', phone: '+1 555 0100', role: 'customer' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const call = created.json();
    assert.equal(call.status, 'planned');
    const started = await acme.user.request('POST', `/api/calls/${call.id}/start`);
    assert.equal(started.json().status, 'in_progress');
    assert.equal(
      (await acme.user.request('POST', `/api/calls/${call.id}/start`)).json().error.code,
      'conflict',
    );
    const ended = (await acme.user.request('POST', `/api/calls/${call.id}/end`)).json();
    assert.equal(ended.status, 'ended');
    assert.ok(ended.durationSeconds >= 0);
    const events = await ctx.store.pool.query(
      'select type, payload from events where entity_id = $1 order by seq',
      [call.id],
    );
    assert.deepEqual(
      events.rows.map((r) => r.type),
      ['call.created', 'call.started', 'call.ended'],
    );
    assert.equal(events.rows[2].payload.dealId, deal.id);

    const transcript = await acme.user.request('PUT', `/api/calls/${call.id}/transcript`, {
      text: 'Agent: Hello.\nCustomer: Hi, we need 40 seats by March.',
      segments: [
        { speaker: 'Agent', start: 0, end: 1.2, text: 'Hello.' },
        { speaker: 'Customer', start: 1.4, end: 4, text: 'Hi, we need 40 seats by March.' },
      ],
    });
    assert.equal(transcript.statusCode, 200, transcript.body);
    assert.equal(transcript.json().transcriptSegments.length, 2);

    const logged = await acme.user.request('POST', '/api/calls', {
      direction: 'inbound',
      status: 'ended',
      startedAt: '2026-01-01T10:00:00Z',
      endedAt: '2026-01-01T10:05:00Z',
    });
    assert.equal(logged.json().durationSeconds, 300);
    const backwards = await acme.user.request('POST', '/api/calls', {
      direction: 'inbound',
      status: 'ended',
      startedAt: '2026-01-01T10:00:00Z',
      endedAt: '2026-01-01T09:00:00Z',
    });
    assert.equal(backwards.statusCode, 400);
  });

  test('recording: consent required, streamed to disk, checked by content, served back with ranges', async () => {
    const call = (await acme.user.request('POST', '/api/calls', { direction: 'outbound' })).json();
    const audio = wav(2);
    const noConsent = await acme.user.request('PUT', `/api/calls/${call.id}/recording`, audio, {
      'content-type': 'audio/wav',
    });
    assert.equal(noConsent.statusCode, 409);
    assert.equal(noConsent.json().error.code, 'consent_required');

    await acme.user.request('PATCH', `/api/calls/${call.id}`, { recordingConsent: true });
    const up = await acme.user.request('PUT', `/api/calls/${call.id}/recording`, audio, {
      'content-type': 'audio/wav',
    });
    assert.equal(up.statusCode, 200, up.body);
    assert.equal(up.json().hasRecording, true);
    assert.equal(up.json().recordingBytes, audio.length);
    assert.equal(up.json().recordingMime, 'audio/wav');
    assert.ok(!('recordingPath' in up.json()), 'the file location is not exposed');

    const down = await acme.user.request('GET', `/api/calls/${call.id}/recording`);
    assert.equal(down.statusCode, 200);
    assert.equal(down.headers['content-type'], 'audio/wav');
    assert.ok(down.rawPayload.equals(audio), 'byte-for-byte the same');
    const part = await acme.user.request('GET', `/api/calls/${call.id}/recording`, undefined, {
      range: 'bytes=0-11',
    });
    assert.equal(part.statusCode, 206);
    assert.equal(part.rawPayload.toString('latin1', 0, 4), 'RIFF');
    assert.equal(part.rawPayload.length, 12);

    // Someone who cannot see the call cannot hear it either.
    assert.equal((await acme.admin.request('GET', `/api/calls/${call.id}/recording`)).statusCode, 200);
    const other = await seedAccount(ctx);
    assert.equal((await other.admin.request('GET', `/api/calls/${call.id}/recording`)).statusCode, 404);

    // Not audio → 415; too large → 413; neither leaves a file behind nor changes the call.
    const before = filesIn(recordings).length;
    const text = await acme.user.request(
      'PUT',
      `/api/calls/${call.id}/recording`,
      Buffer.from('#!/bin/sh\necho not audio at all\n'),
      {
        'content-type': 'audio/wav',
      },
    );
    assert.equal(text.statusCode, 415);
    assert.equal(text.json().error.code, 'unsupported_media_type');
    const big = Buffer.concat([wav(1), Buffer.alloc(1_600_000)]);
    const tooBig = await acme.user.request('PUT', `/api/calls/${call.id}/recording`, big, {
      'content-type': 'audio/wav',
    });
    assert.equal(tooBig.statusCode, 413, tooBig.body);
    assert.equal(tooBig.json().error.code, 'payload_too_large');
    assert.equal(filesIn(recordings).length, before, 'no temporary files left');
    const still = (await acme.user.request('GET', `/api/calls/${call.id}`)).json();
    assert.equal(still.recordingBytes, audio.length);

    // Replacing keeps one file; deleting the call removes it.
    const again = await acme.user.request('PUT', `/api/calls/${call.id}/recording`, wav(1), {
      'content-type': 'audio/x-wav',
    });
    assert.equal(again.statusCode, 200);
    assert.equal(filesIn(recordings).length, before);
    assert.equal((await acme.user.request('DELETE', `/api/calls/${call.id}`)).statusCode, 204);
    assert.equal(filesIn(recordings).length, before - 1);
  });
});
