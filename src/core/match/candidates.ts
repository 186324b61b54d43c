/** Two documents that share enough shingles to be worth aligning. */
export interface CandidatePair {
  readonly a: number;
  readonly b: number;
  readonly shared: number;
}

const DOC_BITS = 2 ** 21; // room for two million documents beside a 32-bit hash

/**
 * Finds document pairs sharing at least `minShared` distinct shingles, without comparing
 * every pair. All (shingle, document) entries go into one sorted typed array; each run of
 * equal shingles lists the documents holding it, and only those documents are paired. The
 * work is the sum over shingles of (documents holding it)², which follows the amount of reuse,
 * not N². A shingle held by more than `maxDocumentFrequency` documents is boilerplate (a
 * footer, a byline) and is skipped, which also caps that sum.
 */
export function candidatePairs(shingles: readonly Uint32Array[], maxDocumentFrequency: number, minShared: number): CandidatePair[] {
  let total = 0;
  const uniques = shingles.map((s) => {
    const u = Uint32Array.from(new Set(s));
    total += u.length;
    return u;
  });
  const entries = new Float64Array(total);
  let at = 0;
  uniques.forEach((u, doc) => {
    for (let i = 0; i < u.length; i++) if (u[i] !== 0) entries[at++] = u[i] * DOC_BITS + doc;
  });
  const sorted = entries.subarray(0, at).sort();
  const counts = new Map<number, number>();
  const n = shingles.length;
  let i = 0;
  while (i < sorted.length) {
    const hash = Math.floor(sorted[i] / DOC_BITS);
    let j = i + 1;
    while (j < sorted.length && Math.floor(sorted[j] / DOC_BITS) === hash) j++;
    const df = j - i;
    if (df >= 2 && df <= maxDocumentFrequency) {
      for (let x = i; x < j; x++) {
        const a = sorted[x] % DOC_BITS;
        for (let y = x + 1; y < j; y++) {
          const key = a * n + (sorted[y] % DOC_BITS);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    i = j;
  }
  const out: CandidatePair[] = [];
  for (const [key, shared] of counts) {
    if (shared >= minShared) out.push({ a: Math.floor(key / n), b: key % n, shared });
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}
