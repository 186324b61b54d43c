/** One detector's outcome on one generated corpus, as the benchmark records and prints it. */
import type { TruthScore } from '../truth/score';

export interface ToolResult {
  readonly tool: string;
  readonly ran: boolean;
  /** Why it did not run, or what to know about how it ran (capped, chained, …). */
  readonly note?: string;
  readonly seconds?: number;
  readonly peakRssMiB?: number | null;
  readonly capped?: boolean;
  readonly score?: TruthScore;
  readonly extra?: Record<string, unknown>;
}

export interface Ratios {
  readonly peer: string;
  /** ours / peer; below 1 means ours is faster or smaller, above 1 means ours finds more. */
  readonly time: number | null;
  readonly memory: number | null;
  readonly recall: number | null;
  readonly precision: number | null;
  readonly f1: number | null;
}

function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  return a / b;
}

export function ratiosOf(ours: ToolResult, peer: ToolResult): Ratios {
  return {
    peer: peer.tool,
    time: ratio(ours.seconds, peer.seconds),
    memory: ratio(ours.peakRssMiB, peer.peakRssMiB),
    recall: ratio(ours.score?.recall, peer.score?.recall),
    precision: ratio(ours.score?.precision, peer.score?.precision),
    f1: ratio(ours.score?.f1, peer.score?.f1),
  };
}
