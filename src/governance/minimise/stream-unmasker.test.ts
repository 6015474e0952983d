import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PlaceholderVault } from './placeholder-vault.js';
import { StreamUnmasker } from './stream-unmasker.js';

function vaultWithPeople(): PlaceholderVault {
  const vault = new PlaceholderVault();
  vault.placeholderFor('person', 'Anna Keller');
  vault.placeholderFor('person', 'Priya Raghunathan');
  vault.placeholderFor('email', 'priya@northwind.example');
  vault.placeholderFor('postal_address', 'Hauptstraße 5, 10115 Berlin');
  for (let i = 0; i < 10; i++) vault.placeholderFor('phone', `+49 30 555 00${i}`);
  return vault;
}

// Brackets that are and are not placeholders, at the start, the end and next to each other.
const ANSWER =
  '[PERSON_1] asked [PERSON_2] ([EMAIL_1]) to ship to [POSTAL_ADDRESS_1]; call [PHONE_10] or [PHONE_1].' +
  ' Unknown: [PERSON_3], [PHONE_], [PERS, [[PERSON_1]], [x] [] [ [EMAIL_1][PERSON_2]';

/** Mulberry32: a small seeded PRNG, so a failing split can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function streamed(vault: PlaceholderVault, deltas: string[]): { out: string; pieces: string[] } {
  const unmasker = new StreamUnmasker(vault);
  const pieces = deltas.map((delta) => unmasker.push(delta));
  pieces.push(unmasker.flush());
  return { out: pieces.join(''), pieces };
}

describe('StreamUnmasker', () => {
  const vault = vaultWithPeople();
  const expected = vault.unmask(ANSWER);

  it('restores a placeholder split across deltas', () => {
    const unmasker = new StreamUnmasker(vault);
    assert.equal(unmasker.push('Hello [PERS'), 'Hello ');
    assert.equal(unmasker.push('ON_1], how'), 'Anna Keller, how');
    assert.equal(unmasker.push(' are you [EMAIL_'), ' are you ');
    assert.equal(unmasker.flush(), '[EMAIL_');
  });

  it('releases a held tail as soon as it cannot become a placeholder', () => {
    const unmasker = new StreamUnmasker(vault);
    assert.equal(unmasker.push('array[PH'), 'array');
    assert.equal(unmasker.push('X'), '[PHX');
    assert.equal(unmasker.push('[0]'), '[0]');
  });

  it('waits for "[PHONE_1" because "[PHONE_10]" may follow', () => {
    const unmasker = new StreamUnmasker(vault);
    assert.equal(unmasker.push('[PHONE_1'), '');
    assert.equal(unmasker.push('0]'), '+49 30 555 009');
  });

  it('gives the same text for a split at every position', () => {
    for (let cut = 0; cut <= ANSWER.length; cut++) {
      assert.equal(streamed(vault, [ANSWER.slice(0, cut), ANSWER.slice(cut)]).out, expected, `cut at ${cut}`);
    }
  });

  it('gives the same text for random splits, holding back less than one placeholder', () => {
    const longest = Math.max(...vault.toJSON().entries.map(([placeholder]) => placeholder.length));
    for (let seed = 1; seed <= 500; seed++) {
      const random = prng(seed);
      const unmasker = new StreamUnmasker(vault);
      let pushed = '';
      let emitted = '';
      for (let at = 0; at < ANSWER.length; ) {
        const delta = ANSWER.slice(at, at + Math.floor(random() * 12));
        at += delta.length;
        pushed += delta;
        emitted += unmasker.push(delta);
        // What was emitted is the restored input but for a tail shorter than the longest placeholder.
        const held = [...Array(longest).keys()].find(
          (h) => vault.unmask(pushed.slice(0, pushed.length - h)) === emitted,
        );
        assert.notEqual(held, undefined, `seed ${seed}: more than ${longest - 1} characters held back`);
      }
      emitted += unmasker.flush();
      assert.equal(emitted, expected, `seed ${seed}`);
    }
  });

  it('is deterministic', () => {
    const deltas = ['[PERSON_', '1] and [PER', 'SON_2] at [POSTAL_ADD', 'RESS_1]'];
    assert.deepEqual(streamed(vault, deltas).pieces, streamed(vault, deltas).pieces);
  });
});
