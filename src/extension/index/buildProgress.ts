import type * as vscode from 'vscode';
import type { BuildProgress } from '../../core/align/session';

/** Least time between two messages: a notification redrawn more often only flickers. */
const EVERY_MS = 100;

const n = (x: number) => x.toLocaleString('en-US');

/**
 * What an index build tells its progress notification: files read, then articles read into
 * words and pairs aligned, with the bar moving through fixed shares of its length (reading
 * files 0–40%, reading words 40–70%, aligning the rest; the number of pairs is not known in
 * advance, so the last stretch moves by the share of articles whose pairs are done).
 */
export class BuildProgressReport {
  private shown = 0;
  private last = 0;

  constructor(private readonly progress: vscode.Progress<{ message?: string; increment?: number }>) {}

  /** A step that has no count. */
  step(message: string): void {
    this.report(this.shown, message, true);
  }

  /** `done` of `total` files read. */
  reading(done: number, total: number): void {
    this.report((40 * done) / Math.max(1, total), `reading files: ${n(done)} of ${n(total)}`, done === total);
  }

  /** How far the alignment of `total` articles has got. */
  aligning(p: BuildProgress, total: number): void {
    const message = p.pairs === 0
      ? `reading words: ${n(p.articles)} of ${n(total)} articles`
      : `aligning ${n(total)} articles: ${n(p.pairs)} pairs aligned`;
    this.report(40 + (30 * p.articles) / Math.max(1, total) + (p.pairs > 0 ? 25 * Math.min(1, this.pairShare(p.pairs)) : 0), message, false);
  }

  /** Pairs grow with no known end: each report moves a little less of what is left. */
  private pairShare(pairs: number): number {
    return 1 - 1 / (1 + pairs / 5000);
  }

  private report(percent: number, message: string, force: boolean): void {
    const now = Date.now();
    if (!force && now - this.last < EVERY_MS) return;
    this.last = now;
    const increment = Math.max(0, Math.min(99, percent) - this.shown);
    this.shown += increment;
    this.progress.report({ message, increment });
  }
}
