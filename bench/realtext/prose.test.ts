/** Planted quotes from real sentences: node --import tsx --test bench/realtext/prose.test.ts */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rng } from '../gen/rng';
import { quotable, realProse } from './prose';
import type { RealTextPool } from './pool';

test('a sentence of 7 to 25 words is quoted whole, without its closing punctuation', () => {
  assert.equal(quotable('We will rebuild the bridge before the winter comes.'), 'We will rebuild the bridge before the winter comes');
  assert.equal(quotable('Too short to quote here.'), null);
});

test('a longer sentence gives its first clause run of 7 to 25 words', () => {
  const long = 'After months of talks that went nowhere, the two sides finally agreed on a plan to share the water of the river, ' +
    'which had been the cause of many quarrels between the villages for as long as anyone in the valley could remember.';
  const q = quotable(long)!;
  assert.equal(q, 'After months of talks that went nowhere, the two sides finally agreed on a plan to share the water of the river');
  assert.ok(long.startsWith(q));
});

test('a sentence with quotation marks of its own is not quoted again', () => {
  assert.equal(quotable('He called it "the best thirty years of my life" in front of the crowd.'), null);
});

const pool: RealTextPool = {
  dir: '(test)',
  documents: 2,
  paragraphs: [
    { sentences: ['First paragraph of the first document has enough words to be used.'], origin: 'a.txt:1' },
    { sentences: ['Second paragraph of the first document also has enough words here.'], origin: 'a.txt:2' },
    { sentences: ['Only paragraph of the second document, long enough for the test.'], origin: 'b.txt:1' },
  ],
  titles: ['A Heading'],
  vocabulary: ['river', 'bridge'],
  candidates: 3,
};

test('each base paragraph is handed out once, a document\'s paragraphs in order, then it says the pool is used up', () => {
  const source = realProse(pool)(new Rng(5), 5);
  const got = [0, 1, 2].map((i) => source.paragraph(`p:${i}`).sentences.map((s) => s.pre + (s.quote ?? '')).join(' '));
  assert.equal(new Set(got).size, 3);
  const first = got.findIndex((t) => t.startsWith('First') || t.includes('first paragraph'));
  const second = got.findIndex((t) => t.includes('Second') || t.includes('second paragraph'));
  assert.ok(first >= 0 && second === first + 1, got.join(' | '));
  assert.throws(() => source.paragraph('p:3'), /all used/);
  assert.equal(source.describe().paragraphsUsed, 3);
});
