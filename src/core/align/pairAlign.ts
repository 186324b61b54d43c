import type { TokenStream } from '../normalize/tokenize';
import type { PairSettings } from './pairJobs';
import { lcsInto } from './lcs';
import { extendEdge, REACH, type Side } from './extend';

/** A reused stretch found between two token streams; token indices, ends exclusive. */
export interface TokenRegion {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
  /** Aligned word pairs inside the region. */
  readonly matched: number;
  /** 2·matched / (words in A's part + words in B's part). */
  readonly similarity: number;
  /** The aligned word pairs, flat (i in A, j in B), in reading order: what the chance model weighs. */
  readonly pairs: Int32Array;
}

/** What the pairwise aligner needs to know beyond the two streams. */
export interface PairAlignSettings extends PairSettings {
  /** Word equality on (stream A index, stream B index). */
  readonly same: (i: number, j: number) => boolean;
  readonly isStop: (key: number) => boolean;
}

/**
 * Seed, chain, align. Shared shingles give seed points (i, j), sorted by i then j. Seeds are chained in reading
 * order when each step advances on both sides by at most `maxGap` words, preferring the step
 * that stays closest to the current diagonal; that tolerates swapped, inserted and dropped
 * words but not jumps to another part of the text. Along a chain the seeds are exact matches
 * and the small gaps between them are aligned word by word (LCS with fuzzy word equality),
 * which yields the exact reused span and a similarity. Ends are then extended word by word
 * past the last seed, since a shingle cannot reach the last word or two of a passage.
 */
export function alignPair(a: TokenStream, b: TokenStream, seeds: Int32Array, s: PairAlignSettings): TokenRegion[] {
  const chains = chainSeeds(seeds, s.maxGap);
  const regions: TokenRegion[] = [];
  for (const chain of chains) {
    const r = walkChain(a, b, chain, s);
    if (r) regions.push(r);
  }
  return dropShadowed(regions);
}

interface Chain { is: number[]; js: number[] }

function chainSeeds(seeds: Int32Array, maxGap: number): Chain[] {
  const done: Chain[] = [];
  let open: Chain[] = [];
  for (let n = 0; n < seeds.length; n += 2) {
    const i = seeds[n];
    const j = seeds[n + 1];
    let best: Chain | null = null;
    let bestSkew = Infinity;
    const still: Chain[] = [];
    for (const c of open) {
      const li = c.is[c.is.length - 1];
      if (i - li > maxGap) { done.push(c); continue; }
      still.push(c);
      const lj = c.js[c.js.length - 1];
      const di = i - li;
      const dj = j - lj;
      if (di >= 1 && dj >= 1 && dj <= maxGap) {
        const skew = Math.abs(di - dj);
        if (skew < bestSkew) { best = c; bestSkew = skew; }
      }
    }
    open = still;
    if (best) { best.is.push(i); best.js.push(j); }
    else open.push({ is: [i], js: [j] });
  }
  return done.concat(open);
}

function walkChain(a: TokenStream, b: TokenStream, chain: Chain, s: PairAlignSettings): TokenRegion | null {
  // One seed alone is too little evidence: a shared three-word phrase plus lucky neighbours.
  if (chain.is.length < 2) return null;
  const k = s.shingleSize;
  // Matched word pairs as two parallel lists (pi[n] in A with pj[n] in B), in reading order.
  const pi: number[] = [];
  const pj: number[] = [];
  let ci = chain.is[0];
  let cj = chain.js[0];
  for (let n = 0; n < chain.is.length; n++) {
    const i = chain.is[n];
    const j = chain.js[n];
    if (i >= ci && j >= cj) {
      lcsInto(ci, i, cj, j, s.same, pi, pj);
      for (let t = 0; t < k; t++) { pi.push(i + t); pj.push(j + t); }
      ci = i + k;
      cj = j + k;
    } else if (i - j === ci - cj && i + k > ci) {
      // Overlaps the previous seed on the same diagonal: extend it.
      for (let t = ci; t < i + k; t++) { pi.push(t); pj.push(t - i + j); }
      ci = i + k;
      cj = j + k;
    }
  }
  const beyond = extendEnds(a, b, pi, pj, s);
  const matched = pi.length + beyond;
  if (matched < s.minMatchedWords) return null;
  let content = 0;
  for (const i of pi) if (!s.isStop(a.keys[i])) content++;
  if (content < s.minContentWords) return null;
  const aStart = pi[0];
  const bStart = pj[0];
  const aEnd = pi[pi.length - 1] + 1;
  const bEnd = pj[pj.length - 1] + 1;
  const similarity = Math.min(1, (2 * matched) / (aEnd - aStart + bEnd - bStart));
  if (similarity < s.minSimilarity) return null;
  const pairs = new Int32Array(2 * pi.length);
  for (let n = 0; n < pi.length; n++) { pairs[2 * n] = pi[n]; pairs[2 * n + 1] = pj[n]; }
  return { aStart, aEnd, bStart, bEnd, matched, similarity, pairs };
}

/**
 * Grows the matched pairs (pi, pj) past both ends (see extendEdge); returns how many words the
 * extensions matched beyond the pairs they add (a swapped phrase adds only its outer pair).
 */
function extendEnds(a: TokenStream, b: TokenStream, pi: number[], pj: number[], s: PairAlignSettings): number {
  // Extensions never cross a line break: beyond the seeds the evidence is too thin for that.
  // The words next to an edge, going `step` (1 forward, -1 backward) from token `from`.
  const side = (st: TokenStream, from: number, step: 1 | -1): Side => {
    const keys = new Int32Array(REACH + 1);
    let t = 0;
    for (let k = from + step; t < REACH && k >= 0 && k < st.count; k += step) {
      // The break flag sits on the later of two tokens.
      if (st.breaks[step > 0 ? k : k + 1]) break;
      keys[++t] = st.keys[k];
    }
    return { keys, length: t };
  };
  const li = pi[pi.length - 1];
  const lj = pj[pj.length - 1];
  const tail = extendEdge(side(a, li, 1), side(b, lj, 1), (ta, tb) => s.same(li + ta, lj + tb), s.isStop);
  for (const [ta, tb] of tail.pairs) { pi.push(li + ta); pj.push(lj + tb); }
  const fi = pi[0];
  const fj = pj[0];
  const head = extendEdge(side(a, fi, -1), side(b, fj, -1), (ta, tb) => s.same(fi - ta, fj - tb), s.isStop);
  if (head.pairs.length) {
    const steps = [...head.pairs].reverse();
    pi.unshift(...steps.map(([ta]) => fi - ta));
    pj.unshift(...steps.map(([, tb]) => fj - tb));
  }
  return tail.matched - tail.pairs.length + head.matched - head.pairs.length;
}

/** Of two regions covering mostly the same words on both sides, keeps the better one. */
function dropShadowed(regions: TokenRegion[]): TokenRegion[] {
  regions.sort((x, y) => y.matched - x.matched || x.aStart - y.aStart || x.bStart - y.bStart);
  const kept: TokenRegion[] = [];
  for (const r of regions) {
    const shadowed = kept.some((q) => overlap(r.aStart, r.aEnd, q.aStart, q.aEnd) > 0.5 * (r.aEnd - r.aStart) &&
      overlap(r.bStart, r.bEnd, q.bStart, q.bEnd) > 0.5 * (r.bEnd - r.bStart));
    if (!shadowed) kept.push(r);
  }
  return kept.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
}

function overlap(s1: number, e1: number, s2: number, e2: number): number {
  return Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
}
