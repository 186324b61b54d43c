import type { Article } from '../input/article';
import type { TokenSpan } from '../match/quotePhrases';
import type { Cluster, ClusterMember, MatchKind } from '../types';
import type { Draft } from '../cluster/buildClusters';
import type { Judgement } from './judge';
import type { MatchedWords, Wording } from './wording';
import { compareWithOrigin, memberEvidence, OriginComparison } from './memberEvidence';

/** A quote of at most this many words, on either side, is a quoted phrase rather than a passage. */
const PHRASE_WORDS = 12;

/** What explainClusters needs besides the clusters. */
export interface ExplainContext {
  readonly articles: readonly Article[];
  readonly draftOf: (cluster: Cluster) => Draft;
  readonly judgement: Judgement;
  /** A number given to one text of an article and never to another (see ClusterCache). */
  readonly version: (doc: number) => number;
  readonly useDates: boolean;
  /**
   * What the last call made of each cluster, by its signature (members and their articles'
   * versions, see ClusterCache) and kinds of link; refilled with those used now. A cluster found
   * again is not lined up with its origin again, and keeps its finished form while its wordings
   * and relatedness stay the same.
   */
  readonly explained: Map<string, Explained>;
}

/**
 * Finishes clusters for readers: a cluster whose appearances all lie in one article is a
 * repeat, not reuse between sources, and is left out; a further appearance in an article that
 * already has one is marked `repeat`; every member is lined up with the first appearance and
 * gets its similarity (`score`) and the evidence of its link (see LinkEvidence); the cluster
 * says what decided its first appearance. Ids are given anew in order.
 */
export function explainClusters(clusters: readonly Cluster[], c: ExplainContext): Cluster[] {
  const out: Cluster[] = [];
  const used = new Map<string, Explained>();
  for (const cluster of clusters) {
    const draft = c.draftOf(cluster);
    const key = `${anyOrder(draft) ? 'r' : draft.paraphrase ? 'p' : 'a'}${draft.signature}`;
    const known = c.explained.get(key) ?? explain(draft, c);
    used.set(key, known);
    if (!known.plans) continue; // a repeat inside one article
    const id = `c${out.length}`;
    const spans = draft.members;
    const wordings = known.plans.map((p) => (p ? c.judgement.wording(p.cmp, p.match) : null));
    const related = spans.map((m) => c.judgement.related(spans[0].doc, m.doc));
    const same = known.finished !== null && known.raw === cluster
      && wordings.every((w, k) => w === known.wordings[k]) && related.every((r, k) => r === known.related[k]);
    if (!same) {
      known.raw = cluster;
      known.wordings = wordings;
      known.related = related;
      known.finished = finish(cluster, draft, id, known.plans, wordings, related, c);
    } else if (known.finished!.id !== id) {
      known.finished = { ...known.finished!, id };
    }
    out.push(known.finished!);
  }
  c.explained.clear();
  for (const [k, v] of used) c.explained.set(k, v);
  return out;
}

/** One member's comparison with its origin, and the match the chance model weighs. */
interface Plan {
  readonly cmp: OriginComparison;
  readonly match: MatchedWords;
}

/** What explainClusters keeps of a cluster between results (see ExplainContext.explained). */
export interface Explained {
  /** Per member (null for the origin); null for a cluster inside one article. */
  readonly plans: ReadonlyArray<Plan | null> | null;
  raw: Cluster | null;
  wordings: ReadonlyArray<Wording | null>;
  related: readonly number[];
  finished: Cluster | null;
}

/** Lines a cluster's members up with its origin (the costly part, done once per set of members). */
function explain(draft: Draft, c: ExplainContext): Explained {
  const spans = draft.members;
  if (new Set(spans.map((m) => m.doc)).size < 2) return { plans: null, raw: null, wordings: [], related: [], finished: null };
  const o = spans[0];
  const origin = c.articles[o.doc];
  const plans = spans.map((m, n): Plan | null => {
    if (n === 0) return null;
    // Words are the same when their stems are: a spelling variant ("Jomart" / "Zhomart") is
    // shown as a change.
    const ko = origin.tokens.keys;
    const km = c.articles[m.doc].tokens.keys;
    const copy = c.articles[m.doc];
    const cmp = compareWithOrigin(origin, o.start, o.end, copy, m.start, m.end, (i, j) => ko[i] === km[j], anyOrder(draft));
    return { cmp, match: { a: origin, b: copy, pairs: cmp.pairs } };
  });
  return { plans, raw: null, wordings: [], related: [], finished: null };
}

/** The cluster as readers get it (see explainClusters). */
function finish(
  cluster: Cluster, draft: Draft, id: string, plans: ReadonlyArray<Plan | null>, wordings: ReadonlyArray<Wording | null>, related: readonly number[], c: ExplainContext,
): Cluster {
  const spans = draft.members;
  const seen = new Set<number>();
  const members: ClusterMember[] = cluster.members.map((member, k) => {
    const span = spans[k];
    const repeat = seen.has(span.doc);
    seen.add(span.doc);
    const plan = plans[k];
    if (!plan) return { ...member, score: 1 };
    const match = matchKind(plan.cmp, draft, spans[0], span);
    const evidence = memberEvidence(plan.cmp, wordings[k]!, related[k], match, plan.match.b);
    return { ...member, score: plan.cmp.similarity, evidence, ...(repeat ? { repeat: true } : {}) };
  });
  const origin = c.articles[spans[0].doc];
  return { id, kind: cluster.kind, origin: cluster.origin, members, firstBy: c.useDates && origin.info.date !== null ? 'date' : 'path' };
}

/** A cluster of restated sentences only: its members are compared with the origin in any word order. */
function anyOrder(draft: Draft): boolean {
  return draft.paraphrase && !draft.passage && !draft.quote;
}

function matchKind(cmp: OriginComparison, draft: Draft, origin: TokenSpan, member: TokenSpan): MatchKind {
  const words = Math.max(origin.end - origin.start, member.end - member.start);
  if (cmp.changed === 0 && origin.end - origin.start === member.end - member.start) return 'verbatim';
  if (draft.quote && words <= PHRASE_WORDS) return 'quote-phrase';
  if (draft.paraphrase && !draft.passage) return 'paraphrase';
  return 'reworded';
}
