/**
 * Cutting real documents into base paragraphs for the reprint generator, and keeping only
 * paragraphs that do not repeat each other.
 *
 * The PAN source documents are scraped web pages, one paragraph per line, with navigation,
 * list items and headings mixed in. A line becomes base paragraphs when it has at least
 * MIN_WORDS words and is mostly letters (tables, code and number lists are not prose); its
 * sentences are grouped, in order, into paragraphs of at most MAX_SENTENCES sentences and
 * MAX_WORDS words, as news paragraphs are; a single sentence longer than LONGEST_SENTENCE
 * words (a run-on list) is left out, and a last group shorter than MIN_WORDS too. A short
 * line that looks like a heading (4 to 12 words, starting with a capital, no closing
 * punctuation) is kept as a title instead.
 *
 * De-duplication: paragraphs are taken in a fixed order (documents by name, lines in order)
 * and a paragraph is dropped when it shares any verbatim run of DEDUP_RUN (8) words with a
 * paragraph already kept, or when it is a near copy of one: the web pages behind PAN's sources
 * often carry the same definition or notice with a word changed here and there, which no
 * 8-word run catches, so a paragraph is also dropped when one kept paragraph has at least
 * NEAR_SHARE of its distinct pairs of neighbouring content words (and at least NEAR_MIN of
 * them). So no two base paragraphs share 8 words in a row or most of their wording, and what
 * two generated articles share comes from planted reuse, a title, or an attribution.
 */
import { splitSentences } from '../peers/sentenceSplit';
import { runHashes, wordsOf } from './wordRuns';
import { STOPWORDS } from '../../src/core/normalize/stopwords';

export const MIN_WORDS = 12;
export const MAX_WORDS = 120;
export const MAX_SENTENCES = 4;
export const LONGEST_SENTENCE = 80;
export const DEDUP_RUN = 8;
export const NEAR_SHARE = 0.25;
export const NEAR_MIN = 3;

/** A base paragraph: its sentences (whitespace collapsed) and where it came from. */
export interface BaseParagraph {
  readonly sentences: readonly string[];
  /** The source document's name and its 1-based line. */
  readonly origin: string;
}

/** What one source document yields before de-duplication. */
export interface DocumentParts {
  readonly paragraphs: BaseParagraph[];
  readonly titles: string[];
}

const wordCount = (s: string) => wordsOf(s).length;

/** Share of non-space characters that are letters. */
function letterShare(s: string): number {
  const chars = s.replace(/\s+/g, '');
  if (chars.length === 0) return 0;
  return (chars.match(/\p{L}/gu)?.length ?? 0) / chars.length;
}

function looksLikeTitle(line: string, words: number): boolean {
  return words >= 4 && words <= 12 && /^\p{Lu}/u.test(line) && !/[.!?;:,)\]"\u201d]$/.test(line) && letterShare(line) >= 0.75;
}

/** Splits one document's text (NULs and a byte-order mark removed first) into paragraphs and titles. */
export function splitDocument(text: string, name: string): DocumentParts {
  const paragraphs: BaseParagraph[] = [];
  const titles: string[] = [];
  const lines = text.replace(/^\ufeff/, '').replace(/\0/g, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, lineIndex) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    const words = wordCount(line);
    if (words < MIN_WORDS) {
      if (looksLikeTitle(line, words)) titles.push(line);
      return;
    }
    if (letterShare(line) < 0.6) return;
    let group: string[] = [];
    let groupWords = 0;
    const flush = () => {
      if (groupWords >= MIN_WORDS) paragraphs.push({ sentences: group, origin: `${name}:${lineIndex + 1}` });
      group = [];
      groupWords = 0;
    };
    for (const span of splitSentences(line)) {
      const sentence = line.slice(span.start, span.end);
      const n = wordCount(sentence);
      if (n > LONGEST_SENTENCE) {
        flush();
        continue;
      }
      if (group.length >= MAX_SENTENCES || (group.length > 0 && groupWords + n > MAX_WORDS)) flush();
      group.push(sentence);
      groupWords += n;
    }
    flush();
  });
  return { paragraphs, titles };
}

/**
 * Keeps, in order, the paragraphs that share no run of `run` words with one kept before them
 * and are no near copy of one (see the module comment). `seen` collects the runs of the kept
 * paragraphs (pass one in to check against more text).
 */
export function keepDistinct(paragraphs: readonly BaseParagraph[], seen: Set<number> = new Set(), run = DEDUP_RUN): BaseParagraph[] {
  const kept: BaseParagraph[] = [];
  // Which kept paragraphs hold each pair of neighbouring content words.
  const holders = new Map<string, number[]>();
  for (const p of paragraphs) {
    const words = wordsOf(p.sentences.join(' ')).map((w) => w.key);
    const hashes = runHashes(words, run);
    if (hashes.some((h) => seen.has(h))) continue;
    const content = words.filter((w) => !STOPWORDS.has(w));
    const pairs = [...new Set(content.slice(1).map((w, i) => `${content[i]} ${w}`))];
    const shared = new Map<number, number>();
    for (const pair of pairs) for (const k of holders.get(pair) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    const need = Math.max(NEAR_MIN, NEAR_SHARE * pairs.length);
    if ([...shared.values()].some((n) => n >= need)) continue;
    for (const h of hashes) seen.add(h);
    for (const pair of pairs) {
      const list = holders.get(pair);
      if (list) list.push(kept.length);
      else holders.set(pair, [kept.length]);
    }
    kept.push(p);
  }
  return kept;
}

/**
 * Keeps titles that are unique (compared by their words) and share no `run`-word run with the
 * kept paragraphs (`seen`) or with each other.
 */
export function keepDistinctTitles(titles: readonly string[], seen: Set<number>, run = DEDUP_RUN): string[] {
  const keys = new Set<string>();
  const kept: string[] = [];
  for (const t of titles) {
    const words = wordsOf(t).map((w) => w.key);
    const key = words.join(' ');
    const hashes = runHashes(words, run);
    if (keys.has(key) || hashes.some((h) => seen.has(h))) continue;
    keys.add(key);
    for (const h of hashes) seen.add(h);
    kept.push(t);
  }
  return kept;
}
