import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type MultipartBody,
  type ProtocolServer,
  startProtocolServer,
} from '../../testing/protocol-server.js';
import { servedBy } from '../../testing/technology-contract.js';
import { openaiTechnology } from '../openai/index.js';
import { openaiCompatibleTechnology } from '../openai-compatible/index.js';

describe('transcription over the OpenAI protocol', () => {
  let server: ProtocolServer;
  before(async () => {
    server = await startProtocolServer();
  });
  after(() => server.close());

  for (const factory of [openaiCompatibleTechnology, openaiTechnology])
    it(`${factory.kind}: segments and word times, with the language and the vocabulary prompt passed on`, async () => {
      server.transcript = 'We can offer ten percent off. The renewal is due in March!';
      const t = factory.create(servedBy(factory.kind, 'gpt-test').config(server));
      const r = await t.transcribe?.(
        {
          audio: new Uint8Array(3200),
          mediaType: 'audio/wav',
          model: 'whisper-test',
          language: 'en',
          prompt: 'A sales call with Cohelm.',
          keywords: ['Northwind', 'Anna Keller'],
        },
        AbortSignal.timeout(5000),
      );
      assert.equal(r?.text, server.transcript);
      assert.deepEqual(
        r?.segments.map((s) => s.text),
        ['We can offer ten percent off.', 'The renewal is due in March!'],
      );
      assert.ok((r?.segments[1]?.start ?? 0) > (r?.segments[0]?.end ?? 0));
      assert.deepEqual(r?.words?.map((w) => w.word).slice(0, 3), ['We', 'can', 'offer']);
      const sent = server.requests.at(-1)?.body as MultipartBody;
      assert.equal(sent.fields.language, 'en');
      assert.equal(sent.fields.prompt, 'A sales call with Cohelm. Northwind, Anna Keller');
      assert.equal(sent.fields.response_format, 'verbose_json');
      assert.deepEqual(sent.fields['timestamp_granularities[]'], ['segment', 'word']);
      assert.equal(sent.fields.model, 'whisper-test');
      assert.equal(sent.files.file, 3200);
      await t.close();
    });

  it('without a chosen transcript the server still answers "transcribed N bytes"', async () => {
    server.transcript = null;
    const t = openaiCompatibleTechnology.create(servedBy('openai-compatible', 'gpt-test').config(server));
    const r = await t.transcribe?.(
      { audio: new Uint8Array(10), mediaType: 'audio/wav' },
      AbortSignal.timeout(5000),
    );
    assert.equal(r?.text, 'transcribed 10 bytes');
    assert.equal(r?.segments.length, 1);
    const sent = server.requests.at(-1)?.body as MultipartBody;
    assert.equal('prompt' in sent.fields, false);
  });
});
