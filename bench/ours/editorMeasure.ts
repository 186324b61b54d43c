/**
 * What the editor does after the first indexing, measured on a set of articles (the core's
 * AlignmentSession and ReuseIndex, in process):
 *   - hover lookups: ReuseIndex.appearancesAt at random offsets (no alignment);
 *   - re-indexing one changed article: a save that inserts a word in the middle of a random
 *     article, then `set`, `result()` and a new ReuseIndex, as the extension does on save;
 *     the first edit after building is reported apart (it also builds the session's lookup
 *     tables and runs code the JIT has not compiled yet);
 *   - adding a new file (a copy of an article with one word changed) and removing it again,
 *     which change the articles' order, so every cluster is named again.
 * The peer for re-indexing is what a tool without incremental updates does on save: align
 * the whole folder again (the session's first build here).
 */
import { AlignmentSession, ReuseIndex } from '../../src/core/index';
import type { ArticleInput } from '../../src/core/types';

export interface EditorLoopResult {
  articles: number;
  buildMs: number;
  hover: { lookups: number; withReuse: number; p50Ms: number; p95Ms: number };
  firstEditMs: number;
  reindexOneArticle: { edits: number; p50Ms: number; p95Ms: number; maxMs: number };
  addFile: { files: number; p50Ms: number; p95Ms: number };
  removeFile: { files: number; p50Ms: number; p95Ms: number };
}

export function measureEditorLoop(inputs: readonly ArticleInput[], counts: { lookups?: number; edits?: number; files?: number } = {}): EditorLoopResult {
  let t = performance.now();
  const session = new AlignmentSession(inputs);
  const index = new ReuseIndex(session.result());
  const buildMs = performance.now() - t;

  // A seeded walk, so two runs look up and edit the same places.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = () => inputs[Math.floor(next() * inputs.length)];
  const withWord = (text: string, word: string) => {
    const at = Math.max(0, text.indexOf(' ', Math.floor(text.length / 2)));
    return `${text.slice(0, at)} ${word}${text.slice(at)}`;
  };
  const timed = (step: () => void) => {
    const t0 = performance.now();
    step();
    new ReuseIndex(session.result());
    return performance.now() - t0;
  };

  const lookups: number[] = [];
  let hits = 0;
  for (let n = 0; n < (counts.lookups ?? 5000); n++) {
    const doc = pick();
    const offset = Math.floor(next() * doc.text.length);
    t = performance.now();
    hits += index.appearancesAt(doc.path, offset).length > 0 ? 1 : 0;
    lookups.push(performance.now() - t);
  }

  const edits: number[] = [];
  for (let n = 0; n <= (counts.edits ?? 100); n++) {
    const doc = pick();
    edits.push(timed(() => session.set({ path: doc.path, text: withWord(doc.text, `edited${n}`) })));
  }
  const [firstEditMs, ...later] = edits;

  const added: number[] = [];
  const removed: number[] = [];
  for (let n = 0; n < (counts.files ?? 10); n++) {
    const doc = pick();
    const path = `${doc.path}.copy${n}.txt`;
    added.push(timed(() => session.set({ path, text: withWord(doc.text, `copied${n}`) })));
    removed.push(timed(() => session.delete(path)));
  }

  return {
    articles: inputs.length,
    buildMs: Math.round(buildMs),
    hover: { lookups: lookups.length, withReuse: hits, p50Ms: +quantile(lookups, 0.5).toFixed(4), p95Ms: +quantile(lookups, 0.95).toFixed(4) },
    firstEditMs: Math.round(firstEditMs),
    reindexOneArticle: { edits: later.length, p50Ms: round1(quantile(later, 0.5)), p95Ms: round1(quantile(later, 0.95)), maxMs: round1(Math.max(...later)) },
    addFile: { files: added.length, p50Ms: Math.round(quantile(added, 0.5)), p95Ms: Math.round(quantile(added, 0.95)) },
    removeFile: { files: removed.length, p50Ms: Math.round(quantile(removed, 0.5)), p95Ms: Math.round(quantile(removed, 0.95)) },
  };
}

function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  return [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** One line for the bench's printout, with re-indexing as a share of a full rebuild. */
export function formatEditorLoop(r: EditorLoopResult): string {
  const share = (ms: number) => `${(ms / r.buildMs).toFixed(3)}× a full rebuild`;
  return [
    `editor loop (AlignmentSession in process, ${r.articles} articles): build ${(r.buildMs / 1000).toFixed(2)} s`,
    `  hover lookup: p50 ${r.hover.p50Ms} ms, p95 ${r.hover.p95Ms} ms (${r.hover.lookups} lookups, ${r.hover.withReuse} on reuse)`,
    `  re-index one changed article: p50 ${r.reindexOneArticle.p50Ms} ms, p95 ${r.reindexOneArticle.p95Ms} ms, max ${r.reindexOneArticle.maxMs} ms over ${r.reindexOneArticle.edits} edits (p95 = ${share(r.reindexOneArticle.p95Ms)}); first edit after building ${r.firstEditMs} ms`,
    `  add a file: p50 ${r.addFile.p50Ms} ms, p95 ${r.addFile.p95Ms} ms; remove it: p50 ${r.removeFile.p50Ms} ms, p95 ${r.removeFile.p95Ms} ms (${r.addFile.files} files)`,
  ].join('\n');
}
