/** The paraphrase benchmark's parts on hand-made cases: node --import tsx --test bench/msrp/msrp.test.ts */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RealTextPool } from '../realtext/pool';
import { sharesRun } from '../realtext/wordRuns';
import type { DetectedGroup } from '../truth/detections';
import { buildMsrpCorpus, PARTLY_COPIED_RUN, type PlacedPair } from './corpus';
import { defaultMsrpDir, parseMsrp, readMsrp } from './data';
import { countLinks, ratesOf } from './links';

test('the file is read past its BOM and header; a line carrying two records is split in two', () => {
  const text = '\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n' +
    '1\t11\t12\tThe cat sat.\tA cat was sitting.\n' +
    '0\t21\t22\tRates rose.\tRates fell late Wednesday.1\t31\t32\tHe left.\tHe went away.\n';
  const pairs = parseMsrp(text);
  assert.deepEqual(pairs.map((p) => [p.index, p.label, p.id1, p.s2]), [
    [0, 1, '11', 'A cat was sitting.'], [1, 0, '21', 'Rates fell late Wednesday.'], [2, 1, '31', 'He went away.'],
  ]);
  assert.throws(() => parseMsrp('header\n2\ta\tb\tc\td\n'), /not 0 or 1/);
});

test('the real file holds 3,676 pairs (README: 3,675 lines; one line holds two)', { skip: !defaultMsrpDir() && 'shared/data/msrp-train not found' }, () => {
  const pairs = readMsrp(defaultMsrpDir()!);
  assert.equal(pairs.length, 3676);
  assert.equal(pairs.filter((p) => p.label === 1).length, 2485);
});

test('partly copied: a verbatim run of 5 words, whatever the case and punctuation', () => {
  assert.equal(PARTLY_COPIED_RUN, 5);
  assert.ok(sharesRun('Officials said the talks will resume Monday.', 'The talks will resume Monday, officials said.', 5));
  assert.ok(!sharesRun('The talks will resume on Monday.', 'Talks will resume Monday, they said.', 5));
});

// Three articles per side are not needed: each sentence sits in an article of its own.
const A = 'Filler about gardens.\n\nThe minister resigned on Friday after the vote.\n\nMore filler here.\n';
const B = 'Other filler text.\n\nOn Friday the minister quit following the ballot.\n\nEnd filler.\n';
const C = 'Weather filler.\n\nStocks rose sharply in early trading on Tuesday.\n\nTail.\n';
const D = 'Sports filler.\n\nShares fell in late trading on Wednesday.\n\nTail.\n';
const E = 'Food filler.\n\nThe minister resigned on Friday after the vote was lost.\n\nTail.\n';
const G = 'Music filler.\n\nA different statement entirely about the harbour.\n\nTail.\n';
const texts = new Map([['f0/a.txt', A], ['f0/b.txt', B], ['f0/c.txt', C], ['f0/d.txt', D], ['f0/e.txt', E], ['f0/g.txt', G]]);
const span = (path: string, s: string) => {
  const start = texts.get(path)!.indexOf(s);
  return { path, start, end: start + s.length };
};
const sentence = (path: string) => {
  const t = texts.get(path)!;
  const start = t.indexOf('\n\n') + 2;
  return { path, start, end: t.indexOf('\n\n', start) };
};
const placed = (index: number, label: 0 | 1, p1: string, p2: string): PlacedPair => {
  const s1 = sentence(p1);
  const s2 = sentence(p2);
  const text1 = texts.get(p1)!.slice(s1.start, s1.end);
  const text2 = texts.get(p2)!.slice(s2.start, s2.end);
  return { index, label, id1: `${index}a`, id2: `${index}b`, shares5: sharesRun(text1, text2, 5), text1, text2, s1, s2 };
};
const pairs = [placed(0, 1, 'f0/a.txt', 'f0/b.txt'), placed(1, 0, 'f0/c.txt', 'f0/d.txt'), placed(2, 1, 'f0/e.txt', 'f0/g.txt')];
const textOf = (p: string) => texts.get(p)!;

test('a pair is linked when one group covers half of each sentence', () => {
  const whole: DetectedGroup = { kind: 'passage', members: [sentence('f0/a.txt'), sentence('f0/b.txt')] };
  const thin: DetectedGroup = { kind: 'passage', members: [sentence('f0/c.txt'), span('f0/d.txt', 'Shares fell')] };
  const split: DetectedGroup[] = [
    { members: [sentence('f0/e.txt'), span('f0/g.txt', 'A different statement')] },
    { members: [span('f0/e.txt', 'The minister'), span('f0/g.txt', 'entirely about the harbour')] },
  ];
  const c = countLinks(pairs, [whole, thin, ...split], textOf);
  assert.deepEqual(c.linked, [true, false, false]);
  assert.equal(c.pairLinks, 4);
  assert.equal(c.crossTalk, 0);
});

