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

let table: Map<string, Senses> | null = null;

/** The senses WordNet gives a word stem, or undefined. */
export function sensesOf(stem: string): Senses | undefined {
  if (!table) {
    table = new Map();
    for (const line of WORDNET_STEMS.split('\n')) {
      const space = line.indexOf(' ');
      const [own, broader = ''] = line.slice(space + 1).split('|');
      const ids = (s: string) => (s ? s.split(',').map((x) => parseInt(x, 36)) : []);
      table.set(line.slice(0, space), { own: ids(own), broader: ids(broader) });
    }
  }
  return table.get(stem);
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
