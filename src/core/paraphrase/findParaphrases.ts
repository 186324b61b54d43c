import type { TokenStream } from '../normalize/tokenize';
import type { TokenSpan } from '../match/quotePhrases';
import type { MatchSide } from '../evidence/wording';
import { isCapital } from '../evidence/wording';
import { Senses, sensesOf } from './synonyms';
import { matchStatements, MIN_STATEMENT_WORDS, PARAPHRASE_MIN, StatementMatch, StatementWords, statementWords, wordWeight } from './statementMatch';

/** A sentence of one article linked to a sentence of a later one that says the same in other words. */
export interface ParaphraseLink {
  readonly a: TokenSpan;
  readonly b: TokenSpan;
  readonly pairs: Int32Array;
}

/** An article as the finder reads it: its side (tokens and text) and where its sentences end. */
export interface StatementSource {
  readonly side: MatchSide;
  /** Whether a sentence ends between token k - 1 and token k (a line break always ends one). */
  readonly endsSentence: (k: number) => boolean;
}

/** A word is an anchor for finding candidates when at most this share of articles at large hold it. */
const RARE = 0.03;
/** Sentences a pair must share at least this many anchor words with to be compared. */
const SHARED_ANCHORS = 2;
/** Share of the larger anchor set two sentences must have in common to be compared. */
const ANCHOR_SHARE = 0.3;
/** An anchor word in more sentences than this across the folder finds no candidates (too common here). */
const MAX_POSTINGS = 64;
/** Longest sentence compared, in words; longer ones are cut. */
const MAX_SENTENCE = 80;

interface Statement {
  readonly from: number;
  readonly to: number;
  /** Its content words, read when it is first compared (most sentences never are). */
  words: StatementWords | null;
  /** Its distinct anchor keys. */
  readonly anchors: Int32Array;
}

/**
 * Finds sentences that state the same thing in other words across articles. Candidates are
 * pairs of sentences in different articles sharing at least two uncommon words (names, numbers,
 * words rarer than one article in a hundred at large) through an index of such words; each
 * candidate is scored by matchStatements and kept at PARAPHRASE_MIN or more. Statements and
 * scores are cached by the token streams they were read from, so a session recomputes only
 * what involves a changed article; the index is rebuilt from the cached statements each time,
 * which keeps the result a function of the current articles alone.
 */
export class ParaphraseFinder {
  private statements = new WeakMap<TokenStream, Statement[]>();
  private scores = new WeakMap<TokenStream, WeakMap<TokenStream, Map<number, StatementMatch>>>();
  /** WordNet senses of each key id (null: none), filled as met. */
  private readonly senses: Array<Senses | null> = [];
  private readonly sensesByKey = (key: number): Senses | undefined => {
    let s = this.senses[key];
    if (s === undefined) this.senses[key] = s = sensesOf(this.stemOf(key)) ?? null;
    return s ?? undefined;
  };
  /** Weight of each norm id (see wordWeight), filled as met. */
  private weights = new Float64Array(1024);
  private readonly weightOf = (norm: number): number => {
    if (norm >= this.weights.length) {
      const grown = new Float64Array(Math.max(2 * this.weights.length, norm + 1));
      grown.set(this.weights);
      this.weights = grown;
    }
    return (this.weights[norm] ||= wordWeight(this.background(norm)));
  };

  constructor(
    private readonly isStop: (key: number) => boolean,
    private readonly background: (norm: number) => number,
    private readonly stemOf: (key: number) => string,
    private readonly sameSpelling: (a: TokenStream, i: number, b: TokenStream, j: number) => boolean,
  ) {}

