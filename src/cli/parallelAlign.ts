import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { alignArticles, AlignmentSession, type AlignOptions, type AlignResult, type ArticleInput, type PairJob, type PairResult } from '../core/index';

/** Below this many articles threads cost more than they save. */
const PARALLEL_FROM = 200;
/** Pairs sent to a worker at a time. */
const BATCH = 256;

/**
 * Aligns articles with the pairwise work spread over worker threads. The main thread reads
 * the articles and streams candidate pairs (see AlignmentSession.deferred) while the workers
 * align them against a token table in shared memory; results are put back in a fixed order,
 * so the output is byte-identical to a single-threaded run.
 */
export async function alignInParallel(inputs: readonly ArticleInput[], options?: AlignOptions, threads = availableParallelism()): Promise<AlignResult> {
  if (inputs.length < PARALLEL_FROM || threads < 2) return alignArticles(inputs, options);
  // The workers start while this thread reads the articles (their start-up then costs no wall
  // time); the token table follows as their first message.
  const workers = Array.from({ length: threads }, () => new Worker(join(__dirname, 'alignWorker.js')));
  const jobs = AlignmentSession.deferred(inputs, options);
  const shared = jobs.shareTokens((bytes) => new SharedArrayBuffer(bytes));
  for (const w of workers) w.postMessage(shared);
  const results: PairResult[] = [];
  let sent = 0;
  let received = 0;
  let finishedSending = false;
  let resolveAll: () => void = () => {};
  let rejectAll: (e: unknown) => void = () => {};
  const allDone = new Promise<void>((resolve, reject) => { resolveAll = resolve; rejectAll = reject; });
  for (const w of workers) {
    w.on('message', (batch: PairResult[]) => {
      results.push(...batch);
      if (++received === sent && finishedSending) resolveAll();
    });
    w.on('error', rejectAll);
  }
  let batch: PairJob[] = [];
  const send = () => {
    workers[sent % workers.length].postMessage(batch, batch.map((j) => j.seeds.buffer as ArrayBuffer));
    sent++;
    batch = [];
  };
  try {
    jobs.forEachJob((job) => {
      batch.push(job);
      if (batch.length === BATCH) send();
    });
    if (batch.length) send();
    finishedSending = true;
    if (received === sent) resolveAll();
    await allDone;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return jobs.complete(results).result();
}
