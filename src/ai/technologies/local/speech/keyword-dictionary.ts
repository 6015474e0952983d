import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let pronunciations: Promise<Map<string, string>> | undefined;

function load(dictPath: string): Promise<Map<string, string>> {
  pronunciations ??= fs.promises.readFile(dictPath, 'utf8').then((text) => {
    const map = new Map<string, string>();
    for (const line of text.split('\n')) {
      const i = line.indexOf(' ');
      if (i > 0 && !line.includes('(') && !map.has(line.slice(0, i)))
        map.set(line.slice(0, i), line.slice(i + 1));
    }
    return map;
  });
  return pronunciations;
}

/** A pronunciation for a word the dictionary lacks, from the fewest known parts that spell it
 * ("northwind" = north + wind); undefined when it cannot be spelled from known words. */
export function derivePronunciation(word: string, known: Map<string, string>): string | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++)
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const part = word.slice(start, end);
      const phones = known.get(part);
      if (!before || !phones || (part.length < 2 && part !== 'a')) continue;
      if (!best[end] || (best[end]?.length ?? 0) > before.length + 1) best[end] = [...before, phones];
    }
  return best[word.length]?.join(' ');
}

const made = new Map<string, Promise<string | null>>();

/**
 * The dictionary plus entries for the account's terms it lacks, written once per set of terms to
 * the temp folder; null when every term is already known or none can be derived.
 * pocketsphinx only proposes words its language model knows, so a new entry mostly helps words the
 * model has and the dictionary lacks — see bench/speech for what it measured.
 */
export function dictionaryWithKeywords(
  dictPath: string,
  keywords: readonly string[],
): Promise<string | null> {
  const words = [...new Set(keywords.flatMap((k) => k.toLowerCase().match(/[a-z']+/g) ?? []))].sort();
  const key = createHash('sha256')
    .update(`${dictPath}\n${words.join(' ')}`)
    .digest('hex')
    .slice(0, 16);
  let file = made.get(key);
  if (!file) {
    file = (async () => {
      const known = await load(dictPath);
      const extra = words.flatMap((w) => {
        if (known.has(w)) return [];
        const phones = derivePronunciation(w, known);
        return phones ? [`${w} ${phones}`] : [];
      });
      if (!extra.length) return null;
      const target = path.join(os.tmpdir(), `cohelm-dict-${key}.dict`);
      await fs.promises.writeFile(
        target,
        `${await fs.promises.readFile(dictPath, 'utf8')}${extra.join('\n')}\n`,
      );
      return target;
    })();
    made.set(key, file);
  }
  return file;
}
