/** Cutting real documents into base paragraphs: node --import tsx --test bench/realtext/paragraphs.test.ts */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepDistinct, keepDistinctTitles, MAX_SENTENCES, MAX_WORDS, splitDocument, type BaseParagraph } from './paragraphs';
import { runSet, sharesRun, wordsOf } from './wordRuns';

const words = (n: number, stem = 'word') => Array.from({ length: n }, (_, i) => `${stem}${i}`).join(' ');
const para = (text: string, origin = 'doc.txt:1'): BaseParagraph => ({ sentences: [text], origin });

test('words: letters and digits with inner apostrophes, lower-cased, curly apostrophe folded', () => {
  assert.deepEqual(wordsOf('The car’s U.S. engine, don\'t "stop" 42km!').map((w) => w.key), ['the', "car's", 'u', 's', 'engine', "don't", 'stop', '42km']);
  const t = 'Hello, World';
  assert.deepEqual(wordsOf(t).map((w) => t.slice(w.start, w.end)), ['Hello', 'World']);
});

test('a shared run counts from exactly n words, ignoring case and punctuation', () => {
  const eight = 'one two three four five six seven eight';
  assert.ok(sharesRun(`Before. ${eight} after`, `ONE, two; three four five six seven EIGHT.`, 8));
  assert.ok(!sharesRun(`Before ${eight}`, 'one two three four five six seven nine', 8));
  assert.ok(sharesRun('a b c d e', 'x a b c d e y', 5));
  assert.ok(!sharesRun('a b c d e', 'a b c d x e', 5));
  assert.equal(runSet('too short', 8).size, 0);
});

test('a document is cut into paragraphs of at most 4 sentences and 120 words; NULs and BOM go', () => {
  const sentences = Array.from({ length: 10 }, (_, i) => `Sentence number ${i} has exactly ten words in it here.`);
  const doc = `\ufeffShort line.\n${sentences.join(' ')}\nWith a stray\0NUL byte this line has more than twelve words in it, surely enough.\n`;
  const { paragraphs } = splitDocument(doc, 'd.txt');
  assert.deepEqual(paragraphs.map((p) => p.sentences.length), [4, 4, 2, 1]);
  assert.ok(paragraphs.every((p) => p.sentences.length <= MAX_SENTENCES && wordsOf(p.sentences.join(' ')).length <= MAX_WORDS));
  assert.equal(paragraphs[0].origin, 'd.txt:2');
  assert.equal(paragraphs[3].sentences[0], 'With a strayNUL byte this line has more than twelve words in it, surely enough.');
  assert.ok(!paragraphs.some((p) => p.sentences.join(' ').includes('Short line')));
});

test('lines that are not prose are left out; heading-like lines become titles', () => {
  const doc = [
    'Driving smart keeps pollution at a minimum',
    '| 12 | 34 | 56 | 78 | 90 | 12 | 34 | 56 | 78 | 90 | 11 | 22 | 33 |',
    'Ends with a period so it is no title.',
    'Carpool.',
    `${words(90)}.`,
    `Now a real sentence that is long enough to be kept as a paragraph of its own.`,
  ].join('\n');
  const { paragraphs, titles } = splitDocument(doc, 'd.txt');
  assert.deepEqual(titles, ['Driving smart keeps pollution at a minimum']);
  // The 90-word run-on sentence is longer than any news sentence: dropped.
  assert.deepEqual(paragraphs.map((p) => p.sentences.join(' ')), ['Now a real sentence that is long enough to be kept as a paragraph of its own.']);
});

test('a paragraph sharing an 8-word run with one kept before it is dropped, 7 words are allowed', () => {
  const base = 'the quick brown fox jumps over the lazy dog near the river bank today';
  const long = 'In a completely different story about harbour cranes and shipping schedules, a quick brown fox jumps over the lazy cat while dockers unload crates of bananas and coffee beans from freighters arriving at dawn';
  const kept = keepDistinct([
    para(base, 'a:1'),
    para('Elsewhere: THE QUICK brown fox, jumps over the lazy dog! And more words follow here.', 'b:1'),
    para(long, 'c:1'),
    para(`${long}, twice`, 'd:1'),
  ]);
  // b repeats 8 words of a; c shares only 7 with a ("quick … lazy"); d repeats 8 words of c.
  assert.deepEqual(kept.map((p) => p.origin), ['a:1', 'c:1']);
  for (let i = 0; i < kept.length; i++) for (let j = i + 1; j < kept.length; j++) assert.ok(!sharesRun(kept[i].sentences.join(' '), kept[j].sentences.join(' '), 8));
});

test('a near copy (a word changed here and there, no 8-word run shared) is dropped too', () => {
  const kept = keepDistinct([
    para('A representation of the whole globe of the earth, or of some particular region, upon a plane surface, drawn to a scale.', 'a:1'),
    para('A representation of the globe of the earth, or of some of its parts, upon a plane surface drawn to scale.', 'b:1'),
    para('Maps of the sea floor are drawn from soundings taken by survey ships over many years of patient work.', 'c:1'),
  ]);
  assert.deepEqual(kept.map((p) => p.origin), ['a:1', 'c:1']);
});

test('the first of two repeating paragraphs is the one kept (order decides)', () => {
  const a = para(`alpha ${words(10)}`, 'a:1');
  const b = para(`beta ${words(10)}`, 'b:1');
  assert.deepEqual(keepDistinct([a, b]).map((p) => p.origin), ['a:1']);
  assert.deepEqual(keepDistinct([b, a]).map((p) => p.origin), ['b:1']);
});

test('titles are unique and do not repeat 8 words of a kept paragraph', () => {
  const seen = new Set<number>();
  keepDistinct([para('one two three four five six seven eight nine ten eleven twelve')], seen);
  const titles = keepDistinctTitles(['Local News Today', 'local news, today', 'One two three four five six seven eight', 'Other Heading Here'], seen);
  assert.deepEqual(titles, ['Local News Today', 'Other Heading Here']);
});
