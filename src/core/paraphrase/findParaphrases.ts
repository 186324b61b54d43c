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
const MAX_POSTINGS = 24;
/**
 * The index is built anew once this many articles came or went since it last was (or more
 * than half of them), which frees the slots of statements that left; in between, only the
 * statements of changed articles, and those holding a word whose list crossed MAX_POSTINGS,
 * are matched again, with the same result as building it anew.
 */
const REBUILD_AFTER = 256;
/** Longest sentence compared, in words; longer ones are cut. */
const MAX_SENTENCE = 80;

/**
 * An article's statements packed in one array (a folder of small articles holds millions of
 * statements: with an object and an array for each, the index took 200 MB at 100,000 small articles): the count
 * n; the first and end token of each; n + 1 offsets into the anchors; each statement's
 * distinct anchor keys, one after the other.
 */
class Statements {
  constructor(private readonly packed: Int32Array) {}

  static pack(spans: readonly number[], anchors: readonly (readonly number[])[]): Statements {
    const n = anchors.length;
    const packed = new Int32Array(1 + 2 * n + n + 1 + anchors.reduce((sum, a) => sum + a.length, 0));
    packed[0] = n;
    packed.set(spans, 1);
    let at = 0;
    anchors.forEach((a, i) => {
      packed[1 + 2 * n + i] = at;
      packed.set(a, 2 + 3 * n + at);
      at += a.length;
    });
    packed[1 + 3 * n] = at;
    return new Statements(packed);
  }

  get count(): number {
    return this.packed[0];
  }

  from(i: number): number {
    return this.packed[1 + 2 * i];
  }

  to(i: number): number {
    return this.packed[2 + 2 * i];
  }

  /** Statement i's anchor keys (a view, not a copy). */
  anchors(i: number): Int32Array {
    const n = this.packed[0];
    const base = 2 + 3 * n;
    return this.packed.subarray(base + this.packed[1 + 2 * n + i], base + this.packed[2 + 2 * n + i]);
  }

  anchorCount(i: number): number {
    const n = this.packed[0];
    return this.packed[2 + 2 * n + i] - this.packed[1 + 2 * n + i];
  }
}

/** An indexed article: its statements have the ids first, first + 1, … in order. */
interface Indexed {
  readonly stream: TokenStream;
  readonly source: StatementSource;
  readonly statements: Statements;
  readonly first: number;
}

/** What the score cache keeps for a pair below PARAPHRASE_MIN: the decision, not the words matched. */
const NOT_SAME: StatementMatch = { score: 0, pairs: new Int32Array(0) };

/**
 * Finds sentences that state the same thing in other words across articles. Candidates are
 * pairs of sentences in different articles sharing at least two uncommon words (names, numbers,
 * words rarer than one article in a hundred at large) through an index of such words; each
 * candidate is scored by matchStatements and kept at PARAPHRASE_MIN or more. The index is kept
 * between calls: articles that came are indexed and compared, those that left are dropped, so a
 * session looks only at what a changed article touches (see REBUILD_AFTER).
 */
export class ParaphraseFinder {
  private statements = new WeakMap<TokenStream, Statements>();
  /** The articles indexed, by token stream. */
  private readonly streams = new Map<TokenStream, Indexed>();
  /** Statement ids by anchor key. */
  private readonly postings = new Map<number, number[]>();
  /** Each statement id's article (null once it left); the statement is `statements[id - first]`. */
  private readonly owners: Array<Indexed | null> = [];
  /** Links found, by the pair of statement ids: the earlier article's statement `a`, pairs (i in a, j in b). */
  private readonly found = new Map<number, { a: number; b: number; pairs: Int32Array }>();
  /** Articles added or removed since the index was built from scratch. */
  private changed = 0;
  private counts = new Int32Array(1024);
  private scores = new WeakMap<TokenStream, WeakMap<TokenStream, Map<number, StatementMatch>>>();
  /** WordNet senses of each key id (null: none), filled as met. */
  private readonly senses: Array<Senses | null> = [];
  private readonly sensesByKey = (key: number): Senses | undefined => {
    let s = this.senses[key];
    if (s === undefined) this.senses[key] = s = sensesOf(this.stemOf(key)) ?? null;
    return s ?? undefined;
  };
  /** Weight of a word by its norm id (see wordWeight); `background` caches the costly part. */
  private readonly weightOf = (norm: number): number => wordWeight(this.background(norm));

