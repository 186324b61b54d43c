import type { TokenStream } from '../normalize/tokenize';
import { alignPair, TokenRegion } from './pairAlign';
import { TokenMatcher } from './tokenMatch';

/** Two articles to align (indices in "first appeared" order) and the seeds they share. */
export interface PairJob {
  readonly a: number;
  readonly b: number;
  readonly seeds: Int32Array;
}

/** What aligning one job found. */
export interface PairResult {
  readonly a: number;
  readonly b: number;
  readonly regions: readonly TokenRegion[];
}

/** The alignment thresholds, as plain data that can be sent to a worker. */
export interface PairSettings {
  readonly shingleSize: number;
  /** Largest run of unmatched words (on either side) a passage may bridge. */
  readonly maxGap: number;
  readonly minMatchedWords: number;
  readonly minContentWords: number;
  readonly minSimilarity: number;
}

/**
 * The word columns of all articles packed end to end (article d owns positions
 * offsets[d] to offsets[d + 1]), in buffers the caller allocates: shared memory lets worker
 * threads read every article without a copy.
 */
export interface TokenTable {
  readonly offsets: Int32Array;
  readonly norms: Int32Array;
  readonly keys: Int32Array;
  readonly breaks: Uint8Array;
}

/** Everything a worker needs to align any pair: plain data and typed arrays only. */
export interface SharedTokens {
  readonly table: TokenTable;
  /** Spelling of each norm id. */
  readonly norms: readonly string[];
  /** Key ids of function words. */
  readonly stopKeys: readonly number[];
  readonly settings: PairSettings;
}

/** Packs token streams into a table whose buffers come from `allocate`. */
export function packTokens(streams: readonly TokenStream[], allocate: (bytes: number) => ArrayBufferLike): TokenTable {
  const offsets = new Int32Array(allocate(4 * (streams.length + 1)));
  streams.forEach((t, d) => { offsets[d + 1] = offsets[d] + t.count; });
  const total = offsets[streams.length];
  const table = {
    offsets,
    norms: new Int32Array(allocate(4 * total)),
    keys: new Int32Array(allocate(4 * total)),
    breaks: new Uint8Array(allocate(total)),
  };
  streams.forEach((t, d) => {
    table.norms.set(t.norms, offsets[d]);
    table.keys.set(t.keys, offsets[d]);
    table.breaks.set(t.breaks, offsets[d]);
  });
  return table;
}

/** Article d of a table as a token stream (views, no copy); offsets are not in the table. */
export function streamFromTable(table: TokenTable, d: number, starts: Int32Array = EMPTY, ends: Int32Array = EMPTY): TokenStream {
  const from = table.offsets[d];
  const to = table.offsets[d + 1];
  return {
    count: to - from,
    starts,
    ends,
    norms: table.norms.subarray(from, to),
    keys: table.keys.subarray(from, to),
    breaks: table.breaks.subarray(from, to),
  };
}
const EMPTY = new Int32Array(0);

/** Aligns jobs; pure, so it runs alike in the main thread and in a worker. */
export class PairAligner {
  private readonly matcher: TokenMatcher;

  constructor(
    private readonly stream: (doc: number) => TokenStream,
    norms: readonly string[],
    private readonly isStop: (key: number) => boolean,
    private readonly settings: PairSettings,
  ) {
    this.matcher = new TokenMatcher(norms);
  }

  /** An aligner over shared tokens (in a worker). */
  static fromShared(shared: SharedTokens): PairAligner {
    const stop = new Set(shared.stopKeys);
    return new PairAligner((d) => streamFromTable(shared.table, d), shared.norms, (k) => stop.has(k), shared.settings);
  }

  align(job: PairJob): PairResult {
    const a = this.stream(job.a);
    const b = this.stream(job.b);
    const m = this.matcher;
    const regions = alignPair(a, b, job.seeds, {
      ...this.settings,
      isStop: this.isStop,
      same: (i, j) => m.same(a.norms[i], a.keys[i], b.norms[j], b.keys[j]),
    });
    return { a: job.a, b: job.b, regions };
  }
}
