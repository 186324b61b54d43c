import assert from 'node:assert/strict';
import type { CorpusTruth } from './truth';

/**
 * Asserts that a generated corpus plants every kind of reuse and change the benchmark scores
 * by (each edit rate, each way of copying, dropped sentences, hyphenation debris, re-quoting,
 * reordering) and a comment footer among its boilerplate. Shared by the generator's tests in
 * both modes.
 */
export function assertEveryKindPlanted(truth: CorpusTruth, texts: ReadonlyMap<string, string>): void {
  for (const rate of [0, 0.02, 0.05, 0.1]) assert.ok(truth.reuses.some((r) => r.editRate === rate), `rate ${rate}`);
  for (const via of ['block', 'reprint', 'quote']) assert.ok(truth.reuses.some((r) => r.via === via), via);
  assert.ok(truth.reuses.some((r) => r.sentencesDropped > 0), 'sentences dropped');
  assert.ok(truth.reuses.some((r) => r.hyphens > 0), 'hyphenation debris');
  assert.ok(truth.reuses.some((r) => r.requoted), 're-quoted');
  assert.ok(truth.reuses.some((r) => r.reordered), 'reordered');
  assert.ok(truth.boilerplate.some((b) => texts.get(b.path)!.slice(b.start, b.end).startsWith('Leave a Reply')), 'comment footer');
}