  constructor(
    private readonly isStop: (key: number) => boolean,
    private readonly background: (norm: number) => number,
    private readonly stemOf: (key: number) => string,
    private readonly sameSpelling: (a: TokenStream, i: number, b: TokenStream, j: number) => boolean,
  ) {}

  /** Paraphrase links among the articles, given in "first appeared" order (a before b). */
  find(sources: readonly StatementSource[]): ParaphraseLink[] {
    const docOf = new Map<TokenStream, number>(sources.map((s, d) => [s.side.tokens, d]));
    const gone = [...this.streams.keys()].filter((t) => !docOf.has(t));
    const fresh = sources.filter((s) => !this.streams.has(s.side.tokens));
    if (this.changed + gone.length + fresh.length > Math.max(REBUILD_AFTER, sources.length / 2)) {
      this.reset();
      this.match(this.index(sources), docOf);
    } else if (gone.length + fresh.length > 0) {
      this.changed += gone.length + fresh.length;
      // Sizes of the anchor lists before this change, for the words whose list it touches.
      const before = new Map<number, number>();
      for (const t of gone) this.remove(t, before);
      const added = this.index(fresh, before);
      // A word whose list crossed MAX_POSTINGS now finds candidates it did not, or no longer
      // finds those it did: its statements are matched again, as if new.
      const again = new Set<number>(added);
      for (const [k, size] of before) {
        const now = this.postings.get(k)?.length ?? 0;
        if ((size > MAX_POSTINGS) !== (now > MAX_POSTINGS)) for (const id of this.postings.get(k) ?? []) again.add(id);
      }
      this.match([...again].sort((x, y) => x - y), docOf);
    }
    const out: ParaphraseLink[] = [];
    for (const f of this.found.values()) {
      const x = this.owners[f.a]!;
      const y = this.owners[f.b]!;
      const i = f.a - x.first;
      const j = f.b - y.first;
      out.push({ a: { doc: docOf.get(x.stream)!, start: x.statements.from(i), end: x.statements.to(i) }, b: { doc: docOf.get(y.stream)!, start: y.statements.from(j), end: y.statements.to(j) }, pairs: f.pairs });
    }
    return out.sort((x, y) => x.a.doc - y.a.doc || x.a.start - y.a.start || x.b.doc - y.b.doc || x.b.start - y.b.start);
  }

  /** Forgets everything: the next sources are indexed from scratch. */
  private reset(): void {
    this.streams.clear();
    this.postings.clear();
    this.owners.length = 0;
    this.found.clear();
    this.changed = 0;
  }

  /**
   * Indexes the statements of `sources` by their anchor words and returns their ids; `before`
   * receives the earlier size of every anchor list touched for the first time.
   */
  private index(sources: readonly StatementSource[], before?: Map<number, number>): number[] {
    const added: number[] = [];
    for (const s of sources) {
      const t = s.side.tokens;
      const indexed: Indexed = { stream: t, source: s, statements: this.statementsOf(s), first: this.owners.length };
      for (let i = 0; i < indexed.statements.count; i++) {
        const id = this.owners.length;
        this.owners.push(indexed);
        added.push(id);
        for (const k of indexed.statements.anchors(i)) {
          const list = this.postings.get(k);
          if (before && !before.has(k)) before.set(k, list?.length ?? 0);
          if (list) list.push(id);
          else this.postings.set(k, [id]);
        }
      }
      this.streams.set(t, indexed);
    }
    return added;
  }