test('links to filler or to an unrelated pair are cross-talk; to a pair sharing 5 words, reuse across pairs', () => {
  const filler: DetectedGroup = { kind: 'passage', members: [sentence('f0/a.txt'), span('f0/c.txt', 'Weather filler.')] };
  const unrelated: DetectedGroup = { kind: 'quote', members: [sentence('f0/c.txt'), sentence('f0/g.txt')] };
  const reuse: DetectedGroup = { kind: 'passage', members: [sentence('f0/a.txt'), sentence('f0/e.txt'), sentence('f0/b.txt')] };
  const furniture: DetectedGroup = { kind: 'boilerplate', members: [span('f0/c.txt', 'Tail.'), span('f0/d.txt', 'Tail.'), span('f0/e.txt', 'Tail.')] };
  const c = countLinks(pairs, [filler, unrelated, reuse, furniture], textOf);
  assert.equal(c.crossTalk, 2 + 1, 'filler and unrelated; and e ~ b share no 5-word run');
  assert.equal(c.crossPairReuse, 1, 'a ~ e share "the minister resigned on friday"');
  assert.equal(c.pairLinks, 1, 'a ~ b');
  assert.equal(c.boilerplateGroups, 1);
  assert.deepEqual(c.linked, [true, false, false]);
  assert.deepEqual(c.crossTalkTop.map((e) => e.links), [1, 1, 1]);
});

test('rates: paraphrase recall on label 1 (split by a shared 5-word run), false links on label 0 without one', () => {
  const r = ratesOf(pairs, [true, true, false]);
  assert.deepEqual([r.paraphraseRecall.pairs, r.paraphraseRecall.linked, r.paraphraseRecall.rate], [2, 1, 0.5]);
  assert.equal(pairs[0].shares5, false);
  assert.deepEqual([r.paraphraseRecallNoShared5.pairs, r.paraphraseRecallNoShared5.linked], [2, 1]);
  assert.deepEqual([r.falseLinkRate.pairs, r.falseLinkRate.linked, r.falseLinkRate.rate], [1, 1, 1]);
  assert.equal(r.label0Shared5Rate.pairs, 0);
});

test('folders: each sentence in an article of its own between fillers, offsets exact, fillers used once, seeded', () => {
  const msrp = parseMsrp('h\n1\t1\t2\tAlpha beta gamma delta epsilon zeta.\tAlpha beta gamma delta epsilon eta.\n0\t3\t4\tOne two three.\tFour five six.\n1\t5\t6\tSeven eight.\tNine ten.\n');
  const pool: RealTextPool = {
    dir: '(test)', documents: 1, titles: [], vocabulary: [], candidates: 20,
    paragraphs: Array.from({ length: 20 }, (_, i) => ({ sentences: [`Filler paragraph number ${i} with words of its own, all different ${i}.`], origin: `d${i % 3}.txt:${i}` })),
  };
  const { corpus, texts: made } = buildMsrpCorpus(msrp, pool, { seed: 3, folders: 2 });
  assert.deepEqual(corpus.folders, ['f0', 'f1']);
  assert.equal(corpus.articles, 6);
  for (const p of corpus.pairs) {
    assert.notEqual(p.s1.path, p.s2.path);
    assert.equal(p.s1.path.split('/')[0], p.s2.path.split('/')[0], 'both sides of a pair in one folder');
    assert.equal(made.get(p.s1.path)!.slice(p.s1.start, p.s1.end), p.text1);
    assert.equal(made.get(p.s2.path)!.slice(p.s2.start, p.s2.end), p.text2);
  }
  assert.deepEqual(corpus.pairs.map((p) => p.shares5), [true, false, false]);
  const fillers = [...made.values()].flatMap((t) => t.split('\n\n').map((x) => x.trim()).filter((x) => x.startsWith('Filler')));
  assert.equal(new Set(fillers).size, fillers.length);
  assert.equal(fillers.length, corpus.fillersUsed);
  assert.ok(fillers.length >= 12 && fillers.length <= 20);
  assert.deepEqual(buildMsrpCorpus(msrp, pool, { seed: 3, folders: 2 }).texts, made);
  assert.throws(() => buildMsrpCorpus(msrp, { ...pool, paragraphs: pool.paragraphs.slice(0, 5) }, { seed: 3, folders: 1 }), /all used/);
});
