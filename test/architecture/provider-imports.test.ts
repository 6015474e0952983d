/**
 * "Nothing outside ai/ talks to a provider" (DESIGN.md), checked on the import graph: only files
 * under src/ai/ may import the AI SDK, provider packages, node-llama-cpp or an HTTP client.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PROVIDER_MODULES = /^(ai|@ai-sdk\/.+|node-llama-cpp|undici|openai|@anthropic-ai\/.+)$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

test('only src/ai/ imports model-provider packages', () => {
  const offenders: string[] = [];
  const files = sources(path.join(ROOT, 'src'));
  for (const file of files) {
    if (file.startsWith(path.join(ROOT, 'src', 'ai') + path.sep)) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g))
      if (PROVIDER_MODULES.test(m[1] ?? '')) offenders.push(`${path.relative(ROOT, file)} imports ${m[1]}`);
  }
  assert.ok(files.length > 50, `read ${files.length} files`);
  assert.deepEqual(offenders, []);
});
