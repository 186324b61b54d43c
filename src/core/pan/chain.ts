import type { Seed } from './types';

/**
 * The heaviest chain of seeds that moves forward in both documents (each seed at or after
 * the previous one on both sides, sentences split or joined allowed), weighed by cosine.
 * Reuse keeps the order of sentences, so a case's true seeds lie along one diagonal; a
 * sentence with a stock phrase (a title repeated in the source) also matches sentences far off
 * that diagonal and would stretch the case over them. Those seeds cannot join the forward
 * chain without giving up more weight than they bring, so they fall out.
 */
export function heaviestChain(seeds: readonly Seed[]): { chain: Seed[]; rest: Seed[] } {
  const s = [...seeds].sort((x, y) => x.a - y.a || x.b - y.b);
  const n = s.length;
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let top = 0;
  for (let i = 0; i < n; i++) {
    best[i] = s[i].cosine;
    for (let j = 0; j < i; j++) {
      if (s[j].b <= s[i].b && best[j] + s[i].cosine > best[i]) {
        best[i] = best[j] + s[i].cosine;
        prev[i] = j;
      }
    }
    if (best[i] > best[top]) top = i;
  }
  const on = new Uint8Array(n);
  for (let i = n ? top : -1; i >= 0; i = prev[i]) on[i] = 1;
  const chain: Seed[] = [];
  const rest: Seed[] = [];
  for (let i = 0; i < n; i++) (on[i] ? chain : rest).push(s[i]);
  return { chain, rest };
}
