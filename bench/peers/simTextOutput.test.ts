/** Reading sim_text's output: node --import tsx --test bench/peers/simTextOutput.test.ts */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lineStarts, parseSimTextRuns, runSpans } from './simTextOutput';
import { runSimText, simTextAvailable } from './simText';

const A = 'Title here\n\nOne two three four five six seven eight nine ten eleven.\n\nlast line\n';
const B = 'Other start\n\nzero ONE two three four five six seven eight nine ten twelve\n';

test('run headers are parsed, other lines ignored', () => {
  const out = 'File a.txt: 13 words, 5 lines\nTotal input: 2 files\n\na.txt: line 3-3          |b.txt: line 3-3        [10]\n\n';
  assert.deepEqual(parseSimTextRuns(out), [{ fileA: 'a.txt', linesA: [3, 3], fileB: 'b.txt', linesB: [3, 3], words: 10 }]);
});

test('a run is narrowed from its lines to the shared words, case folded', () => {
  const run = { fileA: 'a.txt', linesA: [3, 3] as const, fileB: 'b.txt', linesB: [3, 3] as const, words: 10 };
  const [a, b] = runSpans(run, A, B, lineStarts(A), lineStarts(B));
  assert.equal(A.slice(a.start, a.end), 'One two three four five six seven eight nine ten');
  assert.equal(B.slice(b.start, b.end), 'ONE two three four five six seven eight nine ten');
});

test('a run counted differently by sim_text is placed on the longest run of words the lines share', () => {
  const C = 'x\n\nalpha beta one two three four five six seven eight nine ten gamma\n';
  const run = { fileA: 'a.txt', linesA: [3, 3] as const, fileB: 'c.txt', linesB: [3, 3] as const, words: 12 };
  const [a, c] = runSpans(run, A, C, lineStarts(A), lineStarts(C));
  assert.equal(A.slice(a.start, a.end), 'One two three four five six seven eight nine ten');
  assert.equal(C.slice(c.start, c.end), 'one two three four five six seven eight nine ten');
});

test('a run whose words cannot be found keeps its line ranges', () => {
  const run = { fileA: 'a.txt', linesA: [3, 3] as const, fileB: 'b.txt', linesB: [1, 1] as const, words: 10 };
  const [a, b] = runSpans(run, A, B, lineStarts(A), lineStarts(B));
  assert.equal(A.slice(a.start, a.end), 'One two three four five six seven eight nine ten eleven.');
  assert.equal(B.slice(b.start, b.end), 'Other start');
});

test('sim_text itself, when installed, agrees', { skip: !simTextAvailable() && 'sim_text not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'simtext-'));
  writeFileSync(join(dir, 'a.txt'), A);
  writeFileSync(join(dir, 'b.txt'), B);
  const r = runSimText(dir, ['a.txt', 'b.txt']);
  assert.equal(r.runs, 1);
  const [a, b] = r.groups![0].members;
  assert.equal(A.slice(a.start, a.end), 'One two three four five six seven eight nine ten');
  assert.equal(B.slice(b.start, b.end), 'ONE two three four five six seven eight nine ten');
});
