/**
 * The real-text source for the reprint generator: original paragraphs are base paragraphs of
 * the pool (pool.ts), each handed out once, documents in a seeded order and each document's
 * paragraphs in their own order (so an article reads like a stretch of one page, and two
 * neighbouring articles may share a subject without sharing words). Titles are the pool's
 * heading lines, also used once. Planted quotes are real sentences, or clauses of longer
 * sentences, of 7 to 25 words, wrapped as attributed quotes. Edits draw their words from the
 * pool's vocabulary. People and outlets get ordinary English names.
 */
import { buildOutlets } from '../gen/boilerplate';
import type { Paragraph, Sentence } from '../gen/model';
import type { ProseSource } from '../gen/prose';
import type { Rng } from '../gen/rng';
import { attribute } from '../gen/sentences';
import type { RealTextPool } from './pool';
import { wordsOf } from './wordRuns';

/** Chance that a sentence which can be quoted becomes an attributed quote. */
export const QUOTE_CHANCE = 0.18;
export const QUOTE_MIN_WORDS = 7;
export const QUOTE_MAX_WORDS = 25;

const FIRST = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Daniel', 'Karen', 'Matthew', 'Nancy', 'Anthony', 'Lisa', 'Mark', 'Sandra',
  'Paul', 'Ashley', 'Steven', 'Emily', 'Andrew', 'Donna', 'Joshua', 'Michelle', 'Kevin', 'Carol', 'Brian', 'Amanda', 'Aigerim', 'Yerlan',
  'Wei', 'Li', 'Olga', 'Dmitry', 'Fatima', 'Ahmed', 'Priya', 'Rahul', 'Lucia', 'Carlos'];
const LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis',
  'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell',
  'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Nurlanov', 'Sadykova', 'Zhang', 'Wang', 'Ivanova', 'Petrov', 'Khan', 'Patel',
  'Singh', 'Okafor', 'Mensah', 'Novak', 'Kowalski', 'Rossi', 'Silva', 'Costa'];
const PLACES = ['Springfield', 'Riverside', 'Fairview', 'Georgetown', 'Madison', 'Clinton', 'Franklin', 'Salem', 'Bristol', 'Dover',
  'Oxford', 'Arlington', 'Ashland', 'Burlington', 'Clayton', 'Dayton', 'Lexington', 'Milford', 'Newport', 'Oakland', 'Chester', 'Aurora',
  'Hudson', 'Kingston', 'Lakewood', 'Marion', 'Richmond', 'Shelby', 'Windsor', 'Almaty', 'Astana', 'Geneva', 'Lyon', 'Porto', 'Leeds'];

/** The words of `sentence` (or of a clause of it) to quote, without closing punctuation; null when none fit. */
export function quotable(sentence: string): string | null {
  const s = sentence.trim().replace(/[\s.!?;:,]+$/, '');
  if (/["\u201c\u201d]/.test(s)) return null;
  const fits = (t: string) => {
    const n = wordsOf(t).length;
    return n >= QUOTE_MIN_WORDS && n <= QUOTE_MAX_WORDS;
  };
  if (fits(s)) return s;
  // A longer sentence: from the first clause (comma, semicolon or colon separated) where one
  // fits, the longest run of consecutive clauses that still fits.
  const pieces = s.split(/(?<=[,;:])\s+/);
  for (let i = 0; i < pieces.length; i++) {
    let best: string | null = null;
    for (let j = i + 1; j <= pieces.length; j++) {
      const clause = pieces.slice(i, j).join(' ').replace(/[\s,;:]+$/, '');
      if (fits(clause)) best = clause;
      else if (wordsOf(clause).length > QUOTE_MAX_WORDS) break;
    }
    if (best !== null) return best;
  }
  return null;
}

/** A prose source over `pool` for generateCorpus's `prose` option. */
export function realProse(pool: RealTextPool): (rng: Rng, seed: number) => ProseSource {
  return (rng) => {
    // Documents in a seeded order; each document's paragraphs in their own order.
    const byDocument = new Map<string, number[]>();
    pool.paragraphs.forEach((p, i) => {
      const doc = p.origin.slice(0, p.origin.lastIndexOf(':'));
      const list = byDocument.get(doc);
      if (list) list.push(i);
      else byDocument.set(doc, [i]);
    });
    const order = rng.fork(0x5eed1).shuffled([...byDocument.values()]).flat();
    const titles = rng.fork(0x5eed2).shuffled(pool.titles);
    let nextParagraph = 0;
    let nextTitle = 0;
    let fallbackTitles = 0;
    const take = () => {
      if (nextParagraph >= order.length) {
        throw new Error(`the real-text pool (${pool.dir}) has ${order.length} base paragraphs, all used; generate fewer articles`);
      }
      return pool.paragraphs[order[nextParagraph++]];
    };
    const person = () => `${FIRST[rng.int(FIRST.length)]} ${LAST[rng.int(LAST.length)]}`;
    return {
      name: 'real',
      vocabulary: pool.vocabulary,
      restyleProse: true,
      outlets: (count) => buildOutlets(rng, PLACES, count),
      paragraph(family): Paragraph {
        const sentences: Sentence[] = take().sentences.map((text, i) => {
          const words = rng.chance(QUOTE_CHANCE) ? quotable(text) : null;
          if (words !== null) return attribute(rng, words, person(), `q:${family}.${i}`);
          return { pre: text, quote: null, quoteEnd: '', post: '', quoteFamily: null };
        });
        return { family, sentences };
      },
      attribute: (words, speaker, family) => attribute(rng, words, speaker, family),
      person,
      title() {
        if (nextTitle < titles.length) return titles[nextTitle++];
        // Out of headings: the first words of an otherwise unused paragraph.
        fallbackTitles++;
        return wordsOf(take().sentences[0]).slice(0, 8).map((w) => w.key).join(' ').replace(/^./, (c) => c.toUpperCase());
      },
      describe: () => ({
        text: 'real',
        dir: pool.dir,
        documents: pool.documents,
        poolParagraphs: pool.paragraphs.length,
        paragraphsUsed: nextParagraph,
        titlesUsed: nextTitle,
        fallbackTitles,
        dedupRun: 8,
      }),
    };
  };
}
