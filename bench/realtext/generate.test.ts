/**
 * The generator's real-text mode on the real documents (shared/data/pan13-train/src):
 *   node --import tsx --test bench/realtext/generate.test.ts
 * Skipped, with the reason shown, only where that folder is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articlePath } from '../gen/generate';
import { SpanIndex } from '../truth/intervals';
import { assertEveryKindPlanted } from '../gen/plantedKinds';
import { generateRealCorpus } from './generate';
import { defaultRealTextDir, loadPool } from './pool';
import { runHashes, wordsOf } from './wordRuns';

const src = defaultRealTextDir();
const skip = src ? false : 'real text not found (shared/data/pan13-train/src beside the repository, or REAL_TEXT_DIR)';
const made = src ? generateRealCorpus({ size: 300, seed: 4, src }) : null;

test('same seed, same corpus; another seed, another corpus', { skip }, () => {
  const again = generateRealCorpus({ size: 300, seed: 4, src: src! });
  assert.deepEqual(again.truth, made!.truth);
  assert.deepEqual([...again.texts.entries()], [...made!.texts.entries()]);
  const other = generateRealCorpus({ size: 300, seed: 5, src: src! });
  assert.notDeepEqual([...other.texts.values()].slice(0, 5), [...made!.texts.values()].slice(0, 5));
});

test('the pool: no two base paragraphs share an 8-word run', { skip }, () => {
  const pool = loadPool(src!);
  assert.ok(pool.paragraphs.length > 30_000, `${pool.paragraphs.length} paragraphs`);
  const seen = new Map<number, number>();
  pool.paragraphs.forEach((p, i) => {
    for (const h of new Set(runHashes(wordsOf(p.sentences.join(' ')).map((w) => w.key), 8))) {
      const before = seen.get(h);
      assert.ok(before === undefined, `paragraphs ${before} (${pool.paragraphs[before!]?.origin}) and ${i} (${p.origin}) share a run`);
      seen.set(h, i);
    }
  });
  assert.ok(pool.vocabulary.length > 10_000 && !pool.vocabulary.slice(0, 200).includes('the'));
});

test('outside planted reuse and bylines/footers, no two articles share an 8-word run', { skip }, () => {
  const { truth, texts } = made!;
  const planted = new SpanIndex([...truth.occurrences, ...truth.boilerplate]);
  const firstSeen = new Map<number, string>();
  for (const [path, text] of texts) {
    const words = wordsOf(text);
    const hashes = runHashes(words.map((w) => w.key), 8);
    hashes.forEach((h, i) => {
      const start = words[i].start;
      const end = words[i + 7].end;
      if (planted.overlapping(path, start, end).length > 0) return;
      const other = firstSeen.get(h);
      assert.ok(other === undefined || other === path, `${other} and ${path} share "${text.slice(start, end)}"`);
      firstSeen.set(h, path);
    });
  }
});

test('every kind of reuse and change is planted on real text', { skip }, () => {
  const { truth, texts } = made!;
  assert.equal(truth.text, 'real');
  assertEveryKindPlanted(truth, texts);
  for (const r of truth.reuses) {
    for (const s of [r.source, r.copy]) assert.ok(s.start >= 0 && s.start < s.end && s.end <= texts.get(s.path)!.length);
    assert.ok(r.source.path < r.copy.path);
  }
});

test('planted quotes are real sentences or clauses of 7 to 25 words, marks around them', { skip }, () => {
  const { truth, texts } = made!;
  const quotes = truth.reuses.filter((r) => r.kind === 'quote');
  assert.ok(quotes.length > 50, `${quotes.length} quotes`);
  const pool = loadPool(src!);
  const poolText = new Set(pool.paragraphs.map((p) => p.sentences.join(' ')));
  let originals = 0;
  for (const r of quotes) {
    const text = texts.get(r.source.path)!;
    const words = text.slice(r.source.start, r.source.end);
    assert.match(text.charAt(r.source.start - 1), /["\u201c]/);
    assert.match(text.slice(r.source.end, r.source.end + 2), /^[,.?]["\u201d]/);
    // Where the quote first appeared (family q:p:<article>.<paragraph>.<sentence>), it is the pool's words.
    if (r.source.path === articlePath(Number(/^q:p:(\d+)\./.exec(r.family)![1]))) {
      const n = wordsOf(words).length;
      assert.ok(n >= 7 && n <= 25, `${n} words: ${words}`);
      originals++;
      const plain = words.replace(/[\u2018\u2019]/g, "'");
      assert.ok([...poolText].some((p) => p.replace(/[\u2018\u2019]/g, "'").includes(plain)), `not from the pool: ${words}`);
    }
  }
  assert.ok(originals > 20, `${originals} quotes re-quoted from where they first appeared`);
});

test('unchanged copies of passages are the same words as their source, changed ones are not', { skip }, () => {
  const { truth, texts } = made!;
  const words = (s: { path: string; start: number; end: number }) => wordsOf(texts.get(s.path)!.slice(s.start, s.end)).map((w) => w.key).join(' ');
  for (const r of truth.reuses.filter((x) => x.kind === 'passage')) {
    const untouched = r.wordsChanged === 0 && r.sentencesDropped === 0 && r.hyphens === 0;
    // A passage with a re-quote inserted into it is the exception: a new sentence in the copy.
    if (untouched && words(r.source) !== words(r.copy)) assert.ok(!truth.reuses.some((q) => q.kind === 'quote' && q.copy.path === r.copy.path), `reuse ${r.id}`);
    if (!untouched) assert.notEqual(words(r.source), words(r.copy), `reuse ${r.id}`);
  }
});

test('5,000 articles fit in the pool, each base paragraph used once', { skip }, () => {
  const { truth } = generateRealCorpus({ size: 5000, seed: 1, src: src! });
  const used = truth.textSource!.paragraphsUsed as number;
  assert.ok(used > 25_000 && used <= (truth.textSource!.poolParagraphs as number), `${used} paragraphs used`);
  assert.equal(truth.articles.length, 5000);
});
