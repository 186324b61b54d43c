import type { ArticleInput } from '../types';
import { refineBoundaries } from './boundaries';
import { growCase } from './growth';
import { resolveOverlaps } from './overlap';
import { panDocument, type PanDocument } from './panDocument';
import { findSeeds } from './seeding';
import { findSummary } from './summary';
import type { PanDetection, PanOptions } from './types';
import { extendSeeds, type ScoredCase } from './validation';
import { commonRuns, type WordRun } from './verbatim';
import { weighPair } from './weighting';

/** Settings tuned on the PAN 2013 training corpus. */
export const PAN_DEFAULTS: PanOptions = {
  seedCosine: 0.33,
  seedDice: 0.33,
  caseCosine: 0.34,
  maxGap: 4,
  minGap: 0,
  minSentenceWords: 3,
  minCaseChars: 150,
  verbatimMinChars: 256,
  summaryGap: 24,
  summaryRatio: 3,
  refine: true,
  grow: 0,
  growDiagonal: 0.3,
  chain: 'off',
  wholeSource: true,
  summaryWindow: true,
  summary: { minChars: 300, maxChars: 1000, minCosine: 0.32, minLengthRatio: 3.5, maxLocal: 0.52, minSpan: 0.37 },
};

/** Words two runs of a verbatim copy may be apart and still be reported as one passage. */
const VERBATIM_JOIN_WORDS = 5;
/** Runs shorter than this are chance phrases, not pieces of a copy. */
const VERBATIM_PIECE_WORDS = 6;

/**
 * Finds the passages of `susp` reused from `src` (PAN's text alignment), as UTF-16 ranges.
 *
 * 1. A pair sharing a long run of identical words is a verbatim copy: its passages are the
 *    exact common runs, which bound a copy to the character.
 * 2. Otherwise sentences are compared as tf-idf bags of stems; similar sentence pairs seed
 *    cases, seeds close in both documents are clustered into cases, and a case stands only
 *    if its two fragments are similar as wholes (validation.ts). Overlapping cases are
 *    resolved and short ones dropped.
 * 3. A summary condenses a long source into a short passage, so its seeds lie far apart in
 *    the source. Cases are also built with a much wider gap; when these take at least
 *    `summaryRatio` times more source text than suspicious text, the pair is read as a
 *    summary and those cases are reported instead.
 */
export function detectReuse(
  susp: ArticleInput | PanDocument,
  src: ArticleInput | PanDocument,
  options: Partial<PanOptions> = {},
): PanDetection[] {
  const o = { ...PAN_DEFAULTS, ...options };
  const a = asDocument(susp, o);
  const b = asDocument(src, o);
  if (!a.sentences.length || !b.sentences.length) return [];

  const verbatim = verbatimPassages(a, b, o);
  if (verbatim.length) return verbatim;

  const { a: va, b: vb } = weighPair(a, b);
  const seeds = findSeeds(va, vb, o.seedCosine, o.seedDice);
  const build = (gap: number): PanDetection[] =>
    toDetections(resolveOverlaps(extendSeeds(seeds, va, vb, gap, o.minGap, o.caseCosine, o.chain).map((c) => o.grow > 0 ? growCase(c, va, vb, o.grow, o.growDiagonal) : c).map((c) => o.refine ? refineBoundaries(c, va, vb) : c), va, vb), a, b)
      .filter((d) => d.a.end - d.a.start >= o.minCaseChars && d.b.end - d.b.start >= o.minCaseChars);
  const cases = build(o.maxGap);
  const wholeSrc = { start: 0, end: b.text.length };

  const candidate = o.summaryWindow ? findSummary(a, va, b, vb, o.summary) : null;
  if (candidate) {
    const w = candidate.range;
    const competing = cases.some((c) => c.a.start < w.end && w.start < c.a.end);
    let lo = Infinity, hi = -1;
    for (const s of seeds) {
      if (a.sentences[s.a].start < w.end && w.start < a.sentences[s.a].end) {
        lo = Math.min(lo, b.sentences[s.b].start);
        hi = Math.max(hi, b.sentences[s.b].end);
      }
    }
    const span = hi > lo ? (hi - lo) / b.text.length : 0;
    if (competing && candidate.local <= o.summary.maxLocal && span >= o.summary.minSpan) return [{ a: w, b: wholeSrc }];
  }

  if (o.summaryGap > 0 && seeds.length) {
    const summary = build(o.summaryGap);
    let srcChars = 0, suspChars = 0;
    for (const d of summary) {
      srcChars += d.b.end - d.b.start;
      suspChars += d.a.end - d.a.start;
    }
    if (srcChars > 0 && srcChars >= o.summaryRatio * suspChars) return o.wholeSource ? [summaryOf(summary, b)] : summary;
  }
  return cases;
}

