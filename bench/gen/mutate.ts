/**
 * The ways a reprint changes what it copies: a given share of words replaced, removed or
 * added; sentences dropped; hyphenation debris left inside words by a line-broken source
 * ("Washing-ton", "govern- ment"). Each function returns a new structure and how much it did.
 */
import type { Rng } from './rng';
import type { Paragraph, Sentence } from './model';

type Segment = 'pre' | 'quote' | 'post';
const SEGMENTS: readonly Segment[] = ['pre', 'quote', 'post'];

function cloneSentence(s: Sentence): Sentence {
  return { ...s };
}

export function cloneParagraph(p: Paragraph): Paragraph {
  return { family: p.family, sentences: p.sentences.map(cloneSentence) };
}

/** Replaces the letters of `token` with `word`, keeping its punctuation and capital. */
function substitute(token: string, word: string): string {
  const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}'’-]+)([^\p{L}\p{N}]*)$/u.exec(token);
  if (!m) return token;
  const capital = m[2].charAt(0) !== m[2].charAt(0).toLowerCase();
  const w = capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  return m[1] + w + m[3];
}

/**
 * Changes round(rate × words) words of the paragraph (at random positions, the fraction
 * rounded at random): 70% replaced by another word, 15% removed, 15% followed by an added word.
 * Replacement and added words are drawn from `vocabulary` (most frequent first, Zipf-like).
 * Returns the number of words changed.
 */
export function editWords(p: Paragraph, rate: number, rng: Rng, vocabulary: readonly string[]): number {
  if (rate <= 0) return 0;
  const slots: Array<{ s: Sentence; seg: Segment; i: number }> = [];
  const tokens = new Map<Sentence, Record<Segment, Array<string | null>>>();
  for (const s of p.sentences) {
    const split: Record<Segment, Array<string | null>> = { pre: [], quote: [], post: [] };
    for (const seg of SEGMENTS) {
      const v = s[seg];
      if (!v) continue;
      split[seg] = v.split(' ');
      split[seg].forEach((t, i) => {
        if (t !== null && /[\p{L}\p{N}]/u.test(t)) slots.push({ s, seg, i });
      });
    }
    tokens.set(s, split);
  }
  const exact = rate * slots.length;
  const count = Math.min(slots.length, Math.floor(exact) + (rng.chance(exact - Math.floor(exact)) ? 1 : 0));
  const chosen = rng.shuffled(slots).slice(0, count);
  for (const { s, seg, i } of chosen) {
    const list = tokens.get(s)![seg];
    const token = list[i]!;
    const word = vocabulary[rng.zipf(vocabulary.length)];
    const r = rng.next();
    const removable = !/[^\p{L}\p{N}]$/u.test(token) && list.filter((t) => t !== null && t !== '').length > 1;
    if (r < 0.7) list[i] = substitute(token, word);
    else if (r < 0.85 && removable) list[i] = null;
    else list[i] = `${token} ${word}`;
  }
  for (const s of p.sentences) {
    const split = tokens.get(s)!;
    for (const seg of SEGMENTS) {
      if (s[seg]) (s as unknown as Record<Segment, string>)[seg] = split[seg].filter((t) => t !== null).join(' ');
    }
  }
  return count;
}

/** Drops `n` sentences other than the first (never all). Returns how many were dropped. */
export function dropSentences(p: Paragraph, n: number, rng: Rng): number {
  let dropped = 0;
  while (dropped < n && p.sentences.length > 2) {
    p.sentences.splice(1 + rng.int(p.sentences.length - 1), 1);
    dropped++;
  }
  return dropped;
}

/** Breaks `n` long words with a stray hyphen, as text pasted from a hyphenated column shows. */
export function hyphenate(p: Paragraph, n: number, rng: Rng): number {
  let done = 0;
  for (let attempt = 0; attempt < n * 8 && done < n; attempt++) {
    const s = rng.pick(p.sentences);
    const seg: Segment = s.quote && rng.chance(0.5) ? 'quote' : 'pre';
    const text = s[seg];
    if (!text) continue;
    const words = text.split(' ');
    const i = rng.int(words.length);
    const w = words[i];
    if (!/^\p{L}{7,}$/u.test(w)) continue;
    const cut = 3 + rng.int(w.length - 5);
    words[i] = `${w.slice(0, cut)}${rng.chance(0.7) ? '-' : '- '}${w.slice(cut)}`;
    (s as unknown as Record<Segment, string>)[seg] = words.join(' ');
    done++;
  }
  return done;
}
