/**
 * What the editor does after the first indexing, measured on a generated corpus:
 * hover lookups (ReuseIndex.appearancesAt at random offsets: no alignment) and re-indexing one
 * changed article (AlignmentSession.set, then result()). Prints p50/p95 in milliseconds.
 *
 *   node --import tsx bench/ours/editorLoop.ts <articles-dir> [--lookups N] [--edits N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentSession, ReuseIndex } from '../../src/core/index';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const opt = (name: string, fallback: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
if (!dir) { console.error('usage: editorLoop.ts <articles-dir> [--lookups N] [--edits N]'); process.exit(2); }

const inputs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
let t = performance.now();
const session = new AlignmentSession(inputs);
const index = new ReuseIndex(session.result());
const buildMs = performance.now() - t;

// A seeded walk, so two runs look up the same places.
let seed = 12345;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

const lookups: number[] = [];
let hits = 0;
for (let n = 0; n < opt('--lookups', 5000); n++) {
  const doc = inputs[Math.floor(next() * inputs.length)];
  const offset = Math.floor(next() * doc.text.length);
  t = performance.now();
  hits += index.appearancesAt(doc.path, offset).length > 0 ? 1 : 0;
  lookups.push(performance.now() - t);
}

const edits: number[] = [];
for (let n = 0; n < opt('--edits', 20); n++) {
  const doc = inputs[Math.floor(next() * inputs.length)];
  // An editor's save: one word changed in the middle of the article.
  const at = doc.text.indexOf(' ', Math.floor(doc.text.length / 2));
  const text = `${doc.text.slice(0, at)} edited${n}${doc.text.slice(at)}`;
  t = performance.now();
  session.set({ path: doc.path, text });
  new ReuseIndex(session.result());
  edits.push(performance.now() - t);
}
console.log(JSON.stringify({
  articles: inputs.length,
  buildMs: Math.round(buildMs),
  hover: { lookups: lookups.length, withReuse: hits, p50Ms: +quantile(lookups, 0.5).toFixed(4), p95Ms: +quantile(lookups, 0.95).toFixed(4) },
  reindexOneArticle: { edits: edits.length, p50Ms: Math.round(quantile(edits, 0.5)), p95Ms: Math.round(quantile(edits, 0.95)) },
}, null, 2));
