/** The pair scorer on hand-made cases: node --import tsx --test bench/truth/pairScore.test.ts */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CorpusTruth, TruthSpan } from '../gen/truth';
import type { DetectedGroup } from './detections';
import { scoreRealText } from './pairScore';
import { generateCorpus } from '../gen/generate';

const F = 'The river council agreed on Monday to rebuild the old stone bridge before the spring floods arrive in the valley.';
const R = 'shared run of exactly eight words right here';
const S7 = 'the seven shared words stop right here';
const FOOT = 'Leave a Reply. Your email address will not be published. Required fields are marked.';
const texts = new Map<string, string>([
  ['a0.txt', `Title zero\n\n${F}\n\nFarmers in the northern hills called the barn a "safe place" and saw ${S7} before noon, with good apples.\n\n${FOOT}\n`],
  ['a1.txt', `Title one\n\n${F}\n\nLocal schools will open a new library wing where ${R} for students of all ages in town.\n\n${FOOT}\n`],
  ['a2.txt', `Title two\n\nA new bakery opened downtown and ${R} said the owner, a "safe place" where ${S7} again today.\n\n${FOOT}\n`],
]);
const at = (path: string, needle: string, from = 0): TruthSpan => {
  const start = texts.get(path)!.indexOf(needle, from);
  assert.ok(start >= 0, `${needle} in ${path}`);
  return { path, start, end: start + needle.length };
};
const paragraphAfter = (path: string, lead: string): TruthSpan => {
  const t = texts.get(path)!;
  const start = t.indexOf(lead);
  return { path, start, end: t.indexOf('\n', start) };
};
const truth: CorpusTruth = {
  generator: 'test', seed: 0, size: 3, articlesDir: 'articles',
  articles: [...texts].map(([path, t]) => ({ path, length: t.length })),
  reuses: [{ id: 0, kind: 'passage', family: 'p:0.0', editRate: 0, wordsChanged: 0, sentencesDropped: 0, hyphens: 0, requoted: false, reordered: false, via: 'block', source: at('a0.txt', F), copy: at('a1.txt', F) }],
  boilerplate: ['a0.txt', 'a1.txt', 'a2.txt'].map((p) => ({ ...at(p, FOOT), label: 'footer' as const })),
  occurrences: [{ family: 'p:0.0', ...at('a0.txt', F) }, { family: 'p:0.0', ...at('a1.txt', F) }],
};
const textOf = (p: string) => texts.get(p)!;
const score = (groups: DetectedGroup[], pairwise = false) => scoreRealText(truth, { groups, textOf, pairwise });
const planted: DetectedGroup = { kind: 'passage', members: [at('a0.txt', F), at('a1.txt', F)] };

test('the planted reuse found: recall 1, its one pair right, both members right', () => {
  const s = score([planted]);
  assert.equal(s.recall, 1);
  assert.deepEqual([s.pairs.right, s.pairs.wrong, s.pairs.precision], [1, 0, 1]);
  assert.deepEqual([s.members.right, s.members.wrong, s.members.precision], [2, 0, 1]);
  assert.equal(score([]).recall, 0);
});

test('a third, unrelated member makes two wrong pairs and one wrong member', () => {
  const s = score([{ kind: 'passage', members: [...planted.members, paragraphAfter('a2.txt', 'A new bakery')] }]);
  assert.deepEqual([s.pairs.right, s.pairs.wrong, s.pairs.wrongBy.passage], [1, 2, 2]);
  assert.ok(Math.abs(s.pairs.precision - 1 / 3) < 1e-9);
  assert.deepEqual([s.members.right, s.members.wrong], [2, 1]);
  assert.equal(s.pairs.topWrong[0].articles, 3);
  assert.equal(s.pairs.topWrong[0].wrongPairs, 2);
});

test('two members sharing an 8-word run outside planted reuse are counted apart, 7 words are not', () => {
  const eight = score([planted, { kind: 'passage', members: [at('a1.txt', R), at('a2.txt', R)] }]);
  assert.deepEqual([eight.pairs.right, eight.pairs.wrong, eight.pairs.repetition, eight.pairs.precision], [1, 0, 1, 1]);
  assert.deepEqual([eight.members.repetition, eight.members.wrong, eight.members.precision], [2, 0, 1]);
  const seven = score([planted, { kind: 'passage', members: [at('a0.txt', S7), at('a2.txt', S7)] }]);
  assert.deepEqual([seven.pairs.right, seven.pairs.wrong, seven.pairs.repetition], [1, 1, 0]);
  assert.equal(seven.members.wrong, 2);
});

