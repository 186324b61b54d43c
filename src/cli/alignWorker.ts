// Worker thread of `reprint-lens align`: aligns batches of article pairs against the token
// table the main thread shares with it, and sends back what it found.
// The first message is the shared token table, every later one a batch of jobs.
import { parentPort } from 'node:worker_threads';
import { PairAligner, type PairJob, type SharedTokens } from '../core/align/pairJobs';

let aligner: PairAligner | null = null;
parentPort!.on('message', (message: SharedTokens | PairJob[]) => {
  if (!aligner) aligner = PairAligner.fromShared(message as SharedTokens);
  else parentPort!.postMessage((message as PairJob[]).map((job) => aligner!.align(job)));
});
