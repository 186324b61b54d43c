/**
 * Where a generated corpus's original text comes from. The generator plans reuse the same
 * way whatever the text is; a prose source supplies what is written new: original paragraphs
 * (with their planted quotes), titles, people's names, outlets, and the words edits put in.
 * `syntheticProse` is the seeded pseudo-word text of the original benchmark; the real-text
 * source (bench/realtext/prose.ts) hands out paragraphs of real documents.
 */
import { buildOutlets, type Outlet } from './boilerplate';
import { buildLexicon } from './lexicon';
import type { Paragraph, Sentence } from './model';
import type { Rng } from './rng';
import { SentenceMaker } from './sentences';

export interface ProseSource {
  /** Names the kind of text, recorded in the truth (`synthetic`, `real`). */
  readonly name: string;
  /** Words edits substitute or add, most frequent first. */
  readonly vocabulary: readonly string[];
  /** Whether the prose around quotes is set in the outlet's quotation style too (real text has its own marks). */
  readonly restyleProse: boolean;
  outlets(count: number): Outlet[];
  /** A new original paragraph; its quotes get families `q:<family>.<sentence>`. */
  paragraph(family: string): Paragraph;
  /** A sentence attributing `words` to `speaker` (a re-quote). */
  attribute(words: string, speaker: string, family: string): Sentence;
  person(): string;
  title(): string;
  /** What the source says about itself for the truth file (for example, the pool it used). */
  describe(): Record<string, unknown>;
}

/** The original synthetic text: sentences from a phrase grammar over a seeded pseudo-word lexicon. */
export function syntheticProse(rng: Rng, seed: number): ProseSource {
  const lex = buildLexicon(seed);
  const make = new SentenceMaker(rng, lex);
  return {
    name: 'synthetic',
    vocabulary: lex.all,
    restyleProse: false,
    outlets: (count) => buildOutlets(rng, lex.places, count),
    paragraph(family) {
      const n = rng.range(1, 4);
      const sentences: Sentence[] = [];
      for (let s = 0; s < n; s++) {
        sentences.push(rng.chance(0.14) ? make.attribute(make.quoteWords(), make.person(), `q:${family}.${s}`) : make.statement());
      }
      return { family, sentences };
    },
    attribute: (words, speaker, family) => make.attribute(words, speaker, family),
    person: () => make.person(),
    title: () => make.title(),
    describe: () => ({ text: 'synthetic' }),
  };
}