  /**
   * Compares each statement of `ids` (ascending) with the statements sharing enough anchors
   * with it (see SHARED_ANCHORS, ANCHOR_SHARE), an anchor held by more than MAX_POSTINGS
   * statements finding none, after dropping the links they had. Each pair is looked at once:
   * one of `ids` with every statement outside them, and with those of `ids` after it.
   */
  private match(ids: readonly number[], docOf: ReadonlyMap<TokenStream, number>): void {
    const redo = new Set(ids);
    if (this.found.size > 0) for (const [key, f] of this.found) if (redo.has(f.a) || redo.has(f.b)) this.found.delete(key);
    if (this.counts.length < this.owners.length) this.counts = new Int32Array(2 * this.owners.length);
    const counts = this.counts;
    const touched: number[] = [];
    // Content words of the statements compared in this call, read once each (most never are).
    const words = new Map<number, StatementWords>();
    for (const id of ids) {
      const a = this.owners[id]!;
      const anchorsOfA = a.statements.anchors(id - a.first);
      for (const k of anchorsOfA) {
        const list = this.postings.get(k)!;
        if (list.length < 2 || list.length > MAX_POSTINGS) continue;
        for (const other of list) {
          if (other === id || (other < id && redo.has(other))) continue;
          const b = this.owners[other];
          if (b && b.stream !== a.stream && counts[other]++ === 0) touched.push(other);
        }
      }
      for (const other of touched) {
        const c = counts[other];
        counts[other] = 0;
        const b = this.owners[other]!;
        // Most of each side's anchors must be shared: a restatement keeps its names and rare words.
        if (c < SHARED_ANCHORS || c < ANCHOR_SHARE * Math.max(anchorsOfA.length, b.statements.anchorCount(other - b.first))) continue;
        // Compared in "first appeared" order, which two articles keep whatever else comes or goes.
        const aFirst = docOf.get(a.stream)! < docOf.get(b.stream)!;
        const m = aFirst ? this.score(id, other, words) : this.score(other, id, words);
        if (m.score >= PARAPHRASE_MIN) this.found.set(pairId(Math.min(id, other), Math.max(id, other)), { a: aFirst ? id : other, b: aFirst ? other : id, pairs: m.pairs });
      }
      touched.length = 0;
    }
  }

  /** Drops an article's statements from the index and its links; `before` as for index. */
  private remove(t: TokenStream, before: Map<number, number>): void {
    const gone = this.streams.get(t)!;
    this.streams.delete(t);
    const ids = new Set<number>();
    const keys = new Set<number>();
    for (let n = 0; n < gone.statements.count; n++) {
      const id = gone.first + n;
      ids.add(id);
      for (const k of gone.statements.anchors(n)) keys.add(k);
      this.owners[id] = null;
    }
    for (const k of keys) {
      const old = this.postings.get(k)!;
      if (!before.has(k)) before.set(k, old.length);
      const list = old.filter((x) => !ids.has(x));
      if (list.length) this.postings.set(k, list);
      else this.postings.delete(k);
    }
    for (const [key, f] of this.found) if (ids.has(f.a) || ids.has(f.b)) this.found.delete(key);
  }

  /**
   * Scores statement `x` (of the article that came first) against statement `y`, cached by the
   * pair of token streams and statement positions, which outlive ids across rebuilds of the index.
   */
  private score(x: number, y: number, words: Map<number, StatementWords>): StatementMatch {
    const a = this.owners[x]!;
    const b = this.owners[y]!;
    const ta = a.stream;
    const tb = b.stream;
    let byB = this.scores.get(ta);
    if (!byB) this.scores.set(ta, (byB = new WeakMap()));
    let byPair = byB.get(tb);
    if (!byPair) byB.set(tb, (byPair = new Map()));
    const key = (x - a.first) * 2 ** 20 + (y - b.first);
    let m = byPair.get(key);
    if (!m) {
      m = matchStatements(this.wordsOf(x, words), this.wordsOf(y, words), this.sensesByKey, (i, j) => this.sameSpelling(ta, i, tb, j));
      if (m.score < PARAPHRASE_MIN) m = NOT_SAME;
      byPair.set(key, m);
    }
    return m;
  }

  private wordsOf(id: number, cache: Map<number, StatementWords>): StatementWords {
    let w = cache.get(id);
    if (!w) {
      const o = this.owners[id]!;
      const i = id - o.first;
      cache.set(id, (w = statementWords(o.source.side, o.statements.from(i), o.statements.to(i), this.isStop, this.weightOf)));
    }
    return w;
  }

  private statementsOf(s: StatementSource): Statements {
    const t = s.side.tokens;
    const text = s.side.text;
    const known = this.statements.get(t);
    if (known) return known;
    const spans: number[] = [];
    const anchorLists: number[][] = [];
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
      if (content >= MIN_STATEMENT_WORDS && anchors.size >= SHARED_ANCHORS) {
        spans.push(from, k);
        anchorLists.push([...anchors]);
      }
      from = k;
    }
    const packed = Statements.pack(spans, anchorLists);
    this.statements.set(t, packed);
    return packed;
  }
}

function pairId(first: number, second: number): number {
  return first * 2 ** 26 + second;
}