  /** Paraphrase links among the articles, given in "first appeared" order (a before b). */
  find(sources: readonly StatementSource[]): ParaphraseLink[] {
    const all = sources.map((s) => this.statementsOf(s));
    // Statements numbered in order, with their article and place, in typed columns.
    let total = 0;
    let maxKey = -1;
    for (const list of all) for (const st of list) { total++; for (const k of st.anchors) if (k > maxKey) maxKey = k; }
    const docOf = new Int32Array(total);
    const placeOf = new Int32Array(total);
    // Which statements hold each anchor key: a CSR table (first[k] .. first[k + 1]).
    const first = new Int32Array(maxKey + 2);
    let id = 0;
    all.forEach((list, doc) => list.forEach((st, n) => {
      docOf[id] = doc;
      placeOf[id++] = n;
      for (const k of st.anchors) first[k + 1]++;
    }));
    for (let k = 0; k <= maxKey; k++) first[k + 1] += first[k];
    const holders = new Int32Array(first[maxKey + 1]);
    const fill = first.slice(0, maxKey + 1);
    id = 0;
    for (const list of all) for (const st of list) { for (const k of st.anchors) holders[fill[k]++] = id; id++; }
    // For each statement, the later statements sharing anchors with it, counted in a typed
    // array (touched entries reset after each statement): pairs sharing enough are candidates.
    const counts = new Int32Array(total);
    const touched: number[] = [];
    const found: ParaphraseLink[] = [];
    for (id = 0; id < total; id++) {
      const da = docOf[id];
      const sa = all[da][placeOf[id]];
      for (const k of sa.anchors) {
        const from = first[k];
        const to = first[k + 1];
        if (to - from < 2 || to - from > MAX_POSTINGS) continue;
        for (let x = from; x < to; x++) {
          const other = holders[x];
          if (other > id && docOf[other] !== da && counts[other]++ === 0) touched.push(other);
        }
      }
      for (const other of touched) {
        const c = counts[other];
        counts[other] = 0;
        const db = docOf[other];
        const sb = all[db][placeOf[other]];
        // Most of each side's anchors must be shared: a restatement keeps its names and rare words.
        if (c < SHARED_ANCHORS || c < ANCHOR_SHARE * Math.max(sa.anchors.length, sb.anchors.length)) continue;
        const m = this.score(sources[da], sa, placeOf[id], sources[db], sb, placeOf[other]);
        if (m.score >= PARAPHRASE_MIN) found.push({ a: { doc: da, start: sa.from, end: sa.to }, b: { doc: db, start: sb.from, end: sb.to }, pairs: m.pairs });
      }
      touched.length = 0;
    }
    return found.sort((x, y) => x.a.doc - y.a.doc || x.a.start - y.a.start || x.b.doc - y.b.doc || x.b.start - y.b.start);
  }

  private score(sa: StatementSource, a: Statement, na: number, sb: StatementSource, b: Statement, nb: number): StatementMatch {
    const ta = sa.side.tokens;
    const tb = sb.side.tokens;
    let byB = this.scores.get(ta);
    if (!byB) this.scores.set(ta, (byB = new WeakMap()));
    let byPair = byB.get(tb);
    if (!byPair) byB.set(tb, (byPair = new Map()));
    const key = na * 2 ** 20 + nb;
    let m = byPair.get(key);
    if (!m) {
      a.words ??= statementWords(sa.side, a.from, a.to, this.isStop, this.weightOf);
      b.words ??= statementWords(sb.side, b.from, b.to, this.isStop, this.weightOf);
      m = matchStatements(a.words, b.words, this.sensesByKey, (i, j) => this.sameSpelling(ta, i, tb, j));
      byPair.set(key, m);
    }
    return m;
  }

  private statementsOf(s: StatementSource): Statement[] {
    const t = s.side.tokens;
    const text = s.side.text;
    let list = this.statements.get(t);
    if (list) return list;
    list = [];
    let from = 0;
    for (let k = 1; k <= t.count; k++) {
      if (k < t.count && !t.breaks[k] && !s.endsSentence(k) && k - from < MAX_SENTENCE) continue;
      // Its anchors: names and numbers (the first character says enough here; the matcher
      // looks closer), and words rare at large.
      const anchors = new Set<number>();
      let content = 0;
      for (let i = from; i < k; i++) {
        const key = t.keys[i];
        if (this.isStop(key)) continue;
        content++;
        const c = text.charCodeAt(t.starts[i]);
        if ((c >= 0x30 && c <= 0x39) || this.background(t.norms[i]) <= RARE || (i > from && isCapital(text, t.starts[i]))) anchors.add(key);
      }
      if (content >= MIN_STATEMENT_WORDS && anchors.size >= SHARED_ANCHORS) list.push({ from, to: k, words: null, anchors: Int32Array.from(anchors) });
      from = k;
    }
    this.statements.set(t, list);
    return list;
  }
}
