import type { ArticleInput, DocumentInfo } from '../types';
import { Lexicon } from '../normalize/lexicon';
import { normalizeText, NormalizedText } from '../normalize/normalizeText';
import { lineBreaksBefore, mendHyphenation, scanWords, TokenStream } from '../normalize/tokenize';
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

/** First-scan state of an article: its normalised text and words before debris is mended. */
export interface ScannedArticle {
  readonly input: ArticleInput;
  readonly header: ArticleHeader;
  readonly nt: NormalizedText;
  readonly raw: ReturnType<typeof scanWords>;
}

/** Normalises and scans an article (the part that needs no other article). */
export function scanArticle(input: ArticleInput): ScannedArticle {
  const nt = normalizeText(input.text);
  return { input, header: readHeader(input.text), nt, raw: scanWords(nt) };
}

/** Whole words of a scan (not parts of hyphenated pairs): what mends debris elsewhere. */
export function plainWords(s: ScannedArticle): string[] {
  const out: string[] = [];
  s.raw.forEach((w, k) => {
    if (!w.hyphenNext && !(k > 0 && s.raw[k - 1].hyphenNext)) out.push(w.word);
  });
  return out;
}

/** Tokenises a scanned article, mending hyphenation debris with the words `known` accepts. */
export function prepareArticle(s: ScannedArticle, lexicon: Lexicon, known: (w: string) => boolean): PreparedArticle {
  const words = mendHyphenation(s.raw, known);
  const n = words.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const norms = new Int32Array(n);
  const keys = new Int32Array(n);
  words.forEach((w, k) => {
    starts[k] = s.nt.starts[w.nStart];
    ends[k] = s.nt.ends[w.nEnd - 1];
    norms[k] = lexicon.norm(w.word);
    keys[k] = lexicon.key(norms[k]);
  });
  const tokens: TokenStream = { count: n, starts, ends, norms, keys, breaks: lineBreaksBefore(s.nt, words) };
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
  const scanned = inputs.map(scanArticle);
  const vocabulary = new Set<string>();
  for (const s of scanned) for (const w of plainWords(s)) vocabulary.add(w);
  const known = (w: string) => vocabulary.has(w);
  return orderArticles(scanned.map((s) => prepareArticle(s, lexicon, known)), useDates);
}
