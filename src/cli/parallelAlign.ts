import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
// Core modules are imported one by one, not through core/index, so this bundle leaves out
// what `align` never runs (see sentenceCommands.ts).
import { alignArticles } from '../core/align/alignArticles';
import { PairAligner, type PairJob, type PairResult } from '../core/align/pairJobs';
import { AlignmentSession } from '../core/align/session';
import type { AlignOptions, AlignResult, ArticleInput } from '../core/types';
import { collectGarbage, COLLECT_FROM } from './collectGarbage';
import { addCount, Phase, setCount, Slot, type Counters } from './progressCounters';

/** Below this many articles threads cost more than they save. */
const PARALLEL_FROM = 200;
/** Pairs handed out at a time. */
const BATCH = 256;
/** Batches a worker may hold beyond the one it is on. */
const AHEAD = 2;
/**
 * Batches found but not yet handed out, past which this thread stops finding pairs to align
 * one itself: found pairs hold their seeds until aligned, and on a folder where pairs are
 * found faster than the workers align them an unbounded queue held every pair of the run.
 */
const MAX_WAITING = 8;

/**
 * Aligns articles with the pairwise work shared between this thread and `threads - 1` worker
 * threads. This thread reads the articles and streams candidate pairs (see
 * AlignmentSession.deferred); each worker is kept a couple of batches ahead, so it aligns
 * while the pairs are still being found, and the batches it has no room for wait in a queue
 * that this thread works through once it has found them all (or as it goes, when more than a
 * few wait: see MAX_WAITING). Only pairs that found something are kept. The workers count the batches
 * they finish in shared memory, which this thread reads without waiting for their messages.
 * Every batch is aligned against a token table in shared memory; results are put back in a
 * fixed order, so the output is byte-identical to a single-threaded run. With `counters`, the
 * phase and the pairs found and aligned are counted there as the work goes (see
 * progressCounters.ts); below PARALLEL_FROM articles the run is short and only phases are set.
 */
export async function alignInParallel(inputs: readonly ArticleInput[], options?: AlignOptions, threads = availableParallelism(), counters?: Counters): Promise<AlignResult> {
  setCount(counters, Slot.articles, inputs.length);
  // A short run is one step here: shown as aligning, with no count of pairs.
  if (inputs.length < PARALLEL_FROM || threads < 2) {
    setCount(counters, Slot.phase, Phase.pairing);
    return alignArticles(inputs, options);
  }
  setCount(counters, Slot.phase, Phase.preparing);
  // The workers start while this thread reads the articles (their start-up then costs no wall
  // time); the token table follows as their first message.
  const done = new Int32Array(new SharedArrayBuffer(4 * (threads - 1)));
  const workers = Array.from({ length: threads - 1 }, (_, slot) => new Worker(join(__dirname, 'alignWorker.js'), { workerData: { done, slot, counters } }));
  const sent = workers.map(() => 0);
  const results: PairResult[] = [];
  let received = 0;
  let resolveAll: () => void = () => {};
  let rejectAll: (e: unknown) => void = () => {};
  const allDone = new Promise<void>((resolve, reject) => { resolveAll = resolve; rejectAll = reject; });
  // Awaited below; this handler only keeps a worker failure during an earlier error from
  // surfacing as an unhandled rejection that would hide that error.
  allDone.catch(() => undefined);
  let finished = false;
  let settled = false;
  const settle = () => {
    if (finished && received === sent.reduce((a, b) => a + b, 0)) { settled = true; resolveAll(); }
  };
  for (const w of workers) {
    w.on('message', (batch: PairResult[]) => {
      for (const r of batch) if (r.regions.length) results.push(r);
      received++;
      settle();
    });
    w.on('error', rejectAll);
    w.on('exit', (code) => { if (!settled) rejectAll(new Error(`an alignment worker stopped early (exit code ${code})`)); });
  }
  let stopped = false;
  try {
    const jobs = AlignmentSession.deferred(inputs, options);
    let shared: ReturnType<typeof jobs.shareTokens> | null = jobs.shareTokens((bytes) => new SharedArrayBuffer(bytes));
    setCount(counters, Slot.phase, Phase.pairing);
    for (const w of workers) w.postMessage(shared);
    // Batches waiting are queue[next..]; those handed out are let go (their seeds went to the worker).
    const queue: (PairJob[] | null)[] = [];
    let next = 0;
    const feed = () => {
      workers.forEach((w, slot) => {
        while (next < queue.length && sent[slot] - Atomics.load(done, slot) <= AHEAD) {
          const batch = queue[next]!;
          queue[next++] = null;
          w.postMessage(batch, batch.map((j) => j.seeds.buffer as ArrayBuffer));
          sent[slot]++;
        }
      });
    };
    let aligner: PairAligner | null = PairAligner.fromShared(shared);
    // This thread aligns from the back of the queue, topping the workers up between batches.
    const alignOne = () => {
      const mine = queue.pop()!;
      for (const job of mine) {
        const r = aligner!.align(job);
        if (r.regions.length) results.push(r);
      }
      addCount(counters, Slot.pairsAligned, mine.length);
      feed();
    };
    let batch: PairJob[] = [];
    jobs.forEachJob((job) => {
      addCount(counters, Slot.pairsFound, 1);
      batch.push(job);
      if (batch.length === BATCH) {
        queue.push(batch);
        batch = [];
        feed();
        if (queue.length - next > MAX_WAITING) alignOne();
      }
    });
    if (batch.length) queue.push(batch);
    feed();
    while (next < queue.length) alignOne();
    finished = true;
    settle();
    await allDone;
    // The workers and the shared token table (a second copy of every article's tokens) are
    // let go before clustering, whose own memory would otherwise come on top of theirs.
    stopped = true;
    await Promise.all(workers.map((w) => w.terminate()));
    shared = null;
    aligner = null;
    if (inputs.length >= COLLECT_FROM) collectGarbage();
    setCount(counters, Slot.phase, Phase.clustering);
    return jobs.complete(results).resultOnce();
  } finally {
    if (!stopped) await Promise.all(workers.map((w) => w.terminate()));
  }
}
