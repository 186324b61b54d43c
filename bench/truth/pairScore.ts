/**
 * Scoring for the real-text reprint corpus: recall as scoreAgainstTruth computes it, and
 * precision per member and per member pair, with two kinds of reported text counted apart
 * rather than as right or wrong.
 *
 * Pairs. Every two members of one group that lie in different articles form a pair (a
 * pairwise tool's groups are its own pairs). A pair is right when each member lies at least
 * half on appearances of passages or quotes (families) that the other member also touches:
 * the two are copies of one planted text, directly or through copies of copies. A wrong pair
 * is then sorted:
 *   - furniture: a member lies mostly on a planted byline or footer (wrong);
 *   - repetition: outside their planted reuse and the furniture, the two members still share
 *     a verbatim run of REPEAT_RUN (8) words: text the base documents or the titles already
 *     repeated, not planted and not the tool's fault (counted apart);
 *   - otherwise wrong, in the group's kind: a short quote (kind `quote`, longest member under
 *     SHORT_QUOTE_WORDS words), a longer quote, or a passage.
 * Groups labelled `boilerplate` are the tool's own verdict "page furniture, not reuse": their
 * members and pairs are counted apart. Pair precision = right / (right + wrong).
 *
 * Members. As scoreAgainstTruth: a member is right when at least half of it lies on families
 * that another member of its group, in another article, also touches; otherwise furniture,
 * repetition (shares an 8-word run, outside those parts, with a member of its group in another
 * article) or wrong.
 */
import type { CorpusTruth } from '../gen/truth';
import { wordsOf } from '../realtext/wordRuns';
import type { DetectedGroup, DetectedSpan } from './detections';
import { groupByDocumentPair } from './groupByPair';
import { unionLength } from './intervals';
import { MemberFactory, partsOn, type Member } from './memberParts';
import { scoreAgainstTruth, type TruthScore } from './score';

export { REPEAT_RUN } from './memberParts';
export const SHORT_QUOTE_WORDS = 12;

export interface MemberPrecision {
  readonly total: number;
  readonly right: number;
  readonly wrong: number;
  /** Of the wrong: members lying mostly on bylines and footers. */
  readonly furniture: number;
  /** Counted apart: repetition already in the base texts. */
  readonly repetition: number;
  /** Counted apart: members of groups the tool labelled `boilerplate`. */
  readonly boilerplateLabelled: number;
  /** right / (right + wrong). */
  readonly precision: number;
}

export interface WrongGroup {
  /** The two members of the group's first wrong pair (whitespace collapsed, 100 characters at most). */
  readonly text: string;
  readonly other: string;
  readonly kind: string;
  readonly words: number;
  readonly articles: number;
  readonly members: number;
  readonly wrongPairs: number;
}

export interface PairPrecision {
  readonly total: number;
  readonly right: number;
  readonly wrong: number;
  readonly repetition: number;
  readonly boilerplateLabelled: number;
  /** right / (right + wrong). */
  readonly precision: number;
  /** right / (right + wrong − furniture): what precision would be if furniture were not reported. */
  readonly precisionWithoutFurniture: number;
  readonly wrongBy: { readonly shortQuote: number; readonly quote: number; readonly passage: number; readonly furniture: number };
  /** The groups with the most wrong pairs, most first (20). */
  readonly topWrong: readonly WrongGroup[];
}

export interface RealTextScore {
  readonly recall: number;
  readonly recallBy: TruthScore['recallBy'];
  readonly groups: number;
  readonly members: MemberPrecision;
  readonly pairs: PairPrecision;
  /** F1 of recall and pair precision. */
  readonly pairF1: number;
}

export interface ScoreInput {
  /** What the tool reported. */
  readonly groups: readonly DetectedGroup[];
  /**
   * A pairwise tool (sim_text, naive): each group is one reported pair; for recall and member
   * precision its pairs are gathered per article pair, as the synthetic benchmark does.
   */
  readonly pairwise?: boolean;
  /** An article's text by its path in the truth. */
  readonly textOf: (path: string) => string;
}

type PairVerdict = 'right' | 'furniture' | 'repetition' | 'wrong';

function judgePair(a: Member, b: Member, factory: MemberFactory): PairVerdict {
  const shared = [...a.fams.keys()].filter((f) => b.fams.has(f));
  const partsA = partsOn(a, shared);
  const partsB = partsOn(b, shared);
  if (unionLength(partsA) * 2 >= a.end - a.start && unionLength(partsB) * 2 >= b.end - b.start) return 'right';
  if (unionLength(a.boiler) * 2 >= a.end - a.start || unionLength(b.boiler) * 2 >= b.end - b.start) return 'furniture';
  const runsA = new Set(factory.runsOutside(a, [...partsA, ...a.boiler]));
  if (runsA.size > 0 && factory.runsOutside(b, [...partsB, ...b.boiler]).some((h) => runsA.has(h))) return 'repetition';
  return 'wrong';
}

function pairsAcross(members: readonly { path: string }[]): number {
  const perDoc = new Map<string, number>();
  for (const m of members) perDoc.set(m.path, (perDoc.get(m.path) ?? 0) + 1);
  let same = 0;
  for (const c of perDoc.values()) same += (c * (c - 1)) / 2;
  return (members.length * (members.length - 1)) / 2 - same;
}

