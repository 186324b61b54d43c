import { WORDNET_STEMS } from './wordnetData';

/**
 * How two words relate in meaning: not at all; as near-synonyms, one's sense being the other's
 * broader term ("bought" / "acquired"); or as synonyms, sharing a sense ("assist" / "help").
 */
export const Kinship = { None: 0, Near: 1, Synonym: 2 } as const;
export type Kinship = (typeof Kinship)[keyof typeof Kinship];

/** A word's senses (synset numbers) and their broader terms. */
export interface Senses {
  readonly own: readonly number[];
  readonly broader: readonly number[];
}

/** Each stem's line of WORDNET_STEMS (after the stem), read into Senses when first asked for. */
let lines: Map<string, string> | null = null;
const parsed = new Map<string, Senses>();

/** The senses WordNet gives a word stem, or undefined. */
export function sensesOf(stem: string): Senses | undefined {
  if (!lines) {
    lines = new Map();
    let from = 0;
    while (from < WORDNET_STEMS.length) {
      let end = WORDNET_STEMS.indexOf('\n', from);
      if (end < 0) end = WORDNET_STEMS.length;
      const space = WORDNET_STEMS.indexOf(' ', from);
      lines.set(WORDNET_STEMS.slice(from, space), WORDNET_STEMS.slice(space + 1, end));
      from = end + 1;
    }
  }
  let senses = parsed.get(stem);
  if (senses) return senses;
  const line = lines.get(stem);
  if (line === undefined) return undefined;
  const [own, broader = ''] = line.split('|');
  const ids = (s: string) => (s ? s.split(',').map((x) => parseInt(x, 36)) : []);
  parsed.set(stem, (senses = { own: ids(own), broader: ids(broader) }));
  return senses;
}

/**
 * Whether two word stems (Porter2, as the lexicon's keys) mean the same, from WordNet: the
 * synsets of each word's first five senses, and their direct hypernyms (see
 * scripts/lexical/build-wordnet.mjs). WordNet keeps antonyms apart ("rose" / "fell" share no
 * synset), which word vectors do not; the README gives the measurements behind this choice.
 */
export function kinship(stemA: string, stemB: string): Kinship {
  if (stemA === stemB) return Kinship.Synonym;
  return kinshipOf(sensesOf(stemA), sensesOf(stemB));
}

/** kinship of two words by their senses (see sensesOf). */
export function kinshipOf(a: Senses | undefined, b: Senses | undefined): Kinship {
  if (!a || !b) return Kinship.None;
  for (const x of a.own) if (b.own.includes(x)) return Kinship.Synonym;
  for (const x of a.own) if (b.broader.includes(x)) return Kinship.Near;
  for (const x of b.own) if (a.broader.includes(x)) return Kinship.Near;
  return Kinship.None;
}
