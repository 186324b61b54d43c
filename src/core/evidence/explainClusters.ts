import type { Article } from '../input/article';
import type { TokenSpan } from '../match/quotePhrases';
import type { Cluster, ClusterMember, MatchKind } from '../types';
import type { Draft } from '../cluster/buildClusters';
import type { Judgement } from './judge';
import type { MatchedWords } from './wording';
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
  /** Comparisons with the origin from the last call, by members and versions; refilled with those used now. */
  readonly comparisons: Map<string, OriginComparison>;
}

/**
 * Finishes clusters for readers: a cluster whose appearances all lie in one article is a
 * repeat, not reuse between sources, and is left out; a further appearance in an article that
 * already has one is marked `repeat`; every member is lined up with the first appearance and
 * gets its similarity (`score`) and the evidence of its link (see LinkEvidence); the cluster
 * says what decided its first appearance. Ids are given anew in order.
 */
export function explainClusters(clusters: readonly Cluster[], c: ExplainContext): Cluster[] {
  const kept = clusters.filter((cl) => new Set(cl.members.map((m) => m.doc)).size >= 2);
  const used = new Map<string, OriginComparison>();
  const plans = kept.map((cluster) => {
    const draft = c.draftOf(cluster);
    const spans = draft.members;
    const o = spans[0];
    return spans.map((m, n) => {
      if (n === 0) return null;
      const key = `${anyOrder(draft) ? 'r' : 'a'}${c.version(o.doc)}.${o.start}.${o.end}|${c.version(m.doc)}.${m.start}.${m.end}`;
      let cmp = used.get(key) ?? c.comparisons.get(key);
      if (!cmp) {
        // Words are the same when their stems are: a spelling variant ("Jomart" / "Zhomart")
        // is shown as a change.
        const ko = c.articles[o.doc].tokens.keys;
        const km = c.articles[m.doc].tokens.keys;
        const sameWord = (i: number, j: number) => ko[i] === km[j];
        cmp = compareWithOrigin(sideOf(c.articles[o.doc]), o.start, o.end, sideOf(c.articles[m.doc]), m.start, m.end, sameWord, anyOrder(draft));
      }
      used.set(key, cmp);
      const match: MatchedWords = { a: sideOf(c.articles[o.doc]), b: sideOf(c.articles[m.doc]), pairs: cmp.pairs };
      return { cmp, match };
    });
  });
  c.comparisons.clear();
  for (const [k, v] of used) c.comparisons.set(k, v);
  c.judgement.want(plans.flatMap((p) => p.filter((x) => x !== null).map((x) => x!.match)));
  return kept.map((cluster, n) => {
    const draft = c.draftOf(cluster);
    const spans = draft.members;
    const seen = new Set<number>();
    const members: ClusterMember[] = cluster.members.map((member, k) => {
      const span = spans[k];
      const repeat = seen.has(span.doc);
      seen.add(span.doc);
      const plan = plans[n][k];
      if (!plan) return { ...member, score: 1 };
      const wording = c.judgement.wording(plan.match);
      const related = c.judgement.related(spans[0].doc, span.doc);
      const match = matchKind(plan.cmp, draft, spans[0], span);
      const evidence = memberEvidence(plan.cmp, wording, related, match, plan.match.b);
      return { ...member, score: plan.cmp.similarity, evidence, ...(repeat ? { repeat: true } : {}) };
    });
    const origin = c.articles[spans[0].doc];
    return { id: `c${n}`, kind: cluster.kind, origin: cluster.origin, members, firstBy: c.useDates && origin.info.date !== null ? 'date' : 'path' };
  });
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

const sides = new WeakMap<Article, { tokens: Article['tokens']; text: string }>();

function sideOf(a: Article): { tokens: Article['tokens']; text: string } {
  let s = sides.get(a);
  if (!s) sides.set(a, (s = { tokens: a.tokens, text: a.text }));
  return s;
}
