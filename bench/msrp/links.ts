/**
 * Counting what a tool linked on the paraphrase benchmark's folders.
 *
 * A pair is linked when one group (one cluster, or one reported pair of a pairwise tool) has
 * members covering at least half of sentence 1 in its article and at least half of sentence
 * 2 in its article (a group's members in one article taken together).
 *
 * Every two members of one group in different articles are a link. A member stands on its
 * article's sentence when at least half of the member lies inside it; otherwise it stands on
 * filler. A link is
 *   - a pair link when both members stand on the two sentences of one pair;
 *   - reuse across pairs (counted apart) when both stand on sentences of different pairs that
 *     share a verbatim 5-word run (MSRP has sentences that recur in several pairs, and pairs
 *     cut from one news story);
 *   - cross-talk (false) otherwise: sentences of different pairs that share no 5-word run, or
 *     filler on either side.
 * Groups labelled `boilerplate` are not links (counted apart).
 */
import type { DetectedGroup, DetectedSpan } from '../truth/detections';
import { clip, unionLength, type Interval } from '../truth/intervals';
import { sharesRun } from '../realtext/wordRuns';
import { PARTLY_COPIED_RUN, type PlacedPair, type SentencePlace } from './corpus';

export interface CrossTalkExample {
  readonly links: number;
  readonly articles: number;
  readonly text: string;
  readonly other: string;
}

export interface LinkCounts {
  /** Per pair index: linked or not. */
  readonly linked: readonly boolean[];
  readonly pairLinks: number;
  readonly crossPairReuse: number;
  readonly crossTalk: number;
  /** Groups labelled boilerplate (not counted as links). */
  readonly boilerplateGroups: number;
  /** The groups with the most cross-talk links (10). */
  readonly crossTalkTop: readonly CrossTalkExample[];
}

interface Placed {
  readonly pair: PlacedPair;
  readonly side: 1 | 2;
  readonly place: SentencePlace;
  readonly text: string;
}

export function countLinks(pairs: readonly PlacedPair[], groups: readonly DetectedGroup[], textOf: (path: string) => string): LinkCounts {
  const byArticle = new Map<string, Placed>();
  for (const p of pairs) {
    byArticle.set(p.s1.path, { pair: p, side: 1, place: p.s1, text: p.text1 });
    byArticle.set(p.s2.path, { pair: p, side: 2, place: p.s2, text: p.text2 });
  }
  const maxIndex = pairs.reduce((m, p) => Math.max(m, p.index), -1);
  const linked: boolean[] = Array.from({ length: maxIndex + 1 }, () => false);
  const reuseCache = new Map<string, boolean>();
  const sharesAcross = (a: Placed, b: Placed) => {
    const key = a.text < b.text ? `${a.text}\n${b.text}` : `${b.text}\n${a.text}`;
    let v = reuseCache.get(key);
    if (v === undefined) reuseCache.set(key, (v = sharesRun(a.text, b.text, PARTLY_COPIED_RUN)));
    return v;
  };
  let pairLinks = 0, crossPairReuse = 0, crossTalk = 0, boilerplateGroups = 0;
  const top: CrossTalkExample[] = [];

  for (const g of groups) {
    if (g.kind === 'boilerplate') {
      boilerplateGroups++;
      continue;
    }
    const members = g.members.filter((m) => m.end > m.start);
    // Coverage of each article's sentence by the group.
    const parts = new Map<string, Interval[]>();
    for (const m of members) {
      const at = byArticle.get(m.path);
      const c = at && clip(m.start, m.end, at.place.start, at.place.end);
      if (c) (parts.get(m.path) ?? parts.set(m.path, []).get(m.path)!).push(c);
    }
    const covers = (place: SentencePlace) => unionLength(parts.get(place.path) ?? []) * 2 >= place.end - place.start;
    for (const path of parts.keys()) {
      const { pair } = byArticle.get(path)!;
      if (!linked[pair.index] && covers(pair.s1) && covers(pair.s2)) linked[pair.index] = true;
    }

    const standsOn = members.map((m: DetectedSpan) => {
      const at = byArticle.get(m.path);
      const c = at && clip(m.start, m.end, at.place.start, at.place.end);
      return at && c && (c[1] - c[0]) * 2 >= m.end - m.start ? at : null;
    });
    let talk = 0;
    let example: [number, number] | null = null;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (members[i].path === members[j].path) continue;
        const a = standsOn[i];
        const b = standsOn[j];
        if (a && b && a.pair === b.pair) pairLinks++;
        else if (a && b && sharesAcross(a, b)) crossPairReuse++;
        else {
          talk++;
          example ??= [i, j];
        }
      }
    }
    if (talk > 0 && example) {
      const [i, j] = example;
      const say = (m: DetectedSpan) => textOf(m.path).slice(m.start, m.end).replace(/\s+/g, ' ').slice(0, 90);
      top.push({ links: talk, articles: new Set(members.map((m) => m.path)).size, text: say(members[i]), other: say(members[j]) });
      crossTalk += talk;
    }
  }
  top.sort((a, b) => b.links - a.links || (a.text < b.text ? -1 : 1));
  return { linked, pairLinks, crossPairReuse, crossTalk, boilerplateGroups, crossTalkTop: top.slice(0, 10) };
}

export interface RateBucket {
  readonly pairs: number;
  readonly linked: number;
  readonly rate: number;
}

export interface MsrpRates {
  /** Label 1: paraphrase recall, all and split by whether the two share a 5-word run. */
  readonly paraphraseRecall: RateBucket;
  readonly paraphraseRecallShared5: RateBucket;
  readonly paraphraseRecallNoShared5: RateBucket;
  /** Label 0 without a shared 5-word run: links here are false. */
  readonly falseLinkRate: RateBucket;
  /** Label 0 with a shared 5-word run: partly copied, a link is real reuse (for information). */
  readonly label0Shared5Rate: RateBucket;
}

export function ratesOf(pairs: readonly PlacedPair[], linked: readonly boolean[]): MsrpRates {
  const bucket = (keep: (p: PlacedPair) => boolean): RateBucket => {
    const chosen = pairs.filter(keep);
    const n = chosen.filter((p) => linked[p.index]).length;
    return { pairs: chosen.length, linked: n, rate: chosen.length ? n / chosen.length : 0 };
  };
  return {
    paraphraseRecall: bucket((p) => p.label === 1),
    paraphraseRecallShared5: bucket((p) => p.label === 1 && p.shares5),
    paraphraseRecallNoShared5: bucket((p) => p.label === 1 && !p.shares5),
    falseLinkRate: bucket((p) => p.label === 0 && !p.shares5),
    label0Shared5Rate: bucket((p) => p.label === 0 && p.shares5),
  };
}
