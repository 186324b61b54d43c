// Worker thread of `reprint-lens align`: aligns batches of article pairs against the token
// table the main thread shares with it, and sends back what it found. The first message is
// the shared token table, every later one a batch of jobs; each finished batch is also counted
// in shared memory (`done[slot]`), which the main thread reads to keep this worker supplied,
// and its pairs are added to the run's progress counters (see progressCounters.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { PairAligner, type PairJob, type SharedTokens } from '../core/align/pairJobs';
import { addCount, Slot } from './progressCounters';

const { done, slot, counters } = workerData as { done: Int32Array; slot: number; counters?: Int32Array };
let aligner: PairAligner | null = null;
parentPort!.on('message', (message: SharedTokens | PairJob[]) => {
  if (!aligner) {
    aligner = PairAligner.fromShared(message as SharedTokens);
    return;
  }
  const results = (message as PairJob[]).map((job) => aligner!.align(job));
  addCount(counters, Slot.pairsAligned, results.length);
  Atomics.add(done, slot, 1);
  parentPort!.postMessage(results);
});
