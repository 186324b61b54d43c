// Messages between the command's main thread and its engine thread (engineWorker.ts).
import type { InputLimits } from './listInputs';

/** How a command wants its result: a JSON document or the text report. */
export type OutputForm = 'json' | 'text';

/** Aligns the articles under `paths`. */
export interface AlignJob {
  readonly kind: 'align';
  readonly paths: readonly string[];
  readonly limits: InputLimits;
  readonly output: OutputForm;
  /** ANSI colours in the text report. */
  readonly color: boolean;
}

/** Compares two articles. */
export interface CompareJob {
  readonly kind: 'compare';
  readonly left: string;
  readonly right: string;
  readonly output: OutputForm;
  readonly color: boolean;
  /** Leave out rows whose wording did not change. */
  readonly changesOnly: boolean;
}

/** Runs the PAN detector over a pairs file (see pan.ts). */
export interface PanJob {
  readonly kind: 'pan';
  readonly pairs: string;
  readonly srcDir: string;
  readonly suspDir: string;
  readonly outDir: string;
}

export type EngineJob = AlignJob | CompareJob | PanJob;

/** A problem with one input, sent as soon as it is found. */
export interface ProblemMessage {
  readonly type: 'problem';
  readonly path: string;
  readonly reason: string;
  readonly fatal: boolean;
}

/** The job is over: its exit status, and what goes to standard output. */
export interface DoneMessage {
  readonly type: 'done';
  readonly code: number;
  /** UTF-8, its buffer handed over rather than copied (a JSON result can be tens of megabytes). */
  readonly stdout?: Uint8Array;
}

/** The job threw: a defect, reported as an error line. */
export interface FailedMessage {
  readonly type: 'failed';
  readonly message: string;
}

export type EngineMessage = ProblemMessage | DoneMessage | FailedMessage;
