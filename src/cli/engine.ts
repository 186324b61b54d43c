import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EngineJob, EngineMessage } from './engineProtocol';
import { describeAlign, describePan, ProgressDisplay, type ProgressMode } from './progress';
import { newCounters } from './progressCounters';
import { safeName } from './terminalText';
import { problemLine } from './cliProblems';

/** How an engine job ended. */
export interface EngineOutcome {
  /** Exit status by the contract: 0, or 1 when an input could not be used. */
  readonly code: number;
  /** What goes to standard output, if anything (UTF-8). */
  readonly stdout?: Uint8Array;
}

/** Exit statuses after a signal, as a shell reports a process killed by it (128 + its number). */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/** What a signal handler says the run was doing when it was cancelled. */
let doing: () => string = () => 'starting';
let beforeExit: () => void = () => undefined;

/**
 * Ctrl+C (SIGINT) and SIGTERM end the run at once with one line saying what was cancelled.
 * The process then ends by the same signal, its default action restored, as a well-behaved
 * command does: a calling shell sees "interrupted" (status 130 or 143) and can stop too.
 * (On Windows, which has no such signals to raise, it exits with that status instead.)
 */
function onSignal(signal: NodeJS.Signals): void {
  beforeExit();
  process.stderr.write(`reprint-lens: cancelled while ${doing()}\n`);
  if (process.platform === 'win32') process.exit(SIGNAL_EXIT[signal] ?? 1);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

/** Installs the signal handlers (once, as the command starts). */
export function cancelOnSignals(): void {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/**
 * Runs a job on the engine thread (engineWorker.ts) and waits for it, meanwhile showing
 * progress on standard error (see ProgressDisplay) and writing each problem as one line
 * naming the file, as soon as it is found. Ctrl+C (or SIGTERM) ends the run at once, however
 * busy the engine is: this thread is idle, so it answers the signal within milliseconds,
 * erases the status line and says what was cancelled (see onSignal), leaving standard
 * output empty. Nothing was written to any input, so there is nothing to undo.
 */
export function runEngine(job: EngineJob, progress: ProgressMode): Promise<EngineOutcome> {
  const counters = newCounters();
  const describe = job.kind === 'pan' ? () => describePan(counters) : () => describeAlign(counters);
  const display = new ProgressDisplay(describe, progress);
  const worker = new Worker(join(__dirname, 'engineWorker.js'), { workerData: { job, counters } });
  doing = describe;
  beforeExit = () => display.stop();
  display.start();
  return new Promise<EngineOutcome>((resolve) => {
    let over = false;
    const finish = (outcome: EngineOutcome) => {
      if (over) return;
      over = true;
      display.stop();
      doing = () => 'writing the result';
      void worker.terminate();
      resolve(outcome);
    };
    worker.on('message', (m: EngineMessage) => {
      switch (m.type) {
        case 'problem':
          display.line(problemLine(m));
          break;
        case 'done':
          finish({ code: m.code, stdout: m.stdout });
          break;
        case 'failed':
          display.line(`reprint-lens: error: ${safeName(m.message)}`);
          finish({ code: 1 });
          break;
      }
    });
    worker.on('error', (e) => {
      display.line(`reprint-lens: error: the engine stopped (${safeName(e.message)})`);
      finish({ code: 1 });
    });
    worker.on('exit', (code) => {
      if (!over) {
        display.line(`reprint-lens: error: the engine stopped early (exit code ${code})`);
        finish({ code: 1 });
      }
    });
  });
}