test('a planted passage stretched over unrelated text is wrong, not repetition: the planted part is masked', () => {
  const stretched = (p: string, lead: string) => ({ path: p, start: at(p, F).start, end: paragraphAfter(p, lead).end });
  const s = score([{ kind: 'passage', members: [stretched('a0.txt', 'Farmers'), stretched('a1.txt', 'Local schools')] }]);
  assert.deepEqual([s.pairs.right, s.pairs.wrong, s.pairs.repetition], [0, 1, 0]);
});

test('groups labelled boilerplate are counted apart; unlabelled furniture is wrong', () => {
  const footers = ['a0.txt', 'a1.txt', 'a2.txt'].map((p) => at(p, FOOT));
  const labelled = score([planted, { kind: 'boilerplate', members: footers }]);
  assert.deepEqual([labelled.pairs.precision, labelled.pairs.boilerplateLabelled, labelled.members.boilerplateLabelled], [1, 3, 3]);
  const unlabelled = score([planted, { kind: 'passage', members: footers }]);
  assert.deepEqual([unlabelled.pairs.wrong, unlabelled.pairs.wrongBy.furniture, unlabelled.members.furniture], [3, 3, 3]);
  assert.equal(unlabelled.pairs.precision, 0.25);
  assert.equal(unlabelled.pairs.precisionWithoutFurniture, 1);
});

test('a short quoted phrase linking unrelated articles is a wrong short-quote pair, listed with its text', () => {
  const s = score([planted, { kind: 'quote', members: [at('a0.txt', 'safe place'), at('a2.txt', 'safe place')] }]);
  assert.deepEqual(s.pairs.wrongBy, { shortQuote: 1, quote: 0, passage: 0, furniture: 0 });
  assert.deepEqual(s.pairs.topWrong[0], { text: 'safe place', other: 'safe place', kind: 'quote', words: 2, articles: 2, members: 2, wrongPairs: 1 });
});

test('members in the same article are not paired', () => {
  const half = at('a0.txt', 'The river council agreed on Monday to rebuild the old stone bridge');
  const s = score([{ kind: 'passage', members: [at('a0.txt', F), half, at('a1.txt', F)] }]);
  assert.equal(s.pairs.right + s.pairs.wrong + s.pairs.repetition, 2);
  assert.equal(s.pairs.right, 2);
});

test('a pairwise tool: its runs are its pairs; recall gathers them per article pair', () => {
  // F in three runs of a third each: no run alone covers half of each side.
  const thirds = (p: string) => {
    const { start, end } = at(p, F);
    const step = Math.ceil((end - start) / 3);
    return [0, 1, 2].map((k) => ({ path: p, start: start + k * step, end: Math.min(end, start + (k + 1) * step) }));
  };
  const a = thirds('a0.txt');
  const b = thirds('a1.txt');
  const runs: DetectedGroup[] = [0, 1, 2].map((k) => ({ members: [a[k], b[k]] }));
  assert.equal(score(runs).recall, 0);
  const s = score(runs, true);
  assert.equal(s.recall, 1);
  assert.deepEqual([s.pairs.right, s.pairs.wrong], [3, 0]);
  assert.equal(s.members.total, 6);
});

test('on a generated corpus, the planted reuses and the families as groups score 1', () => {
  const { truth: t, texts: tx } = generateCorpus({ size: 120, seed: 3 });
  const of = (p: string) => tx.get(p)!;
  const s = scoreRealText(t, { groups: t.reuses.map((r) => ({ kind: r.kind, members: [r.source, r.copy] })), textOf: of });
  assert.deepEqual([s.recall, s.pairs.precision, s.members.precision, s.pairs.repetition], [1, 1, 1, 0]);
  const byFamily = new Map<string, TruthSpan[]>();
  for (const o of t.occurrences) byFamily.set(o.family, [...(byFamily.get(o.family) ?? []), o]);
  const f = scoreRealText(t, { groups: [...byFamily.values()].map((members) => ({ members })), textOf: of });
  assert.equal(f.pairs.precision, 1);
  assert.ok(f.pairs.right > t.reuses.length, 'copies of copies make more right pairs than planted reuses');
});
