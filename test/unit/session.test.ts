import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { alignArticles, AlignmentSession, type AlignOptions } from '../../src/core/index';
import { ownReporting } from '../support/madeUpText';

const dir = join(process.cwd(), 'examples/kazakhstan-2022');
const corpus = readdirSync(dir).sort().map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));

test('a session updated article by article equals a fresh alignment', () => {
  const session = new AlignmentSession(corpus.slice(0, 2));
  for (const input of corpus.slice(2)) session.set(input);
  assert.equal(JSON.stringify(session.result()), JSON.stringify(alignArticles(corpus)));
});

test('editing one article re-aligns it: a changed quote leaves, the rest stays', () => {
  const session = new AlignmentSession(corpus);
  const before = session.result();
  const target = corpus.find((c) => c.path.startsWith('003_'))!;
  const edited = { path: target.path, text: target.text.replace('today I turned to the heads of the CSTO states to help Kazakhstan overcome this terrorist threat', 'today I spoke') };
  session.set(edited);
  const after = session.result();
  const has = (r: typeof before, words: string) => r.clusters.some((c) => c.members.some((m) => m.text.includes(words)));
  assert.ok(has(before, 'turned to the heads'));
  assert.ok(!has(after, 'turned to the heads'));
  assert.ok(has(after, 'sent condolences'), 'clusters of other articles are kept');
  assert.equal(JSON.stringify(after), JSON.stringify(alignArticles(corpus.map((c) => (c.path === edited.path ? edited : c)))));
});

test('deleting an article removes its appearances', () => {
  const session = new AlignmentSession(corpus);
  session.delete('004_8fba14ac2590a363.txt');
  const r = session.result();
  assert.equal(r.documents.length, 4);
  assert.ok(!r.clusters.some((c) => c.members.some((m) => m.text.includes('expressed condolences'))));
  assert.equal(JSON.stringify(r), JSON.stringify(alignArticles(corpus.filter((c) => !c.path.startsWith('004_')))));
});

test('any order of set calls gives the batch result', () => {
  const sentence = fc.constantFrom(
    'The council decided to send a limited peacekeeping contingent to the republic for a short period.',
    'Officials said the river had risen by three metres overnight and more rain was expected.',
    'He said the gangs were “trained abroad” and attacked administrative buildings.',
    'Markets opened lower while traders weighed fresh figures on inflation.',
    'The governor said further rises could follow if wage growth did not slow.');
  const article = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
  fc.assert(fc.property(fc.array(article, { minLength: 2, maxLength: 5 }), (texts) => {
    const inputs = texts.map((text, i) => ({ path: `a${i}.txt`, text }));
    const session = new AlignmentSession([]);
    for (const input of [...inputs].reverse()) session.set(input);
    assert.equal(JSON.stringify(session.result()), JSON.stringify(alignArticles(inputs)));
  }), { numRuns: 40 });
});

test('an edit that keeps the word count rescores the passage (no stale similarity)', () => {
  const a = { path: 'a.txt', text: 'The council said on Thursday that the regional security organisation had decided to send a limited contingent to the republic.' };
  const b = { path: 'b.txt', text: a.text };
  const session = new AlignmentSession([a, b]);
  assert.equal(session.result().clusters[0].members[1].score, 1);
  const edited = { path: 'b.txt', text: a.text.replace('decided', 'refused').replace('limited', 'sizeable') };
  session.set(edited);
  const after = session.result();
  assert.ok(after.clusters[0].members[1].score < 1);
  assert.equal(JSON.stringify(after), JSON.stringify(alignArticles([a, edited])));
});

test('a line the other article repeats many times is not a seed, in batch and after set alike', () => {
  const line = 'The council said on Thursday that the regional security organisation met.';
  const a = { path: 'a.txt', text: Array(10).fill(line).join('\n') };
  const b = { path: 'b.txt', text: line };
  const session = new AlignmentSession([a]);
  session.set(b);
  assert.equal(JSON.stringify(session.result()), JSON.stringify(alignArticles([a, b])));
});

const EDIT_SENTENCES = [
  'The council decided to send a limited peacekeeping contingent to the republic for a short period.',
  'Officials said the river had risen by three metres overnight and more rain was expected.',
  'He said the gangs were “trained abroad” and attacked administrative buildings.',
  'Markets opened lower while traders weighed fresh figures on inflation.',
  'The governor said further rises could follow if wage growth did not slow.',
  'Rescue teams reached the village late on Sunday after the road was cleared.',
  // The same short quote in different surroundings: found by the phrase search, not as a passage.
  'Tokayev told parliament that the attackers were “trained abroad”.',
  'Nobody has shown that the men were trained from abroad, a lawyer said.',
];

/**
 * Random edits (sets and deletes) over `paths` articles made of the sentences above, checked
 * against a batch alignment after the edits `check` picks.
 */
function editAndCheck(
  paths: number, edits: number, check: (edit: number) => boolean, textOf: (edit: number, next: (n: number) => number) => string, options?: AlignOptions,
): void {
  let seed = 42;
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return Math.floor((seed / 2 ** 31) * n); };
  const texts = new Map<string, string>();
  // The session starts with half the articles, so its lookup tables hold some from the start.
  for (let p = 0; p < paths / 2; p++) texts.set(`a${p}.txt`, textOf(-p, next));
  const session = new AlignmentSession([...texts].map(([path, text]) => ({ path, text })), options);
  for (let edit = 0; edit < edits; edit++) {
    const path = `a${next(paths)}.txt`;
    if (next(10) === 0) {
      texts.delete(path);
      session.delete(path);
    } else {
      const text = textOf(edit, next);
      texts.set(path, text);
      session.set({ path, text });
    }
    if (check(edit)) {
      const inputs = [...texts].map(([p, t]) => ({ path: p, text: t }));
      assert.equal(JSON.stringify(session.result()), JSON.stringify(alignArticles(inputs, options)), `after edit ${edit}`);
    }
  }
}

