import { Lexicon } from '../normalize/lexicon';
import { tokenize, TokenStream } from '../normalize/tokenize';
import { trim } from '../segment/paragraphs';
import { sentences } from '../segment/sentences';
import type { PanRange } from './types';

/**
 * A document as the PAN detector reads it: its words (for exact runs) and its sentences as
 * bags of stems (for similarity). Building one is the costly part, so a caller comparing a
 * document with many others builds it once and passes it to every comparison.
 */
export interface PanDocument {
  readonly text: string;
  readonly tokens: TokenStream;
  /** Sentence spans, after short sentences were joined to the next. */
  readonly sentences: readonly PanRange[];
  /** Per sentence: its distinct stem ids, ascending, and how often each occurs. */
  readonly terms: readonly Int32Array[];
  readonly counts: readonly Int32Array[];
}

/** One lexicon for every document, so stem ids agree across documents. */
const sharedLexicon = new Lexicon();

/** Words this short ("a", "of", "to") are left out of the sentence bags. */
const MIN_WORD_CHARS = 3;

/**
 * Reads a document into sentences of stems. Sentences come from the wink-nlp splitter (long
 * ones cut at line breaks, see `splitLong`); each keeps the stems of its words of three or
 * more letters. A sentence with fewer than
 * `minSentenceWords` such words (a heading, "Yes.", a list marker) is too small to compare
 * on its own, so it is joined to the sentence after it; sentences with no words are dropped.
 */
export function panDocument(text: string, minSentenceWords = 3, lexicon: Lexicon = sharedLexicon): PanDocument {
  const tokens = tokenize(text, lexicon);
  const spans = splitLong(text, sentences(text));
  const bags: number[][] = [];
  const ranges: PanRange[] = [];
  let t = 0;
  for (const s of spans) {
    while (t < tokens.count && tokens.starts[t] < s.start) t++;
    const bag: number[] = [];
    for (; t < tokens.count && tokens.ends[t] <= s.end; t++) {
      const norm = tokens.norms[t];
      if (lexicon.norms[norm].length >= MIN_WORD_CHARS) bag.push(tokens.keys[t]);
    }
    if (bag.length) {
      bags.push(bag);
      ranges.push({ start: s.start, end: s.end });
    }
  }
  // Join short sentences forward (the last one, having no successor, stays as it is).
  const outRanges: PanRange[] = [];
  const outBags: number[][] = [];
  let carry: number[] = [];
  let carryStart = -1;
  for (let i = 0; i < bags.length; i++) {
    const bag = carry.length ? carry.concat(bags[i]) : bags[i];
    const start = carryStart >= 0 ? carryStart : ranges[i].start;
    if (bag.length < minSentenceWords && i < bags.length - 1) {
      carry = bag;
      carryStart = start;
      continue;
    }
    outRanges.push({ start, end: ranges[i].end });
    outBags.push(bag);
    carry = [];
    carryStart = -1;
  }
  const terms: Int32Array[] = [];
  const counts: Int32Array[] = [];
  for (const bag of outBags) {
    bag.sort((x, y) => x - y);
    const ids: number[] = [];
    const tf: number[] = [];
    for (const id of bag) {
      if (ids.length && ids[ids.length - 1] === id) tf[tf.length - 1]++;
      else { ids.push(id); tf.push(1); }
    }
    terms.push(Int32Array.from(ids));
    counts.push(Int32Array.from(tf));
  }
  return { text, tokens, sentences: outRanges, terms, counts };
}

/** Sentences longer than this many characters are cut at their line breaks. */
const LONG_SENTENCE = 250;

/**
 * A "sentence" that runs over several lines without a full stop is usually a list, a table or
 * headings run together (web text pasted line by line); comparing it as one bag would blur
 * every passage inside it, so long ones are cut at their line breaks.
 */
function splitLong(text: string, spans: readonly PanRange[]): PanRange[] {
  const out: PanRange[] = [];
  for (const s of spans) {
    if (s.end - s.start <= LONG_SENTENCE) {
      out.push(s);
      continue;
    }
    let start = s.start;
    for (let i = s.start; i < s.end; i++) {
      if (text[i] === '\n' || text[i] === '\r') {
        const piece = trim(text, { start, end: i });
        if (piece.end > piece.start) out.push(piece);
        start = i + 1;
      }
    }
    const last = trim(text, { start, end: s.end });
    if (last.end > last.start) out.push(last);
  }
  return out;
}
