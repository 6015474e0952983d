/**
 * DESIGN.md's two rules on the import graph: nothing outside src/ai/ talks to a provider (only it
 * imports the AI SDK, provider packages, node-llama-cpp or an HTTP client), and nothing outside
 * src/governance/ calls src/ai/ — the governed pipeline is the only door.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');
const PROVIDER_MODULES = /^(ai|@ai-sdk\/.+|node-llama-cpp|undici|openai|@anthropic-ai\/.+)$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

const inside = (file: string, dir: string) => file.startsWith(path.join(SRC, dir) + path.sep);

test('only src/ai/ imports model-provider packages', () => {
  const offenders: string[] = [];
  const files = sources(SRC);
  for (const file of files) {
    if (inside(file, 'ai')) continue;
    for (const spec of imports(file))
      if (PROVIDER_MODULES.test(spec)) offenders.push(`${path.relative(ROOT, file)} imports ${spec}`);
  }
  assert.ok(files.length > 50, `read ${files.length} files`);
  assert.deepEqual(offenders, []);
});

test('nothing outside src/governance/ imports src/ai/', () => {
  const offenders: string[] = [];
  for (const file of sources(SRC)) {
    if (inside(file, 'ai') || inside(file, 'governance')) continue;
    for (const spec of imports(file)) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      if (target.startsWith(path.join(SRC, 'ai') + path.sep))
        offenders.push(`${path.relative(ROOT, file)} imports ${spec}`);
    }
  }
  assert.deepEqual(offenders, []);
});
