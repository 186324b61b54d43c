/** Junk groups and lost links of the hidden examples: node --import tsx --test bench/hidden/links.test.ts */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DetectedGroup, DetectedSpan } from '../truth/detections';
import { junkGroups, linksOf, lostLinks } from './links';

const s = (path: string, start: number, end: number): DetectedSpan => ({ path, start, end });

const alone: DetectedGroup[] = [
  { kind: 'quote', members: [s('000.txt', 10, 30), s('001.txt', 50, 70), s('001.txt', 90, 110)] },
  { kind: 'passage', members: [s('002.txt', 0, 100), s('004.txt', 200, 300)] },
  { kind: 'boilerplate', members: [s('000.txt', 500, 520), s('004.txt', 600, 620)] },
];

test('links are pairs of members in different articles; boilerplate groups make none', () => {
  const links = linksOf(alone);
  assert.equal(links.length, 3);
  assert.deepEqual(links.map((l) => `${l.a.path}~${l.b.path}`), ['000.txt~001.txt', '000.txt~001.txt', '002.txt~004.txt']);
});

test('a link survives when one group overlaps both of its spans; otherwise it is lost', () => {
  const hidden: DetectedGroup[] = [
    { kind: 'quote', members: [s('000.txt', 12, 28), s('001.txt', 55, 65), s('a00007.txt', 0, 10)] },
    // The passage split into two groups, each holding one side only: lost.
    { kind: 'passage', members: [s('002.txt', 0, 100), s('a00001.txt', 0, 90)] },
    { kind: 'passage', members: [s('004.txt', 200, 300), s('a00002.txt', 0, 90)] },
  ];
  const lost = lostLinks(linksOf(alone), hidden);
  assert.deepEqual(lost.map((l) => `${l.a.path}:${l.a.start}~${l.b.path}:${l.b.start}`), ['000.txt:10~001.txt:90', '002.txt:0~004.txt:200']);
  assert.equal(lostLinks(linksOf(alone), alone).length, 0, 'the same groups keep every link');
});

test('a group tying an example to a generated article is junk; labelled furniture is listed apart', () => {
  const examples = new Set(['000.txt', '001.txt', '002.txt']);
  const hidden: DetectedGroup[] = [
    { kind: 'quote', members: [s('000.txt', 0, 10), s('001.txt', 0, 10)] },
    { kind: 'quote', members: [s('002.txt', 0, 10), s('a00001.txt', 5, 15), s('a00009.txt', 5, 15)] },
    { kind: 'boilerplate', members: [s('000.txt', 0, 10), s('a00003.txt', 0, 10)] },
    { kind: 'passage', members: [s('a00004.txt', 0, 10), s('a00005.txt', 0, 10)] },
  ];
  const { reuse, boilerplate } = junkGroups(hidden, (p) => examples.has(p), (m) => `${m.path}@${m.start}`);
  assert.equal(reuse.length, 1);
  assert.deepEqual(reuse[0], { kind: 'quote', inExamples: ['002.txt: 002.txt@0'], otherArticles: 2, otherText: 'a00001.txt@5' });
  assert.equal(boilerplate.length, 1);
});
