/**
 * The vocabulary of the synthetic news text: a fixed list of English function words plus
 * seeded pseudo-words built from syllables (nouns, verbs, adjectives, names). Pseudo-words
 * keep chance 8-word overlaps between unrelated articles vanishingly rare, while the function
 * words make short n-grams collide as often as in real English.
 */
import { Rng } from './rng';

export const FUNCTION = {
  det: ['the', 'the', 'the', 'a', 'a', 'this', 'that', 'its', 'their', 'his', 'her', 'every', 'some', 'no'],
  prep: ['in', 'in', 'of', 'of', 'on', 'at', 'for', 'with', 'from', 'to', 'by', 'after', 'before', 'during', 'near', 'against', 'over', 'under'],
  conj: ['and', 'but', 'while', 'because', 'although', 'as', 'since'],
  aux: ['will', 'would', 'could', 'may', 'must', 'should', 'had', 'has', 'have'],
  rel: ['which', 'that', 'who', 'where'],
  pron: ['they', 'we', 'it', 'he', 'she', 'officials', 'residents', 'analysts'],
  adv: ['quickly', 'still', 'also', 'now', 'later', 'again', 'already', 'reportedly', 'largely', 'nearly'],
  speech: ['said', 'said', 'said', 'told reporters', 'added', 'stressed', 'noted', 'wrote', 'insisted', 'warned'],
};

const ONSETS = ['b', 'br', 'c', 'ch', 'cl', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ea', 'ou', 'ie'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'rt', 'ck', 'ng'];

export interface Lexicon {
  readonly nouns: readonly string[];
  readonly verbsPast: readonly string[];
  readonly verbsBase: readonly string[];
  readonly adjectives: readonly string[];
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  readonly places: readonly string[];
  readonly organisations: readonly string[];
  /** Every content word, for substitutions. */
  readonly all: readonly string[];
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function makeWords(rng: Rng, count: number, minSyll: number, maxSyll: number, taken: Set<string>): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const syllables = rng.range(minSyll, maxSyll);
    let w = '';
    for (let s = 0; s < syllables; s++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + (s === syllables - 1 ? rng.pick(CODAS) : '');
    if (w.length < 3 || taken.has(w)) continue;
    taken.add(w);
    out.push(w);
  }
  return out;
}

export function buildLexicon(seed: number): Lexicon {
  const rng = new Rng(seed ^ 0x51ed270b);
  const taken = new Set<string>(Object.values(FUNCTION).flat());
  const nouns = makeWords(rng, 3000, 1, 3, taken);
  const stems = makeWords(rng, 1200, 1, 2, taken);
  const verbsBase = stems;
  const verbsPast = stems.map((s) => (s.endsWith('e') ? `${s}d` : `${s}ed`));
  const adjectives = makeWords(rng, 1200, 2, 3, taken).map((w, i) => (i % 3 === 0 ? `${w}al` : i % 3 === 1 ? `${w}ic` : w));
  const firstNames = makeWords(rng, 400, 2, 3, taken).map(capitalise);
  const lastNames = makeWords(rng, 1500, 2, 4, taken).map(capitalise);
  const places = makeWords(rng, 600, 2, 4, taken).map(capitalise);
  const organisations = makeWords(rng, 200, 2, 3, taken).map((w) => `${capitalise(w)} ${rng.pick(['Council', 'Ministry', 'Party', 'Group', 'Institute', 'Union', 'Bank', 'Agency'])}`);
  return { nouns, verbsPast, verbsBase, adjectives, firstNames, lastNames, places, organisations, all: [...nouns, ...verbsPast, ...adjectives] };
}