function asDocument(d: ArticleInput | PanDocument, o: PanOptions): PanDocument {
  return 'sentences' in d ? d : panDocument(d.text, o.minSentenceWords);
}

function toDetections(cases: readonly ScoredCase[], a: PanDocument, b: PanDocument): PanDetection[] {
  return cases.map((c) => ({
    a: { start: a.sentences[c.a0].start, end: a.sentences[c.a1].end },
    b: { start: b.sentences[c.b0].start, end: b.sentences[c.b1].end },
  }));
}

/** The common runs of a verbatim pair, neighbouring pieces joined; empty if not verbatim. */
function verbatimPassages(a: PanDocument, b: PanDocument, o: PanOptions): PanDetection[] {
  const x = a.tokens;
  const y = b.tokens;
  const chars = (r: WordRun) => x.ends[r.a + r.length - 1] - x.starts[r.a];
  const runs = commonRuns(x, y);
  if (!runs.some((r) => chars(r) >= o.verbatimMinChars)) return [];
  const pieces = runs.filter((r) => r.length >= VERBATIM_PIECE_WORDS).sort((p, q) => p.a - q.a || p.b - q.b);
  const joined: Array<{ a0: number; a1: number; b0: number; b1: number }> = [];
  for (const r of pieces) {
    const last = joined[joined.length - 1];
    const ga = r.a - last?.a1;
    const gb = r.b - last?.b1;
    if (last && ga >= 0 && ga <= VERBATIM_JOIN_WORDS && gb >= 0 && gb <= VERBATIM_JOIN_WORDS) {
      last.a1 = r.a + r.length;
      last.b1 = r.b + r.length;
    } else joined.push({ a0: r.a, a1: r.a + r.length, b0: r.b, b1: r.b + r.length });
  }
  // Longest first; a passage overlapping one already kept on either side is a repeat (the
  // same sentence twice in a document) and would only fragment the copy.
  const candidates = joined
    .map((j) => extendPunctuation(a.text, b.text, {
      a: { start: x.starts[j.a0], end: x.ends[j.a1 - 1] },
      b: { start: y.starts[j.b0], end: y.ends[j.b1 - 1] },
    }))
    .filter((d) => d.a.end - d.a.start >= o.minCaseChars && d.b.end - d.b.start >= o.minCaseChars)
    .sort((p, q) => q.a.end - q.a.start - (p.a.end - p.a.start));
  const out: PanDetection[] = [];
  for (const d of candidates) {
    if (!out.some((k) => k.a.start < d.a.end && d.a.start < k.a.end || k.b.start < d.b.end && d.b.start < k.b.end)) out.push(d);
  }
  return out.sort((p, q) => p.a.start - q.a.start);
}

/** Widens a verbatim match over punctuation both texts share right after its last word. */
function extendPunctuation(ta: string, tb: string, d: PanDetection): PanDetection {
  let ea = d.a.end;
  let eb = d.b.end;
  while (ea < ta.length && eb < tb.length && ta[ea] === tb[eb] && /[^\s\p{L}\p{N}]/u.test(ta[ea])) { ea++; eb++; }
  return { a: { start: d.a.start, end: ea }, b: { start: d.b.start, end: eb } };
}


/**
 * A summary condenses its whole source, so it is reported as one passage: the suspicious
 * span its cases cover, against the entire source text.
 */
function summaryOf(cases: readonly PanDetection[], src: PanDocument): PanDetection {
  let start = Infinity, end = -1;
  for (const c of cases) {
    start = Math.min(start, c.a.start);
    end = Math.max(end, c.a.end);
  }
  return { a: { start, end }, b: { start: 0, end: src.text.length } };
}
