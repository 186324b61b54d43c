/**
 * Pairwise tools report many small matches between two articles (a passage edited in three
 * places comes back as four runs). Before scoring, their matches are gathered per pair of
 * articles: one group holds every matched span of that pair, which is what a reader of the
 * tool's report would see as "these two articles share this text".
 */
import type { DetectedGroup, DetectedSpan } from './detections';

export function groupByDocumentPair(pairs: readonly DetectedGroup[]): DetectedGroup[] {
  const byPair = new Map<string, DetectedSpan[]>();
  for (const g of pairs) {
    if (g.members.length !== 2) continue;
    const [x, y] = g.members;
    const key = x.path < y.path ? `${x.path}\n${y.path}` : `${y.path}\n${x.path}`;
    const list = byPair.get(key);
    if (list) list.push(x, y);
    else byPair.set(key, [x, y]);
  }
  return [...byPair.values()].map((members) => ({ members }));
}