function scoreMembers(groups: readonly DetectedGroup[], factory: MemberFactory): MemberPrecision {
  let total = 0, right = 0, furniture = 0, repetition = 0, boilerplateLabelled = 0;
  for (const g of groups) {
    const spans = g.members.filter((m) => m.end > m.start);
    if (g.kind === 'boilerplate') {
      boilerplateLabelled += spans.length;
      continue;
    }
    total += spans.length;
    const members = spans.map((s) => factory.make(s.path, s.start, s.end));
    const famDocs = new Map<string, Set<string>>();
    for (const m of members) for (const f of m.fams.keys()) (famDocs.get(f) ?? famDocs.set(f, new Set()).get(f)!).add(m.path);
    const goodParts = members.map((m) => partsOn(m, [...m.fams.keys()].filter((f) => [...famDocs.get(f)!].some((d) => d !== m.path))));
    const pending: number[] = [];
    members.forEach((m, i) => {
      if (unionLength(goodParts[i]) * 2 >= m.end - m.start) right++;
      else if (unionLength(m.boiler) * 2 >= m.end - m.start) furniture++;
      else pending.push(i);
    });
    if (pending.length === 0) continue;
    // Which articles each unmasked 8-word run of the group appears in.
    const runDocs = new Map<number, Set<string>>();
    const runsOf = members.map((m, i) => factory.runsOutside(m, [...goodParts[i], ...m.boiler]));
    members.forEach((m, i) => {
      for (const h of runsOf[i]) (runDocs.get(h) ?? runDocs.set(h, new Set()).get(h)!).add(m.path);
    });
    for (const i of pending) {
      if (runsOf[i].some((h) => [...runDocs.get(h)!].some((d) => d !== members[i].path))) repetition++;
    }
  }
  const wrong = total - right - repetition;
  return { total: total + boilerplateLabelled, right, wrong, furniture, repetition, boilerplateLabelled, precision: right + wrong ? right / (right + wrong) : 0 };
}

function scorePairs(groups: readonly DetectedGroup[], factory: MemberFactory, textOf: (path: string) => string): PairPrecision {
  let right = 0, repetition = 0, boilerplateLabelled = 0;
  const wrongBy = { shortQuote: 0, quote: 0, passage: 0, furniture: 0 };
  const wrongGroups: WrongGroup[] = [];
  for (const g of groups) {
    const spans = g.members.filter((m) => m.end > m.start);
    if (g.kind === 'boilerplate') {
      boilerplateLabelled += pairsAcross(spans);
      continue;
    }
    const members = spans.map((s) => factory.make(s.path, s.start, s.end));
    const words = Math.max(0, ...spans.map((s) => wordsOf(textOf(s.path), s.start, s.end).length));
    const kind = g.kind === 'quote' ? (words < SHORT_QUOTE_WORDS ? 'shortQuote' : 'quote') : 'passage';
    let wrongHere = 0;
    let firstWrong: [number, number] | null = null;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (members[i].path === members[j].path) continue;
        const v = judgePair(members[i], members[j], factory);
        if (v === 'right') right++;
        else if (v === 'repetition') repetition++;
        else {
          wrongHere++;
          firstWrong ??= [i, j];
          if (v === 'furniture') wrongBy.furniture++;
          else wrongBy[kind as 'shortQuote' | 'quote' | 'passage']++;
        }
      }
    }
    if (firstWrong) {
      const say = (m: DetectedSpan) => textOf(m.path).slice(m.start, m.end).replace(/\s+/g, ' ').slice(0, 100);
      wrongGroups.push({
        text: say(spans[firstWrong[0]]),
        other: say(spans[firstWrong[1]]),
        kind: g.kind ?? 'pair',
        words,
        articles: new Set(spans.map((s) => s.path)).size,
        members: spans.length,
        wrongPairs: wrongHere,
      });
    }
  }
  const wrong = wrongBy.shortQuote + wrongBy.quote + wrongBy.passage + wrongBy.furniture;
  wrongGroups.sort((a, b) => b.wrongPairs - a.wrongPairs || b.articles - a.articles || (a.text < b.text ? -1 : 1));
  return {
    total: right + wrong + repetition + boilerplateLabelled,
    right,
    wrong,
    repetition,
    boilerplateLabelled,
    precision: right + wrong ? right / (right + wrong) : 0,
    precisionWithoutFurniture: right + wrong - wrongBy.furniture ? right / (right + wrong - wrongBy.furniture) : 0,
    wrongBy,
    topWrong: wrongGroups.slice(0, 20),
  };
}

/** Scores a tool's groups on a generated corpus (real or synthetic text). */
export function scoreRealText(truth: CorpusTruth, input: ScoreInput): RealTextScore {
  const reuseGroups = input.groups.filter((g) => g.kind !== 'boilerplate');
  const byArticlePair = input.pairwise ? groupByDocumentPair(input.groups) : input.groups;
  const recallScore = scoreAgainstTruth(truth, input.pairwise ? byArticlePair : reuseGroups);
  const factory = new MemberFactory(truth, input.textOf);
  const members = scoreMembers(byArticlePair, factory);
  const pairs = scorePairs(input.groups, factory, input.textOf);
  const r = recallScore.recall;
  return {
    recall: r,
    recallBy: recallScore.recallBy,
    groups: input.groups.length,
    members,
    pairs,
    pairF1: r + pairs.precision > 0 ? (2 * r * pairs.precision) / (r + pairs.precision) : 0,
  };
}
