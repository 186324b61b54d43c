import type { TokenStream } from '../normalize/tokenize';

/**
 * Word shingles: hashes of every run of `size` consecutive word keys. A shingle made only of
 * function words ("in the", "of the") gets hash 0 and is never used as evidence of reuse.
 */
export function shingleHashes(tokens: TokenStream, size: number, isStop: (key: number) => boolean): Uint32Array {
  const n = Math.max(0, tokens.count - size + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    let content = false;
    for (let k = 0; k < size; k++) {
      const key = tokens.keys[i + k];
      if (!isStop(key)) content = true;
      h = Math.imul(h ^ key, 0x01000193);
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    }
    // 30 bits: small integers for V8, so Maps and Sets keyed by shingle stay on the fast path.
    out[i] = content ? (h >>> 2) || 1 : 0;
  }
  return out;
}
