/**
 * The paraphrase benchmark's folders: sentence 1 and sentence 2 of every MSRP pair each go
 * into an article of their own, as a paragraph between unrelated filler paragraphs (one or
 * two before, one or two after) taken from the real-text pool (no two of which share an
 * 8-word run; fillers that share one with any MSRP sentence are left out too). The pairs are
 * cut into `folders` folders of consecutive pairs (f0, f1, …, each aligned on its own); in a
 * folder the articles are named m00000.txt… in a seeded shuffled order, so the two articles
 * of a pair are not neighbours. Each filler paragraph is used once. Deterministic per seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from '../gen/rng';
import type { BaseParagraph } from '../realtext/paragraphs';
import type { RealTextPool } from '../realtext/pool';
import { runHashes, sharesRun, wordsOf } from '../realtext/wordRuns';
import type { MsrpPair } from './data';

/** Where one MSRP sentence was put: `path` is `<folder>/<file>`, offsets UTF-16. */
export interface SentencePlace {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

export interface PlacedPair {
  readonly index: number;
  readonly label: 0 | 1;
  readonly id1: string;
  readonly id2: string;
  /** The two sentences share a verbatim run of 5 words (wordRuns.ts). */
  readonly shares5: boolean;
  readonly text1: string;
  readonly text2: string;
  readonly s1: SentencePlace;
  readonly s2: SentencePlace;
}

export interface MsrpCorpus {
  readonly seed: number;
  readonly folders: readonly string[];
  readonly articles: number;
  readonly fillersUsed: number;
  readonly fillersLeftOut: number;
  readonly pairs: readonly PlacedPair[];
}

export const PARTLY_COPIED_RUN = 5;

/** Pool paragraphs in a seeded document order, without those sharing an 8-word run with `avoid`. */
function fillerQueue(pool: RealTextPool, avoid: readonly string[], rng: Rng): { queue: BaseParagraph[]; leftOut: number } {
  const banned = new Set<number>();
  for (const s of avoid) for (const h of runHashes(wordsOf(s).map((w) => w.key), 8)) banned.add(h);
  const byDocument = new Map<string, BaseParagraph[]>();
  let leftOut = 0;
  for (const p of pool.paragraphs) {
    if (runHashes(wordsOf(p.sentences.join(' ')).map((w) => w.key), 8).some((h) => banned.has(h))) {
      leftOut++;
      continue;
    }
    const doc = p.origin.slice(0, p.origin.lastIndexOf(':'));
    const list = byDocument.get(doc);
    if (list) list.push(p);
    else byDocument.set(doc, [p]);
  }
  return { queue: rng.shuffled([...byDocument.values()]).flat(), leftOut };
}

/** Builds the folders under `outDir` (when given) and returns where every sentence went. */
export function buildMsrpCorpus(pairs: readonly MsrpPair[], pool: RealTextPool, opts: { seed: number; folders: number; outDir?: string }): { corpus: MsrpCorpus; texts: Map<string, string> } {
  const rng = new Rng(opts.seed);
  const { queue, leftOut } = fillerQueue(pool, pairs.flatMap((p) => [p.s1, p.s2]), rng.fork(0xf111e7));
  let nextFiller = 0;
  const filler = () => {
    if (nextFiller >= queue.length) throw new Error(`the real-text pool has ${queue.length} usable filler paragraphs, all used`);
    return queue[nextFiller++].sentences.join(' ');
  };
  const folderCount = Math.max(1, Math.min(opts.folders, pairs.length));
  const folders = Array.from({ length: folderCount }, (_, k) => `f${k}`);
  const texts = new Map<string, string>();
  const places = new Map<string, SentencePlace>();
  for (let k = 0; k < folderCount; k++) {
    const lo = Math.floor((k * pairs.length) / folderCount);
    const hi = Math.floor(((k + 1) * pairs.length) / folderCount);
    const slots = rng.shuffled(pairs.slice(lo, hi).flatMap((p) => [{ p, side: 1 as const }, { p, side: 2 as const }]));
    const dir = opts.outDir ? join(opts.outDir, folders[k]) : null;
    if (dir) mkdirSync(dir, { recursive: true });
    slots.forEach(({ p, side }, n) => {
      const before = Array.from({ length: rng.range(1, 2) }, filler);
      const sentence = side === 1 ? p.s1 : p.s2;
      const after = Array.from({ length: rng.range(1, 2) }, filler);
      const head = `${before.join('\n\n')}\n\n`;
      const text = `${head}${sentence}\n\n${after.join('\n\n')}\n`;
      const file = `m${String(n).padStart(5, '0')}.txt`;
      const path = `${folders[k]}/${file}`;
      texts.set(path, text);
      places.set(`${p.index}:${side}`, { path, start: head.length, end: head.length + sentence.length });
      if (dir) writeFileSync(join(dir, file), text);
    });
  }
  const placed: PlacedPair[] = pairs.map((p) => ({
    index: p.index, label: p.label, id1: p.id1, id2: p.id2, shares5: sharesRun(p.s1, p.s2, PARTLY_COPIED_RUN), text1: p.s1, text2: p.s2,
    s1: places.get(`${p.index}:1`)!, s2: places.get(`${p.index}:2`)!,
  }));
  const corpus: MsrpCorpus = { seed: opts.seed, folders, articles: texts.size, fillersUsed: nextFiller, fillersLeftOut: leftOut, pairs: placed };
  if (opts.outDir) writeFileSync(join(opts.outDir, 'msrp-truth.json'), JSON.stringify(corpus));
  return { corpus, texts };
}
