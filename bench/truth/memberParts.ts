/**
 * A reported span as the real-text scorer sees it: which planted passages and quotes
 * (families) it lies on and where, which bylines and footers, and its verbatim 8-word runs
 * outside a given mask (the planted reuse of a pair, the furniture), for the rule that counts
 * text the base documents already repeated apart.
 */
import type { CorpusTruth } from '../gen/truth';
import { runHashes, wordsOf, type Word } from '../realtext/wordRuns';
import { clip, SpanIndex, type Interval } from './intervals';

/** A shared run of this many words outside planted reuse counts a pair apart. */
export const REPEAT_RUN = 8;

/** A reported span with the planted text it lies on, and (once asked for) its words. */
export interface Member {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  /** Parts of the member on each family's appearances. */
  readonly fams: Map<string, Interval[]>;
  readonly boiler: Interval[];
  words?: Word[];
  hashes?: number[];
}

/** Makes members against one corpus's truth and reads their words when the 8-word rule needs them. */
export class MemberFactory {
  private readonly occurrences: SpanIndex<CorpusTruth['occurrences'][number]>;
  private readonly boilerplate: SpanIndex<CorpusTruth['boilerplate'][number]>;

  constructor(
    truth: CorpusTruth,
    private readonly textOf: (path: string) => string,
  ) {
    this.occurrences = new SpanIndex(truth.occurrences);
    this.boilerplate = new SpanIndex(truth.boilerplate);
  }

  make(path: string, start: number, end: number): Member {
    const fams = new Map<string, Interval[]>();
    for (const o of this.occurrences.overlapping(path, start, end)) {
      const c = clip(start, end, o.start, o.end);
      if (!c) continue;
      const list = fams.get(o.family);
      if (list) list.push(c);
      else fams.set(o.family, [c]);
    }
    const boiler = this.boilerplate.overlapping(path, start, end).map((b) => clip(start, end, b.start, b.end)).filter((c): c is Interval => c !== null);
    return { path, start, end, fams, boiler };
  }

  /** Hashes of the member's 8-word runs whose words all lie outside `mask`. */
  runsOutside(m: Member, mask: readonly Interval[]): number[] {
    if (!m.words) {
      m.words = wordsOf(this.textOf(m.path), m.start, m.end);
      m.hashes = runHashes(m.words.map((w) => w.key), REPEAT_RUN);
    }
    const words = m.words;
    if (words.length < REPEAT_RUN) return [];
    const sorted = [...mask].sort((a, b) => a[0] - b[0]);
    // masked[i]: word i overlaps the mask; a run counts when none of its words is masked.
    const masked = new Uint8Array(words.length);
    let k = 0;
    for (let i = 0; i < words.length; i++) {
      while (k < sorted.length && sorted[k][1] <= words[i].start) k++;
      for (let j = k; j < sorted.length && sorted[j][0] < words[i].end; j++) {
        if (sorted[j][1] > words[i].start) {
          masked[i] = 1;
          break;
        }
      }
    }
    const out: number[] = [];
    let inWindow = 0;
    for (let i = 0; i < words.length; i++) {
      inWindow += masked[i];
      if (i >= REPEAT_RUN) inWindow -= masked[i - REPEAT_RUN];
      if (i >= REPEAT_RUN - 1 && inWindow === 0) out.push(m.hashes![i - REPEAT_RUN + 1]);
    }
    return out;
  }
}

/** The parts of `m` on the families in `families`. */
export function partsOn(m: Member, families: Iterable<string>): Interval[] {
  const out: Interval[] = [];
  for (const f of families) out.push(...(m.fams.get(f) ?? []));
  return out;
}
