/** Checks of the corpus generator: node --import tsx --test bench/gen/generate.test.ts */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from './generate';
import { assertEveryKindPlanted } from './plantedKinds';

const { truth, texts } = generateCorpus({ size: 150, seed: 7 });
const at = (s: { path: string; start: number; end: number }) => texts.get(s.path)!.slice(s.start, s.end);

test('same seed, same corpus; other seed, other corpus', () => {
  const again = generateCorpus({ size: 150, seed: 7 });
  assert.deepEqual(again.truth, truth);
  assert.deepEqual([...again.texts.entries()], [...texts.entries()]);
  assert.notDeepEqual(generateCorpus({ size: 150, seed: 8 }).truth.reuses, truth.reuses);
});

test('every kind of reuse and change is planted', () => {
  assertEveryKindPlanted(truth, texts);
});

test('spans are inside their texts and copies come after their sources', () => {
  for (const r of truth.reuses) {
    for (const s of [r.source, r.copy]) {
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= texts.get(s.path)!.length);
    }
    assert.ok(r.source.path < r.copy.path);
  }
});

test('unchanged copies are identical, changed ones are not', () => {
  for (const r of truth.reuses) {
    const same = at(r.source) === at(r.copy);
    const untouched = r.wordsChanged === 0 && r.sentencesDropped === 0 && r.hyphens === 0;
    if (r.kind === 'quote' || !r.requoted) assert.equal(same, untouched, `reuse ${r.id}`);
  }
});

test('quote spans hold the quoted words only', () => {
  for (const r of truth.reuses.filter((x) => x.kind === 'quote')) {
    for (const s of [r.source, r.copy]) {
      const text = texts.get(s.path)!;
      assert.match(text.charAt(s.start - 1), /["\u201c]/);
      assert.match(text.slice(s.end, s.end + 2), /^[,.?]["\u201d]/);
    }
  }
});
