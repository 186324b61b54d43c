// Worker thread of `reprint-lens align`: aligns batches of article pairs against the token
// table the main thread shares with it, and sends back what it found.
import { parentPort, workerData } from 'node:worker_threads';
import { PairAligner, type PairJob, type SharedTokens } from '../core/align/pairJobs';

const aligner = PairAligner.fromShared(workerData as SharedTokens);
parentPort!.on('message', (jobs: PairJob[]) => {
  parentPort!.postMessage(jobs.map((job) => aligner.align(job)));
});
