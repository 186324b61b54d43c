// Made-up words from a seeded generator, so every article's own reporting shares nothing with
// the others' by chance.
function wordsFrom(seed: number): () => string {
  let x = seed * 2654435761 >>> 0 || 1;
  const syl = ['ka', 'lo', 'mi', 'ren', 'tu', 'vas', 'do', 'pe', 'shi', 'gor', 'an', 'bel', 'quo', 'zin', 'ru', 'fe'];
  return () => {
    let w = '';
    const n = 2 + (x % 3);
    for (let k = 0; k < n; k++) {
      x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
      w += syl[x % syl.length];
    }
    return w;
  };
}

/** `paragraphs` paragraphs of 40 made-up words, different for each seed. */
export function ownReporting(seed: number, paragraphs = 3): string {
  const next = wordsFrom(seed + 1);
  return Array.from({ length: paragraphs }, () => `${Array.from({ length: 40 }, next).join(' ')}.`).join('\n\n');
}
