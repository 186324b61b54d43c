import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { paragraphs, Range, trim } from './paragraphs';

/** Sentence spans of a text, each inside one paragraph, as original UTF-16 ranges. */
export interface Sentence extends Range {
  /** Index of the paragraph holding it. */
  readonly paragraph: number;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** wink-nlp with only the sentence boundary detector; loaded once, on first use. */
function pipeline(): Nlp {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

/** Above this a paragraph is split by a plain punctuation rule (bounded time on huge lines). */
const NLP_PARAGRAPH_LIMIT = 20_000;

/**
 * Splits each paragraph into sentences with wink-nlp, which knows abbreviations ("Mr.",
 * "U.S.") and quotes that close after the full stop. wink reports token indices, so offsets
 * are rebuilt from its tokens and their preceding white space; if the rebuild ever disagrees
 * with the text the paragraph falls back to the punctuation rule rather than guess.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((p, index) => {
    const ranges = p.end - p.start <= NLP_PARAGRAPH_LIMIT ? byWink(text, p) : null;
    for (const r of ranges ?? byPunctuation(text, p)) out.push({ ...r, paragraph: index });
  });
  return out;
}

function byWink(text: string, p: Range): Range[] | null {
  const nlp = pipeline();
  const its = nlp.its;
  const para = text.slice(p.start, p.end);
  const doc = nlp.readDoc(para);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts: number[] = [];
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i].length;
    if (!para.startsWith(values[i], pos)) return null;
    starts.push(pos);
    pos += values[i].length;
  }
  const out: Range[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    const r = trim(text, { start: p.start + starts[first], end: p.start + starts[last] + values[last].length });
    if (r.end > r.start) out.push(r);
  }
  return out;
}

/** Ends a sentence after . ! ? (and any closing quotes) followed by space and a capital. */
function byPunctuation(text: string, p: Range): Range[] {
  const out: Range[] = [];
  const re = /[.!?]+["”’»)]*\s+(?=["“‘«(]?\p{Lu})/gu;
  re.lastIndex = p.start;
  let start = p.start;
  for (let m = re.exec(text); m && m.index < p.end; m = re.exec(text)) {
    const end = m.index + m[0].length;
    out.push(trim(text, { start, end }));
    start = end;
  }
  out.push(trim(text, { start, end: p.end }));
  return out.filter((r) => r.end > r.start);
}
