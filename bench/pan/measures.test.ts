/** Hand-computed cases for the PAN measures: node --import tsx --test bench/pan/measures.test.ts */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PanAnnotation } from './annotation';
import { granularity, macroPrecision, macroRecall, plagdet, scorePan } from './measures';
import { parsePanXml, detectionXml } from './xml';

const ann = (susp: string, to: number, tl: number, src: string, so: number, sl: number): PanAnnotation => ({
  susp, thisOffset: to, thisLength: tl, source: src, sourceOffset: so, sourceLength: sl,
});
const caseA = ann('s1', 0, 100, 'r1', 0, 100);
const caseB = ann('s2', 0, 100, 'r2', 0, 100);

test('empty sides', () => {
  assert.equal(macroRecall([], []), 1);
  assert.equal(macroPrecision([], []), 1);
  assert.equal(macroRecall([caseA], []), 0);
  assert.equal(macroPrecision([caseA], []), 0);
  assert.equal(macroRecall([], [caseA]), 0);
  assert.equal(granularity([caseA], []), 1);
});

test('both documents must overlap, and the source must be the same', () => {
  assert.equal(macroRecall([caseA], [ann('s1', 0, 100, 'r1', 100, 100)]), 0);
  assert.equal(macroRecall([caseA], [ann('s1', 0, 100, 'r9', 0, 100)]), 0);
  assert.equal(macroRecall([caseA], [ann('s1', 99, 1, 'r1', 99, 1)]), 2 / 200);
});

test('sizes add the suspicious and the source side', () => {
  // Half of the suspicious side and all of the source side: (50 + 100) / 200.
  assert.equal(macroRecall([caseA], [ann('s1', 50, 100, 'r1', 0, 100)]), 0.75);
  // The detection is 200 + 200 long and covers 100 + 100 of the case.
  assert.equal(macroPrecision([caseA], [ann('s1', 0, 200, 'r1', 0, 200)]), 0.5);
});

test('overlapping detections are counted as a union', () => {
  const d1 = ann('s1', 0, 60, 'r1', 0, 60);
  const d2 = ann('s1', 40, 60, 'r1', 40, 60);
  assert.equal(macroRecall([caseA], [d1, d2]), 1);
  assert.equal(granularity([caseA], [d1, d2]), 2);
});

test('macro averaging and granularity over detected cases only', () => {
  assert.equal(macroRecall([caseA, caseB], [caseA]), 0.5);
  assert.equal(macroPrecision([caseA, caseB], [caseA]), 1);
  const split = [ann('s1', 0, 50, 'r1', 0, 50), ann('s1', 50, 50, 'r1', 50, 50)];
  assert.equal(granularity([caseA, caseB], split), 2);
});

test('duplicates count once', () => {
  assert.equal(granularity([caseA], [caseA, { ...caseA }]), 1);
  assert.equal(scorePan([caseA, caseA], [caseA]).cases, 1);
});

test('plagdet', () => {
  assert.equal(plagdet(1, 1, 1), 1);
  assert.equal(plagdet(0, 0, 1), 0);
  assert.equal(plagdet(1, 0.5, 1), 2 / 3);
  assert.ok(Math.abs(plagdet(1, 1, 2) - 1 / Math.log2(3)) < 1e-12);
  assert.equal(plagdet(1, 1, 0.5), 0);
});

test('detection XML round trip, with .txt stripped and other features ignored', () => {
  const d = ann('suspicious-document00001', 3, 4, 'source-document00002', 5, 6);
  const xml = detectionXml('suspicious-document00001.txt', 'source-document00002.txt', [d]);
  assert.deepEqual(parsePanXml(xml, 'detected-plagiarism'), [d]);
  const gold = `<document  reference="x.txt">\n\t<feature  name="about" authors="DUC2006" />\n` +
    `\t<feature name='plagiarism' source_length="2" source_offset="1" source_reference="y.txt" this_length="4" this_offset="3" />\n</document>`;
  assert.deepEqual(parsePanXml(gold, 'plagiarism'), [ann('x', 3, 4, 'y', 1, 2)]);
});
