import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AiError } from '../../ai.errors.js';
import { assertError, collect } from '../../testing/technology-contract.js';
import { ggufTechnology } from './index.js';

const config = (baseUrl: string) => ({
  id: 'gguf-test',
  kind: 'gguf' as const,
  name: 'GGUF',
  baseUrl,
  apiKey: null,
  models: [],
  defaultModel: null,
  connectTimeoutMs: 0,
});

describe('gguf technology (node-llama-cpp is optional and not installed here)', () => {
  it('a missing model file is ai_model_not_found, naming the path', async () => {
    const t = ggufTechnology.create(config('/nowhere/model.gguf'));
    const parts = await collect(t, { messages: [{ role: 'user', content: 'hi' }] });
    assertError(parts, 'ai_model_not_found');
    assert.match(JSON.stringify(parts), /\/nowhere\/model\.gguf/);
    await t.close();
  });

  it('without the package, says which npm i to run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohelm-gguf-'));
    const file = path.join(dir, 'tiny.gguf');
    fs.writeFileSync(file, 'GGUF');
    const t = ggufTechnology.create(config(file));
    await assert.rejects(t.listModels(AbortSignal.timeout(5000)), (e) => {
      assert.ok(e instanceof AiError);
      assert.equal(e.failure.code, 'ai_module_missing');
      assert.match(e.message, /npm i -E node-llama-cpp@3\.21\.1/);
      return true;
    });
    assertError(await collect(t, { messages: [{ role: 'user', content: 'hi' }] }), 'ai_module_missing');
    await t.close();
    fs.rmSync(dir, { recursive: true });
  });
});
