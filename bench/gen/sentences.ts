/**
 * Seeded news-like sentences: statements built from a small phrase grammar over the lexicon,
 * and attributed quotes in the two common shapes ("…," X said. / X said: "…").
 */
import { FUNCTION, type Lexicon } from './lexicon';
import type { Rng } from './rng';
import type { Sentence } from './model';

export class SentenceMaker {
  constructor(
    private readonly rng: Rng,
    private readonly lex: Lexicon,
  ) {}

  private noun(): string {
    return this.lex.nouns[this.rng.zipf(this.lex.nouns.length)];
  }

  private nounPhrase(): string {
    const r = this.rng;
    const adj = r.chance(0.4) ? `${this.lex.adjectives[r.zipf(this.lex.adjectives.length)]} ` : '';
    return `${r.pick(FUNCTION.det)} ${adj}${this.noun()}`;
  }

  person(): string {
    const r = this.rng;
    return `${this.lex.firstNames[r.zipf(this.lex.firstNames.length)]} ${this.lex.lastNames[r.zipf(this.lex.lastNames.length)]}`;
  }

  place(): string {
    return this.lex.places[this.rng.zipf(this.lex.places.length)];
  }

  private subject(): string {
    const r = this.rng.next();
    if (r < 0.45) return this.nounPhrase();
    if (r < 0.6) return this.person();
    if (r < 0.75) return `the ${this.lex.organisations[this.rng.zipf(this.lex.organisations.length)]}`;
    return this.rng.pick(FUNCTION.pron);
  }

  private prepPhrase(): string {
    return `${this.rng.pick(FUNCTION.prep)} ${this.rng.chance(0.3) ? this.place() : this.nounPhrase()}`;
  }

  private clause(): string {
    const r = this.rng;
    const parts = [this.subject()];
    if (r.chance(0.2)) parts.push(r.pick(FUNCTION.adv));
    if (r.chance(0.3)) parts.push(r.pick(FUNCTION.aux), this.lex.verbsBase[r.zipf(this.lex.verbsBase.length)]);
    else parts.push(this.lex.verbsPast[r.zipf(this.lex.verbsPast.length)]);
    parts.push(this.nounPhrase());
    const preps = r.range(0, 2);
    for (let i = 0; i < preps; i++) parts.push(this.prepPhrase());
    return parts.join(' ');
  }

  private capitalised(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  /** A plain statement of roughly 10–35 words. */
  statement(): Sentence {
    const r = this.rng;
    let text = this.clause();
    if (r.chance(0.45)) text += `, ${r.pick(FUNCTION.conj)} ${this.clause()}`;
    if (r.chance(0.25)) text += `, ${r.pick(FUNCTION.rel)} ${this.lex.verbsPast[r.zipf(this.lex.verbsPast.length)]} ${this.nounPhrase()}`;
    return { pre: `${this.capitalised(text)}.`, quote: null, quoteEnd: '', post: '', quoteFamily: null };
  }

  /** The words a speaker is quoted as saying (7–25 words, no closing punctuation). */
  quoteWords(): string {
    const r = this.rng;
    let text = `${r.pick(['we', 'we', 'I', 'this', 'our', 'nobody'])} ${r.pick(FUNCTION.aux)} ${this.lex.verbsBase[r.zipf(this.lex.verbsBase.length)]} ${this.nounPhrase()} ${this.prepPhrase()}`;
    if (r.chance(0.6)) text += ` ${r.pick(FUNCTION.conj)} ${this.clause()}`;
    return this.capitalised(text);
  }

  /** A sentence attributing `words` to `speaker`, in one of the usual shapes. */
  attribute(words: string, speaker: string, family: string): Sentence {
    return attribute(this.rng, words, speaker, family);
  }

  title(): string {
    const words = this.clause().split(' ').slice(0, this.rng.range(5, 10));
    return words.map((w) => this.capitalised(w)).join(' ');
  }
}

/** A sentence attributing `words` to `speaker`: `"…," X said.` (60%) or `X said: "…."`. */
export function attribute(rng: Rng, words: string, speaker: string, family: string): Sentence {
  const verb = rng.pick(FUNCTION.speech);
  if (rng.chance(0.6)) return { pre: '', quote: words, quoteEnd: ',', post: ` ${speaker} ${verb}.`, quoteFamily: family };
  return { pre: `${speaker} ${verb}: `, quote: words, quoteEnd: '.', post: '', quoteFamily: family };
}
