/**
 * Opt-in checks against real providers, run only when a key is given:
 *   COHELM_LIVE_OPENAI_API_KEY (+ COHELM_LIVE_OPENAI_MODEL, default gpt-4o-mini)
 *   COHELM_LIVE_ANTHROPIC_API_KEY (+ COHELM_LIVE_ANTHROPIC_MODEL, default claude-3-5-haiku-latest)
 *   COHELM_LIVE_COMPATIBLE_URL (+ COHELM_LIVE_COMPATIBLE_MODEL, COHELM_LIVE_COMPATIBLE_API_KEY), e.g. Ollama
 * Without them this file declares no tests (the offline contract suites cover every adapter).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TASK_OUTPUT_SCHEMAS } from '../tasks/task-outputs.js';
import type { TechnologyFactory } from '../technology.js';
import { assertWellFormed, collect, textOf } from '../testing/technology-contract.js';
import { anthropicTechnology } from './anthropic/index.js';
import { openaiTechnology } from './openai/index.js';
import { openaiCompatibleTechnology } from './openai-compatible/index.js';

const env = process.env;
const live: { factory: TechnologyFactory; key?: string; url?: string; model: string }[] = [];
if (env.COHELM_LIVE_OPENAI_API_KEY)
  live.push({
    factory: openaiTechnology,
    key: env.COHELM_LIVE_OPENAI_API_KEY,
    model: env.COHELM_LIVE_OPENAI_MODEL ?? 'gpt-4o-mini',
  });
if (env.COHELM_LIVE_ANTHROPIC_API_KEY)
  live.push({
    factory: anthropicTechnology,
    key: env.COHELM_LIVE_ANTHROPIC_API_KEY,
    model: env.COHELM_LIVE_ANTHROPIC_MODEL ?? 'claude-3-5-haiku-latest',
  });
if (env.COHELM_LIVE_COMPATIBLE_URL)
  live.push({
    factory: openaiCompatibleTechnology,
    url: env.COHELM_LIVE_COMPATIBLE_URL,
    key: env.COHELM_LIVE_COMPATIBLE_API_KEY,
    model: env.COHELM_LIVE_COMPATIBLE_MODEL ?? 'llama3.2',
  });

for (const { factory, key, url, model } of live) {
  describe(`live ${factory.kind}`, { timeout: 120_000 }, () => {
    const tech = () =>
      factory.create({
        id: `live-${factory.kind}`,
        kind: factory.kind,
        name: `Live ${factory.label}`,
        baseUrl: url ?? factory.defaultBaseUrl,
        apiKey: key ?? null,
        models: [{ id: model }],
        defaultModel: model,
        connectTimeoutMs: 10_000,
      });

    it('lists models including the configured one', async () => {
      const t = tech();
      assert.ok((await t.listModels(AbortSignal.timeout(30_000))).includes(model));
      await t.close();
    });

    it('streams a short answer', async () => {
      const t = tech();
      const parts = await collect(
        t,
        { messages: [{ role: 'user', content: 'Reply with the single word: pong' }], maxOutputTokens: 20 },
        { firstTokenTimeoutMs: 60_000 },
      );
      assert.equal(assertWellFormed(parts).type, 'finish', JSON.stringify(parts.at(-1)));
      assert.match(textOf(parts), /pong/i);
      await t.close();
    });

    it('extracts action items as the task schema', async () => {
      const t = tech();
      const parts = await collect(
        t,
        {
          task: {
            task: 'action_items',
            input: "Anna: I'll send the proposal to Tom by Friday.",
            options: { referenceDate: '2026-11-25T10:00:00Z' },
          },
        },
        { firstTokenTimeoutMs: 60_000 },
      );
      const last = assertWellFormed(parts);
      assert.equal(last.type, 'finish', JSON.stringify(last));
      if (last.type === 'finish')
        assert.ok(TASK_OUTPUT_SCHEMAS.action_items.parse(last.output).items.length >= 1);
      await t.close();
    });
  });
}
