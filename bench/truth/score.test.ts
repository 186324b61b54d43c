/** Checks of the ground-truth scorer: node --import tsx --test bench/truth/score.test.ts */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from '../gen/generate';
import { scoreAgainstTruth } from './score';
import type { DetectedGroup } from './detections';

const { truth } = generateCorpus({ size: 120, seed: 3 });

test('the planted reuses themselves score recall 1 and precision 1', () => {
  const groups: DetectedGroup[] = truth.reuses.map((r) => ({ members: [r.source, r.copy] }));
  const s = scoreAgainstTruth(truth, groups);
  assert.equal(s.recall, 1);
  assert.equal(s.precision, 1);
  assert.equal(s.charPrecision, 1);
  for (const b of Object.values(s.recallBy.editRate)) assert.equal(b.recall, 1);
});

test('nothing detected scores 0', () => {
  const s = scoreAgainstTruth(truth, []);
  assert.equal(s.recall, 0);
  assert.equal(s.precision, 0);
});

test('spans must be in the same group, and cover half of each side', () => {
  const split = truth.reuses.flatMap((r) => [{ members: [r.source] }, { members: [r.copy] }]);
  assert.equal(scoreAgainstTruth(truth, split).recall, 0);
  const thin = truth.reuses.map((r) => ({
    members: [r.source, { ...r.copy, end: r.copy.start + Math.floor((r.copy.end - r.copy.start) * 0.4) }],
  }));
  assert.equal(scoreAgainstTruth(truth, thin).recall, 0);
});

test('copies of the same family detected together count as correct', () => {
  const byFamily = new Map<string, DetectedGroup['members'][number][]>();
  for (const o of truth.occurrences) byFamily.set(o.family, [...(byFamily.get(o.family) ?? []), o]);
  const s = scoreAgainstTruth(truth, [...byFamily.values()].map((members) => ({ members })));
  assert.equal(s.precision, 1);
  assert.ok(s.recall > 0.95, `recall ${s.recall}`);
});

test('boilerplate matches are false positives and counted as such', () => {
  const footers = truth.boilerplate.filter((b) => b.label === 'footer');
  const s = scoreAgainstTruth(truth, [{ members: footers }]);
  assert.equal(s.precision, 0);
  assert.equal(s.boilerplateMembers, footers.length);
});

test('whole articles paired with their sources find everything at low precision', () => {
  const len = new Map(truth.articles.map((a) => [a.path, a.length]));
  const groups = truth.reuses.map((r) => ({
    members: [r.source.path, r.copy.path].map((path) => ({ path, start: 0, end: len.get(path)! })),
  }));
  const s = scoreAgainstTruth(truth, groups);
  assert.equal(s.recall, 1);
  assert.ok(s.charPrecision < 0.8, `char precision ${s.charPrecision}`);
});
