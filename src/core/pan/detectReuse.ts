import type { ArticleInput } from '../types';
import { growCase } from './growth';
import { resolveOverlaps } from './overlap';
import { panDocument, type PanDocument } from './panDocument';
import { findSeeds } from './seeding';
import { findSummary } from './summary';
import type { PanDetection, PanOptions } from './types';
import { extendSeeds } from './validation';
import { verbatimPassages } from './verbatim';
import { weighPair } from './weighting';

/** Settings tuned on the PAN 2013 text-alignment training corpus. */
export const PAN_DEFAULTS: PanOptions = {
  seedCosine: 0.33,
  seedDice: 0.33,
  caseCosine: 0.4,
  maxGap: 4,
  minGap: 0,
  growCosine: 0.3,
  growDiagonal: 0.25,
  minSentenceWords: 3,
  minCaseChars: 150,
  verbatimMinChars: 256,
  summary: { enabled: true, minChars: 300, maxChars: 1000, minCosine: 0.32, minLengthRatio: 4, minSpread: 0.75, minSpan: 0.4 },
};

/**
 * Finds the passages of `susp` reused from `src` (PAN's text alignment), as UTF-16 ranges
 * (`a` in `susp`, `b` in `src`). Either document may be given prepared (`panDocument`), which
 * saves reading it again when it takes part in many pairs.
 *
 * 1. A pair sharing a long run of identical words is a verbatim copy: its passages are the
 *    exact common runs (verbatim.ts), which bound a copy to the character.
 * 2. Otherwise sentences are compared as tf-idf bags of stems (weighting.ts); similar
 *    sentence pairs seed cases (seeding.ts), seeds close in both documents are clustered and a
 *    cluster stands only if its two fragments are similar as wholes (clustering.ts,
 *    validation.ts); each case grows over neighbouring sentences that still match
 *    (growth.ts), overlapping cases are resolved (overlap.ts) and short ones dropped.
 * 3. A summary of the whole source shows as a short suspicious passage resembling the whole
 *    source rather than any one part of it (summary.ts); it is then reported alone, against
 *    the entire source.
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

  const verbatim = verbatimPassages(a, b, o.verbatimMinChars, o.minCaseChars);
  if (verbatim.length) return verbatim;

  const { a: va, b: vb } = weighPair(a, b);
  const seeds = findSeeds(va, vb, o.seedCosine, o.seedDice);
  if (o.summary.enabled) {
    const summary = findSummary(a, va, b, vb, seeds, o.summary);
    if (summary) return [{ a: summary, b: { start: 0, end: b.text.length } }];
  }
  let cases = extendSeeds(seeds, va, vb, o.maxGap, o.minGap, o.caseCosine);
  if (o.growCosine > 0) cases = cases.map((c) => growCase(c, va, vb, o.growCosine, o.growDiagonal));
  return resolveOverlaps(cases, va, vb)
    .map((c) => ({
      a: { start: a.sentences[c.a0].start, end: a.sentences[c.a1].end },
      b: { start: b.sentences[c.b0].start, end: b.sentences[c.b1].end },
    }))
    .filter((d) => d.a.end - d.a.start >= o.minCaseChars && d.b.end - d.b.start >= o.minCaseChars);
}

function asDocument(d: ArticleInput | PanDocument, o: PanOptions): PanDocument {
  return 'sentences' in d ? d : panDocument(d.text, o.minSentenceWords);
}
