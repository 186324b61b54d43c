import stem from 'wink-porter2-stemmer';
import { STOPWORDS } from './stopwords';

/**
 * Longest word given to the stemmer. Its suffix rules take time that grows with the square of
 * a word's length (a 100,000-letter run took minutes); no English word comes near this, and a
 * longer run of letters (a pasted hash, a stretched scream) is kept as it is.
 */
const MAX_STEMMED = 64;

/**
 * Interns words so token streams can be compact integer arrays. Each distinct normalised
 * word gets a `norm` id and each distinct stem a `key` id; tokens are compared by key, so
 * "trained", "training" and "trains" meet, as do "losses" and "loss".
 */
export class Lexicon {
  private readonly normIds = new Map<string, number>();
  private readonly keyIds = new Map<string, number>();
  private readonly normToKey: number[] = [];
  /** Normalised spelling of each norm id. */
  readonly norms: string[] = [];
  /** Stem of each key id. */
  readonly keys: string[] = [];
  private readonly stopKeys = new Set<number>();

  /** Key ids of function words, as a list (to send to a worker). */
  stopKeyList(): number[] {
    return [...this.stopKeys];
  }

  /** Whether a key id is a function word's ("of", "the"), which alone is no evidence of reuse. */
  readonly isStop = (key: number): boolean => this.stopKeys.has(key);

  /** Id of a normalised word, adding it when new. */
  norm(word: string): number {
    let id = this.normIds.get(word);
    if (id === undefined) {
      id = this.norms.length;
      this.normIds.set(word, id);
      this.norms.push(word);
      this.normToKey.push(this.keyOf(word));
    }
    return id;
  }

  /** A test of words (interned or not) by the norm ids `has` accepts; never interns anything. */
  knownBy(has: (norm: number) => boolean): (word: string) => boolean {
    return (word) => {
      const id = this.normIds.get(word);
      return id !== undefined && has(id);
    };
  }

  /** Key id (stem) of a norm id. */
  key(normId: number): number {
    return this.normToKey[normId];
  }

  /**
   * A function word is a key of its own, never a stem shared with content words: "further" is
   * a function word but "furthered" is not, and "others", "mostly", "saying" are content words
   * though they stem like "other", "most", "says". So whether a key is a function word's is
   * fixed when the key is made, whatever the articles hold.
   */
  private keyOf(word: string): number {
    const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
    const functionWord = STOPWORDS.has(word) || STOPWORDS.has(bare);
    const s = functionWord ? `\u0000${STOPWORDS.has(word) ? word : bare}` : bare.length <= MAX_STEMMED && /^[a-z]+$/.test(bare) ? stem(bare) : bare;
    let id = this.keyIds.get(s);
    if (id === undefined) {
      id = this.keys.length;
      this.keyIds.set(s, id);
      this.keys.push(s);
      if (functionWord) this.stopKeys.add(id);
    }
    return id;
  }
}
