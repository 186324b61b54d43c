import type { ArticleInput, DocumentInfo } from '../types';
import { Lexicon } from '../normalize/lexicon';
import { normalizeText } from '../normalize/normalizeText';
import { lineBreaksBefore, mendHyphenation, scanWords, TokenStream } from '../normalize/tokenize';
import { compareNatural } from '../util/natural';
import { lineAt, lineStarts } from '../util/lines';
import { readHeader } from './frontMatter';

/** An article as the engine works on it: its text, header facts and word tokens. */
export interface Article {
  /** The input this article was read from. */
  readonly input: ArticleInput;
  readonly info: DocumentInfo;
  readonly text: string;
  readonly tokens: TokenStream;
  /** 1-based line of a UTF-16 offset. */
  line(offset: number): number;
}

/**
 * Reads a set of articles into the engine's model: ordered for "first appeared" (dated
 * articles by date, then undated ones, each by natural path order; identical paths by text),
 * given ids in that order, and tokenised with one shared vocabulary so that hyphenation debris
 * in one article is mended with the help of the spelling in the others.
 */
export function readArticles(inputs: readonly ArticleInput[], lexicon: Lexicon): Article[] {
  const prepared = inputs.map((input) => {
    const header = readHeader(input.text);
    const nt = normalizeText(input.text);
    return { input, header, nt, raw: scanWords(nt) };
  });
  prepared.sort((a, b) => {
    const da = a.header.date;
    const db = b.header.date;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    const byPath = compareNatural(a.input.path, b.input.path);
    if (byPath !== 0) return byPath;
    return a.input.text < b.input.text ? -1 : a.input.text > b.input.text ? 1 : 0;
  });
  const vocabulary = new Set<string>();
  for (const p of prepared) {
    p.raw.forEach((w, k) => {
      if (!w.hyphenNext && !(k > 0 && p.raw[k - 1].hyphenNext)) vocabulary.add(w.word);
    });
  }
  const known = (w: string) => vocabulary.has(w);
  return prepared.map((p, order) => {
    const words = mendHyphenation(p.raw, known);
    const n = words.length;
    const tokens: TokenStream = {
      count: n,
      starts: new Int32Array(n),
      ends: new Int32Array(n),
      norms: new Int32Array(n),
      keys: new Int32Array(n),
      breaks: lineBreaksBefore(p.nt, words),
    };
    words.forEach((w, k) => {
      (tokens.starts as Int32Array)[k] = p.nt.starts[w.nStart];
      (tokens.ends as Int32Array)[k] = p.nt.ends[w.nEnd - 1];
      const norm = lexicon.norm(w.word);
      (tokens.norms as Int32Array)[k] = norm;
      (tokens.keys as Int32Array)[k] = lexicon.key(norm);
    });
    const lines = lineStarts(p.input.text);
    const info: DocumentInfo = { id: `d${order}`, path: p.input.path, title: p.header.title, date: p.header.date, order };
    return { input: p.input, info, text: p.input.text, tokens, line: (offset: number) => lineAt(lines, offset) };
  });
}
