// The extension's index build (CorpusAligner.create) run in plain Node: it reports progress,
// stops soon after its token is cancelled, and builds what the one-shot constructor builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BuildCancelled, CorpusAligner } from '../../src/extension/index/corpusAligner';
import type { Article } from '../../src/extension/articles/articleReader';
import { generateCorpus } from '../../bench/gen/generate';

const articles = (n: number): Article[] =>
  [...generateCorpus({ size: n, seed: 9 }).texts].map(([path, text]) => ({ path, text, uri: undefined as never }));

test('a build reports articles read and pairs aligned, and equals the one-shot alignment', async () => {
  const input = articles(300);
  const seen: { articles: number; pairs: number }[] = [];
  const built = await CorpusAligner.create(input, {}, undefined, { onProgress: (p) => seen.push(p) });
  assert.ok(seen.length > 5, 'progress is reported between slices');
  for (let k = 1; k < seen.length; k++) {
    assert.ok(seen[k].articles >= seen[k - 1].articles && seen[k].pairs >= seen[k - 1].pairs, 'counts never go down');
  }
  const last = seen[seen.length - 1];
  assert.equal(last.articles, 300);
  assert.ok(last.pairs > 0, 'pairs were aligned');
  assert.equal(built.state, 'built at once');
  assert.deepEqual(built.snapshot().result, new CorpusAligner(input, {}).snapshot().result);
});

test('cancelling stops the build at the next slice', async () => {
  const input = articles(2000);
  const token = { isCancellationRequested: false };
  let cancelledAt = 0;
  let reports = 0;
  const started = Date.now();
  const building = CorpusAligner.create(input, {}, undefined, {
    token,
    onProgress: (p) => {
      reports++;
      // Cancelled once the pairs are being aligned, the longest stretch of the build.
      if (p.pairs > 0 && !cancelledAt) { token.isCancellationRequested = true; cancelledAt = Date.now(); }
    },
  });
  await assert.rejects(building, BuildCancelled);
  const latency = Date.now() - cancelledAt;
  console.log(`# cancelled after ${cancelledAt - started} ms of building; stopped ${latency} ms later (${reports} progress reports)`);
  assert.ok(cancelledAt > 0, 'the build reached the pairs');
  assert.ok(latency < 5000, `stopped ${latency} ms after the cancellation (a bound against hangs; see README for the measured time)`);
  await assert.rejects(CorpusAligner.create(input, {}, undefined, { token }), BuildCancelled, 'an already cancelled token builds nothing');
});
