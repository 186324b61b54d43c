import { Phase, Slot, type Counters } from './progressCounters';

/** `--progress` (always), `--no-progress` (never), or neither (decided by where standard error goes). */
export type ProgressMode = 'auto' | 'on' | 'off';

/** A terminal's status line starts this long into a run: quick runs draw nothing. */
const TTY_AFTER_MS = 500;
const TTY_EVERY_MS = 200;
/** When standard error is a pipe or a file, a line every this often, the first this far into the run. */
const LOG_EVERY_MS = 10_000;
/** With `--progress` and no terminal, a line every second from the start. */
const FORCED_LOG_EVERY_MS = 1_000;

/**
 * Shows a run's progress on standard error, never on standard output (which holds only the
 * result). Where standard error is a terminal, one status line is redrawn in place from half
 * a second into the run and erased before any other line is written and at the end, so the
 * terminal keeps only the messages and the report. Where it is a pipe or a log file, a plain
 * line `reprint-lens: progress: …` is written every ten seconds, the first after ten seconds,
 * so scripts see none on ordinary runs and a log of a long run shows it is alive.
 */
export class ProgressDisplay {
  private timer: ReturnType<typeof setInterval> | undefined;
  private drawn = false;
  private readonly started = Date.now();
  private readonly tty: boolean;
  private readonly mode: ProgressMode;

  constructor(private readonly describe: () => string, mode: ProgressMode, private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.tty = stream.isTTY === true;
    this.mode = mode;
  }

  start(): void {
    if (this.mode === 'off') return;
    const every = this.tty ? TTY_EVERY_MS : this.mode === 'on' ? FORCED_LOG_EVERY_MS : LOG_EVERY_MS;
    const after = this.mode === 'on' ? 0 : this.tty ? TTY_AFTER_MS : LOG_EVERY_MS;
    let next = this.started + after;
    this.timer = setInterval(() => {
      if (Date.now() < next) return;
      next += every;
      this.draw();
    }, Math.min(every, 100));
    this.timer.unref();
  }

  /** Writes one line to standard error without garbling the status line. */
  line(text: string): void {
    this.erase();
    this.stream.write(text + '\n');
  }

  /** Stops drawing and erases the status line. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.erase();
  }

  /** Seconds since the run started. */
  get seconds(): number {
    return Math.round((Date.now() - this.started) / 1000);
  }

  private draw(): void {
    const text = `${this.describe()} (${this.seconds} s)`;
    if (!this.tty) {
      this.stream.write(`reprint-lens: progress: ${text}\n`);
      return;
    }
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    // \r and "erase to end of line": the line is replaced in place, and kept shorter than the
    // terminal so that it never wraps (a wrapped line could not be erased).
    this.stream.write(`\r\x1b[K${text.length > width ? text.slice(0, width - 1) + '…' : text}`);
    this.drawn = true;
  }

  private erase(): void {
    if (!this.drawn) return;
    this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

const n = (x: number) => x.toLocaleString('en-US');

/** What an `align` (or `compare`) run is doing, read from its counters. */
export function describeAlign(c: Counters): string {
  const at = (slot: number) => Atomics.load(c, slot);
  switch (at(Slot.phase)) {
    case Phase.listing: return `listing files: ${n(at(Slot.filesListed))} found`;
    case Phase.reading: return `reading files: ${n(at(Slot.filesRead))} of ${n(at(Slot.filesListed))}`;
    case Phase.preparing: return `reading the words of ${n(at(Slot.articles))} articles`;
    case Phase.pairing:
      if (at(Slot.articles) === 0) return 'comparing';
      return at(Slot.pairsFound) === 0
        ? `aligning ${n(at(Slot.articles))} articles`
        : `aligning ${n(at(Slot.articles))} articles: ${n(at(Slot.pairsAligned))} pairs aligned of ${n(at(Slot.pairsFound))} found`;
    case Phase.clustering: return `grouping what ${n(at(Slot.pairsAligned))} aligned pairs share`;
    case Phase.writing: return 'writing the result';
    default: return 'starting';
  }
}

/** What a `pan` run is doing. */
export function describePan(c: Counters): string {
  return Atomics.load(c, Slot.phase) === Phase.pairing ? `${n(Atomics.load(c, Slot.pairsAligned))} of ${n(Atomics.load(c, Slot.pairsFound))} pairs done` : 'starting';
}