test('every one of hundreds of edits to a few articles gives the batch result', () => {
  editAndCheck(8, 400, () => true, (edit, next) => Array.from({ length: 1 + next(4) }, () => EDIT_SENTENCES[next(EDIT_SENTENCES.length)]).join(' ') + ` note ${edit}.`);
});

test('edits to hundreds of articles, past rebuilds of the session\'s lookup tables, give the batch result', () => {
  // More than REINDEX_AFTER (256) articles change, so the tables are built again on the way.
  // Each article: its own reporting, a paragraph from a pool of 100 (so each is reprinted in
  // a few articles, fewer than the 16 partners a batch pairs a shingle with), and now and
  // then a short quote.
  const pool = Array.from({ length: 100 }, (_, k) => ownReporting(1000 + k, 1));
  editAndCheck(300, 700, (edit) => edit % 100 === 99, (edit, next) => {
    const quote = next(30) === 0 ? `\n\n${EDIT_SENTENCES[next(2) === 0 ? 6 : 7]}` : '';
    return `${ownReporting(5000 + edit, 1)}\n\n${pool[next(pool.length)]}${quote}`;
  });
});

test('with a small boilerplate cap, shingles held by more articles than it are left out after edits as in batch', () => {
  // A paragraph of page furniture in every one of 20 to 40 articles (always above a cap of
  // 7), and ten reprinted paragraphs in a few articles each (below it). The session counts
  // the furniture's holders only up to the cap. (A shingle whose count crosses the cap is
  // the documented exception: pairs aligned before keep the seeds they were aligned with.)
  const furniture = ownReporting(2000, 1);
  const reprints = Array.from({ length: 10 }, (_, k) => ownReporting(3000 + k, 1));
  editAndCheck(40, 150, () => true, (edit, next) => {
    const reprint = next(4) === 0 ? `\n\n${reprints[next(reprints.length)]}` : '';
    return `${ownReporting(7000 + edit, 1)}${reprint}\n\n${furniture}`;
  }, { maxDocumentFrequency: 7 });
});

test('articles edited away from a passage no longer count towards its holders', () => {
  // Five articles share a paragraph (above a cap of 4), then four of them drop it: the
  // session's tables still list their old versions, which must not be counted, so a new
  // reprint of the paragraph links with the one article left, as in batch.
  const shared = ownReporting(4000, 1);
  const options = { maxDocumentFrequency: 4 };
  const texts = new Map(Array.from({ length: 5 }, (_, i) => [`a${i}.txt`, `${ownReporting(i, 1)}\n\n${shared}`]));
  const session = new AlignmentSession([...texts].map(([path, text]) => ({ path, text })), options);
  for (let i = 0; i < 4; i++) {
    texts.set(`a${i}.txt`, ownReporting(100 + i, 1));
    session.set({ path: `a${i}.txt`, text: texts.get(`a${i}.txt`)! });
  }
  texts.set('b.txt', `${ownReporting(200, 1)}\n\n${shared}`);
  session.set({ path: 'b.txt', text: texts.get('b.txt')! });
  const batch = alignArticles([...texts].map(([path, text]) => ({ path, text })), options);
  assert.equal(batch.clusters.length, 1);
  assert.equal(JSON.stringify(session.result()), JSON.stringify(batch));
});

test('a session built in slices, pausing between them, equals one built at once', async () => {
  let pauses = 0;
  const session = await AlignmentSession.build(corpus, undefined, async () => { pauses++; });
  assert.equal(JSON.stringify(session.result()), JSON.stringify(alignArticles(corpus)));
  // Finding the pairs, aligning them and the first result are apart.
  assert.ok(pauses >= 2, `${pauses} pauses`);
  // It goes on like any other session.
  const target = corpus.find((c) => c.path.startsWith('004_'))!;
  const edited = { path: target.path, text: target.text.replace('expressed condolences', 'sent regrets') };
  session.set(edited);
  assert.equal(JSON.stringify(session.result()), JSON.stringify(alignArticles(corpus.map((c) => (c.path === edited.path ? edited : c)))));
});

test('a pause that rejects stops a sliced build with its reason', async () => {
  let pauses = 0;
  const stop = new Error('stopped');
  await assert.rejects(AlignmentSession.build(corpus, undefined, async () => { if (++pauses === 2) throw stop; }), stop);
  assert.equal(pauses, 2);
});

test('a sliced build of a larger folder pauses between slices of articles too', async () => {
  // 150 articles of made-up reporting, every tenth reprinting a paragraph of the first.
  const shared = ownReporting(999, 1);
  const inputs = Array.from({ length: 150 }, (_, i) => ({ path: `m${i}.txt`, text: `${ownReporting(i, 2)}${i % 10 === 0 ? `\n\n${shared}` : ''}` }));
  let pauses = 0;
  const session = await AlignmentSession.build(inputs, undefined, async () => { pauses++; });
  const batch = alignArticles(inputs);
  assert.equal(batch.clusters.length, 1);
  assert.equal(JSON.stringify(session.result()), JSON.stringify(batch));
  // Two slices of reading and two of preparing 150 articles, then pairs and the first result.
  assert.ok(pauses >= 6, `${pauses} pauses`);
});
