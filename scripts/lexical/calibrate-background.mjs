#!/usr/bin/env node
// Prints the table in src/core/evidence/background.ts: for each quarter decade of word rank in
// WORD_RANKS, the mean share of documents of a real collection that contain the words of that
// band. Measured on the PAN 2013 source documents (read in place):
//   node scripts/lexical/calibrate-background.mjs ../shared/data/pan13-train/src
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = process.argv[2] ?? join(root, '..', 'shared', 'data', 'pan13-train', 'src');
const source = readFileSync(join(root, 'src/core/evidence/wordRanks.ts'), 'utf8');
const words = JSON.parse(/WORD_RANKS = (".*");/.exec(source)[1]).split(' ');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const df = new Map();
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8').replace(/\0/g, '').toLowerCase();
  for (const w of new Set(text.match(/[a-z]+(?:['-][a-z]+)*/g) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
}
const sums = [];
words.forEach((w, i) => {
  const band = Math.floor(4 * Math.log10(i + 1));
  sums[band] ??= [0, 0];
  sums[band][0] += (df.get(w) ?? 0) / files.length;
  sums[band][1]++;
});
console.log(`${files.length} documents`);
console.log(sums.map(([s, n]) => Number((s / n).toPrecision(3))).join(', '));
