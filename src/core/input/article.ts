import type { ArticleInput, DocumentInfo } from '../types';
import { Lexicon } from '../normalize/lexicon';
import { normalizeText } from '../normalize/normalizeText';
import { forEachWholeWord, mendTokens, ScannedWords, scanWords, TokenStream } from '../normalize/tokenize';
import { compareNatural } from '../util/natural';
import { lineAt, lineStarts } from '../util/lines';
import { ArticleHeader, readHeader } from './frontMatter';

/** An article read and tokenised, before it has a place in any order. */
export interface PreparedArticle {
  /** The input this article was read from. */
  readonly input: ArticleInput;
  readonly header: ArticleHeader;
  readonly tokens: TokenStream;
  /** 1-based line of a UTF-16 offset. */
  line(offset: number): number;
}

/** An article as the engine works on it: prepared, and placed in "first appeared" order. */
export interface Article extends PreparedArticle {
  readonly info: DocumentInfo;
  readonly text: string;
}

/** First-scan state of an article: its words before debris is mended. */
export interface ScannedArticle {
  readonly input: ArticleInput;
  readonly header: ArticleHeader;
  readonly words: ScannedWords;
}

/** Normalises and scans an article (the part that needs no other article), interning its words. */
export function scanArticle(input: ArticleInput, lexicon: Lexicon): ScannedArticle {
  return { input, header: readHeader(input.text), words: scanWords(normalizeText(input.text), lexicon) };
}

/** Norm ids of the whole words of a scan (not parts of hyphenated pairs), each once: what mends debris elsewhere. */
export function wholeWords(s: ScannedArticle): Int32Array {
  const ids: number[] = [];
  forEachWholeWord(s.words, (id) => ids.push(id));
  const sorted = Int32Array.from(ids).sort();
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k];
  return sorted.slice(0, n);
}

/** Tokenises a scanned article, mending hyphenation debris with the words `known` accepts. */
export function prepareArticle(s: ScannedArticle, lexicon: Lexicon, known: (w: string) => boolean): PreparedArticle {
  const tokens: TokenStream = mendTokens(s.words, lexicon, known);
  const lines = lineStarts(s.input.text);
  return { input: s.input, header: s.header, tokens, line: (offset: number) => lineAt(lines, offset) };
}

type Ranked = { input: ArticleInput; header: ArticleHeader };

/**
 * "First appeared" order: dated articles by date, then undated ones, each by natural path
 * order; identical paths by text, so any permutation of the same inputs sorts alike. With
 * `useDates` false, dates are ignored and path order alone decides.
 */
export function firstAppearanceOrder(useDates: boolean): (a: Ranked, b: Ranked) => number {
  return (a, b) => byFirstAppearance(a, b, useDates);
}

function byFirstAppearance(a: Ranked, b: Ranked, useDates: boolean): number {
  const da = useDates ? a.header.date : null;
  const db = useDates ? b.header.date : null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  const byPath = compareNatural(a.input.path, b.input.path);
  if (byPath !== 0) return byPath;
  return a.input.text < b.input.text ? -1 : a.input.text > b.input.text ? 1 : 0;
}

/** Places prepared articles in order and names them `d0`, `d1`… in that order. */
export function orderArticles(prepared: readonly PreparedArticle[], useDates = true): Article[] {
  return [...prepared].sort(firstAppearanceOrder(useDates)).map(placeArticle);
}

/** A prepared article placed at `order` in "first appeared" order (named `d<order>`). */
export function placeArticle(p: PreparedArticle, order: number): Article {
  return { ...p, text: p.input.text, info: { id: `d${order}`, path: p.input.path, title: p.header.title, date: p.header.date, order } };
}

/**
 * Reads a set of articles into the engine's model, in "first appeared" order, tokenised with
 * one shared vocabulary so that hyphenation debris in one article is mended with the help of
 * the spelling in the others.
 */
export function readArticles(inputs: readonly ArticleInput[], lexicon: Lexicon, useDates = true): Article[] {
  const scanned = inputs.map((input) => scanArticle(input, lexicon));
  const vocabulary = new Set<number>();
  for (const s of scanned) for (const id of wholeWords(s)) vocabulary.add(id);
  const known = lexicon.knownBy((id) => vocabulary.has(id));
  return orderArticles(scanned.map((s) => prepareArticle(s, lexicon, known)), useDates);
}
