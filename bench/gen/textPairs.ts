/**
 * Pairs of texts for timing word diffs: a related pair (a text and a reprint of it, edited at
 * a given word rate, with a sentence dropped here and there and two paragraphs swapped) and an
 * unrelated pair (two independent texts), each about a requested size in characters.
 */
import { buildLexicon } from './lexicon';
import type { Paragraph } from './model';
import { cloneParagraph, dropSentences, editWords, hyphenate } from './mutate';
import { Rng } from './rng';
import { SentenceMaker } from './sentences';

function render(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => p.sentences.map((s) => (s.quote === null ? s.pre : `${s.pre}"${s.quote}${s.quoteEnd}"${s.post}`)).join(' ')).join('\n\n');
}

function paragraphsOfSize(make: SentenceMaker, rng: Rng, chars: number): Paragraph[] {
  const out: Paragraph[] = [];
  let size = 0;
  while (size < chars) {
    const n = rng.range(1, 4);
    const p: Paragraph = { family: `p${out.length}`, sentences: [] };
    for (let i = 0; i < n; i++) p.sentences.push(rng.chance(0.15) ? make.attribute(make.quoteWords(), make.person(), `q${out.length}.${i}`) : make.statement());
    out.push(p);
    size = render(out).length;
  }
  return out;
}

export function relatedPair(chars: number, editRate: number, seed = 11): { a: string; b: string } {
  const rng = new Rng(seed);
  const lex = buildLexicon(seed);
  const make = new SentenceMaker(rng, lex);
  const original = paragraphsOfSize(make, rng, chars);
  const copy = original.map((p) => {
    const c = cloneParagraph(p);
    if (rng.chance(0.2)) dropSentences(c, 1, rng);
    editWords(c, editRate, rng, lex.all);
    if (rng.chance(0.1)) hyphenate(c, 1, rng);
    return c;
  });
  if (copy.length >= 4) {
    const i = rng.int(copy.length - 1);
    [copy[i], copy[i + 1]] = [copy[i + 1], copy[i]];
  }
  return { a: render(original), b: render(copy) };
}

export function unrelatedPair(chars: number, seed = 12): { a: string; b: string } {
  const rng = new Rng(seed);
  const lex = buildLexicon(seed);
  const make = new SentenceMaker(rng, lex);
  return { a: render(paragraphsOfSize(make, rng, chars)), b: render(paragraphsOfSize(make, rng, chars)) };
}
