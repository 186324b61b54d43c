import type { AlignOptions, AlignResult, ArticleInput } from '../types';
import { Article, firstAppearanceOrder, placeArticle, prepareArticle, PreparedArticle, scanArticle, ScannedArticle, wholeWords } from '../input/article';
import { Lexicon } from '../normalize/lexicon';
import { quotations, Quotation } from '../segment/quotes';
import { shingleHashes } from '../match/shingles';
import { MAX_REPEATS, pairSeedSteps, sortSeeds } from '../match/seedIndex';
import { ShingleHolders } from '../match/shingleHolders';
import { KeyHolders } from '../match/keyHolders';
import { endsSentence, findPhraseHits, forwardMatch, Link, Phrase, phraseHitsIn, phraseLinks, phrasesOf, TokenSpan } from '../match/quotePhrases';
import { ClusterGroups, insideQuotes } from '../cluster/buildClusters';
import type { Cluster } from '../types';
import type { TokenRegion } from './pairAlign';
import type { TokenStream } from '../normalize/tokenize';
import { packTokens, PairAligner, PairJob, PairResult, SharedTokens, streamFromTable } from './pairJobs';
import { Settings, settingsFrom } from './settings';
import { finish } from '../util/steps';
import { Counts } from '../util/counts';
import { WordOdds } from '../evidence/wordOdds';
import { Vocabulary, vocabularyOf, VocabularySimilarity } from '../evidence/vocabulary';
import { contentPairs, forEachDifference, PairCounts } from '../evidence/pairCounts';
import { EvidenceCache } from '../evidence/evidenceCache';
import { Candidate, judge } from '../evidence/judge';
import { explainClusters } from '../evidence/explainClusters';
import type { Explained } from '../evidence/explainClusters';
import { TokenMatcher } from './tokenMatch';
import { ParaphraseFinder } from '../paraphrase/findParaphrases';

/**
 * Fewest shared shingle positions for two articles to be aligned at all: an eight-word passage
 * with one word changed still shares three, while chance collisions in unrelated copy rarely do.
 */
const MIN_SEEDS = 3;

/** Articles read, prepared or paired between two pauses of AlignmentSession.build. */
const SLICE_ARTICLES = 64;

/**
 * The session's lookup tables are built again when the articles set since they were built
 * (and still there) and those replaced or removed from them number more than this.
 */
const REINDEX_AFTER = 256;

/** How far AlignmentSession.build has got: articles read, pairs of articles aligned. */
export interface BuildProgress {
  readonly articles: number;
  readonly pairs: number;
}

/** A session whose pairs are aligned by the caller (see AlignmentSession.deferred). */
export interface AlignmentJobs {
  /** How many articles were read. */
  readonly articles: number;
  forEachJob(visit: (job: PairJob) => void): void;
  shareTokens(allocate: (bytes: number) => ArrayBufferLike): SharedTokens;
  complete(results: readonly PairResult[]): AlignmentSession;
}

/** An article in a session, with what alignment needs kept ready. */
interface Entry {
  readonly article: PreparedArticle;
  /** Given to this entry alone: a new text is a new entry (see ClusterCache). */
  readonly version: number;
  readonly hashes: Uint32Array;
  /** Its short quotations (token spans; `doc` fields are not used). */
  readonly phrases: readonly Phrase[];
  /** Norm ids of its whole words (each once), which help mend hyphenation debris elsewhere. */
  readonly words: Int32Array;
  readonly quotes: Quotation[];
  /** Its distinct content words, counted in the session's WordOdds while it is there. */
  readonly vocabulary: Vocabulary;
}

/** A word range of the article at `path`. */
interface PathSpan {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

/** A passage link between two articles named by path (sessions have no fixed order). */
interface PathLink {
  readonly a: string;
  readonly aStart: number;
  readonly aEnd: number;
  readonly b: string;
  readonly bStart: number;
  readonly bEnd: number;
  /** Matched word pairs, flat (i in a, j in b). */
  readonly pairs: Int32Array;
}

/**
 * A set of articles kept aligned as they change. Building aligns every pair that shares
 * shingles (see forEachPairSeeds); `set` and `delete` then redo only the pairs that involve
 * the changed article: its shingles are looked up among every other article's (an index of
 * typed arrays, see ShingleHolders; no alignment), only the pairs sharing enough are aligned,
 * and the clusters an edit touches are regrouped from the stored pairwise links (see
 * ClusterGroups). Quoted phrases are re-matched for the changed article both ways: its own
 * quotations in the articles holding their words, and everyone's quotations in it. This is
 * what an editor needs on save. Two differences from a batch run remain by design, both
 * about shingles many articles hold: a changed article is linked with every article sharing
 * a passage, where the batch index links each article with the first 16 holders of a
 * shingle only (see forEachPairSeeds), so clusters come out the same unless a passage is
 * shared by more than 16 articles; and the boilerplate cap is applied to a pair when the pair
 * is aligned, so an edit that takes a shingle's count of holders across the cap does not
 * re-align the other pairs holding it.
 *
 * Hyphenation debris in a changed article is mended with the vocabulary of all current
 * articles; articles that did not change keep the tokens they were read with.
 */
export class AlignmentSession {
  private readonly s: Settings;
  private readonly lexicon = new Lexicon();
  private readonly entries = new Map<string, Entry>();
  /** How many articles use each norm id as a whole word. */
  private readonly vocabulary = new Counts();
  private passages: PathLink[] = [];
  /** Where each article's phrases appear: owner path -> phrase index -> appearances by path. */
  private readonly phraseHits = new Map<string, PathSpan[][]>();
  /** Clusters of the last result, by signature (see ClusterCache). */
  private clusters = new Map<string, Cluster>();
  /** Link groups of the last result: only those an edit touches are grouped again. */
  private readonly grouping = new ClusterGroups();
  private cached: AlignResult | null = null;
  /** The entries in "first appeared" order, and placed as articles; null when out of date. */
  private orderCache: Entry[] | null = null;
  private articleCache: Article[] | null = null;
  private versions = 0;
  /** Passage links as `result` last built them, valid for the article order `linkOrder`. */
  private links = new WeakMap<PathLink, Link>();
  /** Links made from each phrase's list of appearances, valid for `linkOrder` too. */
  private phraseLinks = new WeakMap<PathSpan[], Link[]>();
  /** The matched word pairs of each passage link. */
  private readonly linkPairs = new WeakMap<Link, Int32Array>();
  private linkOrder: Article[] | null = null;
  /** How many articles hold each word, for the chance model (see judge). */
  private readonly odds = new WordOdds(this.lexicon.norms);
  private readonly pairCounts = new PairCounts();
  /** Wordings of links and members kept between results (see EvidenceCache). */
  private readonly evidence = new EvidenceCache();
  private readonly similarity = new VocabularySimilarity(this.odds);
  /** Clusters as explainClusters last finished them. */
  private readonly explained = new Map<string, Explained>();
  private readonly matcher = new TokenMatcher(this.lexicon.norms);
  private readonly paraphrases = new ParaphraseFinder(
    this.lexicon.isStop,
    (norm) => this.odds.background(norm),
    (key) => this.lexicon.keys[key],
    (a, i, b, j) => this.matcher.same(a.norms[i], a.keys[i], b.norms[j], b.keys[j]),
  );
  /** Paraphrase links of the last result by their spans and articles' versions, valid for `linkOrder`. */
  private paraphraseLinks = new Map<string, Link>();
  /** What `build` reports to its `pause`. */
  private readonly built = { articles: 0, pairs: 0 };

  constructor(inputs: readonly ArticleInput[] = [], options?: AlignOptions) {
    this.s = settingsFrom(options);
    finish(this.building(inputs, false));
  }

  /**
   * The session the constructor builds, built a slice at a time: `pause` is awaited between
   * slices (at 2,000 articles most take 10 to 20 ms and the longest, the phrase search, the
   * shingle table and the lookup tables for edits, about 100 to 130 ms), so a caller on a UI
   * thread keeps answering. A `pause` that rejects stops the build, and the returned promise rejects with
   * its reason. `pause` is told how far the build has got (for a progress report).
   */
  static async build(inputs: readonly ArticleInput[], options: AlignOptions | undefined, pause: (progress: BuildProgress) => Promise<void>): Promise<AlignmentSession> {
    const session = new AlignmentSession([], options);
    const steps = session.building(inputs, true);
    while (!steps.next().done) await pause({ ...session.built });
    return session;
  }

  /** Reads and aligns the inputs, yielding between slices of work when `sliced`. */
  private *building(inputs: readonly ArticleInput[], sliced: boolean): Generator<void, void> {
    const order = yield* this.loading(inputs);
    if (sliced) yield;
    const aligner = new PairAligner((d) => order[d].article.tokens, this.lexicon.norms, this.lexicon.isStop, this.s);
    const results: PairResult[] = [];
    // Pairs are aligned as they are found: their seeds need not all be held at once.
    yield* this.jobSteps(order, (job) => { results.push(aligner.align(job)); this.built.pairs++; }, sliced ? SLICE_ARTICLES : Infinity);
    this.complete(order, results);
    if (sliced) {
      yield;
      yield* this.resulting();
      // Built here rather than on the first edit: a session built in the background is one
      // an editor is about to change.
      yield;
      this.buildLookupTables([...this.entries.values()]);
    }
  }

  /**
   * Reads the articles but leaves aligning the pairs to the caller, who may spread the jobs
   * over worker threads (the CLI does): `forEachJob` streams them, `shareTokens` packs every
   * article's words into buffers the workers can read, `complete` takes the results back in
   * any order and returns the session, identical to one built in a single thread.
   */
  static deferred(inputs: readonly ArticleInput[], options?: AlignOptions): AlignmentJobs {
    const session = new AlignmentSession([], options);
    const order = session.load(inputs);
    return {
      articles: order.length,
      forEachJob: (visit) => session.forEachJob(order, visit),
      shareTokens: (allocate) => session.shareTokens(order, allocate),
      complete: (results) => {
        session.complete(order, results);
        return session;
      },
    };
  }

  /** Reads and tokenises the inputs; returns the entries in "first appeared" order. */
  private load(inputs: readonly ArticleInput[]): Entry[] {
    return finish(this.loading(inputs));
  }

  /** What `load` does, yielding between slices of articles. */
  private *loading(inputs: readonly ArticleInput[]): Generator<void, Entry[]> {
    // One article per path; of two inputs with the same path the first in order wins, so the
    // result does not depend on the order they were given in.
    const byPath = new Map<string, ArticleInput>();
    for (const input of inputs) {
      const seen = byPath.get(input.path);
      if (!seen || input.text < seen.text) byPath.set(input.path, input);
    }
    const scanned: ScannedArticle[] = [];
    for (const input of byPath.values()) {
      scanned.push(scanArticle(input, this.lexicon));
      this.built.articles = scanned.length;
      if (scanned.length % SLICE_ARTICLES === 0) yield;
    }
    const words = scanned.map(wholeWords);
    for (const w of words) this.count(w, 1);
    for (let n = 0; n < scanned.length; n++) {
      const entry = this.entryOf(prepareArticle(scanned[n], this.lexicon, this.known), words[n]);
      this.entries.set(scanned[n].input.path, entry);
      this.countIn(entry, 1);
      if (n % SLICE_ARTICLES === SLICE_ARTICLES - 1) yield;
    }
    yield;
    this.orderCache = null;
    this.articleCache = null;
    const order = this.ordered();
    this.findPhrases(order, order);
    return order;
  }

  /** Looks for the phrases of `owners` in all of `order`, recording where they appear. */
  private findPhrases(owners: readonly Entry[], order: readonly Entry[]): void {
    const at = new Map(order.map((e, d) => [e, d]));
    const phrases = owners.flatMap((e) => e.phrases.map((p) => withDoc(p, at.get(e)!)));
    const hits = findPhraseHits(order.map((e) => e.article), phrases, this.lexicon.isStop);
    let n = 0;
    for (const e of owners) {
      this.phraseHits.set(e.article.input.path, e.phrases.map(() => hits[n++].map((h) => ({ path: order[h.doc].article.input.path, start: h.start, end: h.end }))));
    }
  }

  private forEachJob(order: readonly Entry[], visit: (job: PairJob) => void): void {
    finish(this.jobSteps(order, visit, Infinity));
  }

  /** Every pair of articles worth aligning (see pairSeedSteps), yielding after every `every` articles. */
  private jobSteps(order: readonly Entry[], visit: (job: PairJob) => void, every: number): Generator<void, void> {
    return pairSeedSteps(order.map((e) => e.hashes), this.s.maxDocumentFrequency(order.length), MIN_SEEDS, visit, every);
  }

  private shareTokens(order: Entry[], allocate: (bytes: number) => ArrayBufferLike): SharedTokens {
    const table = packTokens(order.map((e) => e.article.tokens), allocate);
    // From now on the session reads its words from the shared table too: one copy in memory.
    this.articleCache = null;
    order.forEach((e, d) => {
      const t = e.article.tokens;
      const shared: Entry = { ...e, article: { ...e.article, tokens: streamFromTable(table, d, t.starts as Int32Array, t.ends as Int32Array) } };
      order[d] = shared;
      this.entries.set(e.article.input.path, shared);
    });
    const { shingleSize, maxGap, minMatchedWords, minContentWords, minSimilarity } = this.s;
    return { table, norms: this.lexicon.norms, stopKeys: this.lexicon.stopKeyList(), settings: { shingleSize, maxGap, minMatchedWords, minContentWords, minSimilarity } };
  }

  /** Stores aligned pairs in one fixed order (by later article, then earlier), whoever aligned them. */
  private complete(order: readonly Entry[], results: readonly PairResult[]): void {
    const sorted = [...results].sort((x, y) => x.b - y.b || x.a - y.a);
    for (const r of sorted) this.addRegions(order[r.a], order[r.b], r.regions);
    this.cached = null;
  }

  /** Paths of the articles in the session. */
  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** Adds an article, or replaces the one with the same path, re-aligning only its pairs. */
  set(input: ArticleInput): void {
    const old = this.entries.get(input.path);
    const keptOrder = this.orderCache;
    const keptArticles = this.articleCache;
    const oldPairs = this.remove(input.path);
    const sc = scanArticle(input, this.lexicon);
    const words = wholeWords(sc);
    this.count(words, 1);
    const entry = this.entryOf(prepareArticle(sc, this.lexicon, this.known), words);
    this.entries.set(input.path, entry);
    const pairs = this.pairsOf(entry);
    this.countIn(entry, 1, pairs);
    if (old && oldPairs) {
      // Only the words and word pairs whose count of holders changed touch other links' weights.
      forEachDifference(old.vocabulary.keys, entry.vocabulary.keys, (k) => this.evidence.keyChanged(k));
      forEachDifference(oldPairs, pairs, (p) => this.evidence.pairChanged(p));
    }
    this.cached = null;
    // An edit that keeps the date keeps the article's place: patch the cached order.
    const slot = old && keptOrder && (this.s.useDates ? old.article.header.date === entry.article.header.date : true) ? keptOrder.indexOf(old) : -1;
    if (slot >= 0) {
      keptOrder![slot] = entry;
      if (keptArticles) keptArticles[slot] = placeArticle(entry.article, slot);
      this.orderCache = keptOrder;
      this.articleCache = keptArticles;
    } else {
      this.orderCache = null;
      this.articleCache = null;
    }
    const others = [...this.entries.values()].filter((e) => e !== entry);
    // Where the changed article's shingles appear in every other article: looked up in the
    // holder index, and among the articles set since it was built. What this gathers,
    // per other article and shingle, is the positions holding it, which give both the seeds
    // and how many articles hold each shingle (for the boilerplate cap).
    const positions = new Map<number, number[]>();
    entry.hashes.forEach((h, j) => {
      if (h === 0) return;
      const list = positions.get(h);
      if (list) list.push(j);
      else positions.set(h, [j]);
    });
    const found = new Map<Entry, Map<number, number[]>>();
    const note = (other: Entry, h: number, i: number) => {
      let byHash = found.get(other);
      if (!byHash) found.set(other, (byHash = new Map()));
      const at = byHash.get(h);
      if (at) at.push(i);
      else byHash.set(h, [i]);
    };
    if (!this.holders || !this.keyHolders || this.recent.length + this.stale > REINDEX_AFTER) this.buildLookupTables(others);
    const holders = this.holders!;
    const keyHolders = this.keyHolders!;
    const current = (e: Entry) => e !== entry && this.entries.get(e.article.input.path) === e;
    // A shingle the changed article repeats too often, or that more articles hold than the
    // boilerplate cap allows, gives no seeds: its holders need not be gathered.
    const cap = this.s.maxDocumentFrequency(this.entries.size);
    const unusable = new Set<number>();
    for (const [h, at] of positions) {
      if (at.length > MAX_REPEATS || !holders.forEach(h, (other, i) => { if (current(other)) note(other, h, i); }, cap - 1)) unusable.add(h);
    }
    for (const h of positions.keys()) {
      if (unusable.has(h)) continue;
      for (const [other, i] of this.recentHolders.get(h) ?? []) if (current(other)) note(other, h, i);
    }
    this.recent.push(entry);
    entry.hashes.forEach((h, i) => {
      if (h === 0) return;
      const list = this.recentHolders.get(h);
      if (list) list.push([entry, i]);
      else this.recentHolders.set(h, [[entry, i]]);
    });
    const df = new Map<number, number>();
    for (const byHash of found.values()) for (const h of byHash.keys()) df.set(h, (df.get(h) ?? 0) + 1);
    const shared: Array<{ other: Entry; flat: number[] }> = [];
    for (const other of others) {
      const byHash = found.get(other);
      if (!byHash) continue;
      // As in the batch index: a shingle the other article repeats too often is not a seed.
      const flat: number[] = [];
      for (const [h, at] of byHash) {
        if (at.length > MAX_REPEATS) continue;
        for (const i of at) for (const j of positions.get(h)!) flat.push(i, j);
      }
      if (flat.length / 2 >= MIN_SEEDS) shared.push({ other, flat });
    }
    const usable = (j: number) => {
      const h = entry.hashes[j];
      return !unusable.has(h) && (df.get(h) ?? 0) + 1 <= cap && positions.get(h)!.length <= MAX_REPEATS;
    };
    const order = firstAppearanceOrder(this.s.useDates);
    for (const { other, flat } of shared) {
      const kept: number[] = [];
      for (let k = 0; k < flat.length; k += 2) if (usable(flat[k + 1])) kept.push(flat[k], flat[k + 1]);
      if (kept.length / 2 < MIN_SEEDS) continue;
      const otherFirst = order(other.article, entry.article) <= 0;
      const seeds = sortSeeds(kept, !otherFirst);
      if (otherFirst) this.addRegions(other, entry, this.alignTwo(other, entry, seeds));
      else this.addRegions(entry, other, this.alignTwo(entry, other, seeds));
    }
    // Its phrases everywhere, then everyone's phrases in it. An appearance of a phrase holds
    // all its words, so only the articles holding its rarest word (and those set since the
    // key index was built) are searched.
    const all = this.ordered();
    const candidates = new Set<Entry>(this.recent);
    for (const p of entry.phrases) {
      let rare = p.content[0];
      for (const k of p.content) if (keyHolders.count(k) < keyHolders.count(rare)) rare = k;
      keyHolders.forEach(rare, (e) => candidates.add(e));
    }
    this.findPhrases([entry], all.filter((e) => candidates.has(e)));
    // Others' phrases that could appear in it: those whose first word it uses. They keep the
    // placeholder article index they were made with (-1), which never names the changed
    // article, so none of its spans is taken for their own quotation.
    const owners: Entry[] = [];
    const slots: number[] = [];
    const phrases: Phrase[] = [];
    for (const k of new Set(entry.article.tokens.keys)) {
      for (const [o, i] of this.phrasesByFirst!.get(k) ?? []) {
        if (!current(o)) continue;
        owners.push(o);
        slots.push(i);
        phrases.push(o.phrases[i]);
      }
    }
    for (const [n, span] of phraseHitsIn(entry.article, all.indexOf(entry), phrases, this.lexicon.isStop)) {
      // A new list, not a push: `result` recognises unchanged lists by identity.
      const lists = this.phraseHits.get(owners[n].article.input.path)!;
      lists[slots[n]] = [...lists[slots[n]], { path: input.path, start: span.start, end: span.end }];
    }
    this.addPhrases(entry);
  }

  /** Builds the lookup tables that `set` uses (see ShingleHolders, KeyHolders, phrasesByFirst) over `articles`. */
  private buildLookupTables(articles: readonly Entry[]): void {
    this.holders = new ShingleHolders(articles, (e) => e.hashes);
    this.keyHolders = new KeyHolders(articles, (e) => e.article.tokens.keys, this.lexicon.keys.length);
    this.recent = [];
    this.recentHolders = new Map();
    this.stale = 0;
    this.phrasesByFirst = new Map();
    for (const e of articles) this.addPhrases(e);
  }

  /** Files an article's phrases under their first word (see phrasesByFirst). */
  private addPhrases(e: Entry): void {
    e.phrases.forEach((p, i) => {
      const list = this.phrasesByFirst!.get(p.content[0]);
      if (list) list.push([e, i]);
      else this.phrasesByFirst!.set(p.content[0], [[e, i]]);
    });
  }

  /** Removes an article and every link it had. */
  delete(path: string): void {
    this.remove(path);
  }

  /** What delete does; returns the removed article's word pairs (set compares them with the new text's). */
  private remove(path: string): Float64Array | undefined {
    const old = this.entries.get(path);
    if (!old) return undefined;
    this.entries.delete(path);
    this.forgetHolder(old);
    this.count(old.words, -1);
    const oldPairs = this.pairsOf(old);
    this.countIn(old, -1, oldPairs);
    this.passages = this.passages.filter((l) => l.a !== path && l.b !== path);
    this.orderCache = null;
    this.articleCache = null;
    this.phraseHits.delete(path);
    for (const perPhrase of this.phraseHits.values()) {
      perPhrase.forEach((hits, i) => { if (hits.some((h) => h.path === path)) perPhrase[i] = hits.filter((h) => h.path !== path); });
    }
    this.cached = null;
    return oldPairs;
  }

  /** The current alignment, in the same shape as `alignArticles`. */
  result(): AlignResult {
    return finish(this.resulting());
  }

  /**
   * The result of a session that will not be edited (a one-shot run such as the command
   * line's): the same as `result`, but the evidence kept only to speed up later edits is not
   * kept. Editing the session afterwards still gives correct results, only slower.
   */
  resultOnce(): AlignResult {
    this.evidence.keepsWordings = false;
    return this.result();
  }

  /** What `result` does, yielding between slices of clusters (see ClusterGroups.updating). */
  private *resulting(): Generator<void, AlignResult> {
    if (this.cached) return this.cached;
    const order = this.ordered();
    const articles = (this.articleCache ??= order.map((e, d) => placeArticle(e.article, d)));
    const index = new Map(articles.map((a, i) => [a.input.path, i]));
    // Links keep their article indices while the order stands, so they are reused between results.
    if (this.linkOrder !== articles) {
      this.links = new WeakMap();
      this.phraseLinks = new WeakMap();
      this.paraphraseLinks = new Map();
      this.linkOrder = articles;
    }
    const links: Link[] = this.passages.map((l) => {
      let link = this.links.get(l);
      if (!link) {
        link = { a: { doc: index.get(l.a)!, start: l.aStart, end: l.aEnd }, b: { doc: index.get(l.b)!, start: l.bStart, end: l.bEnd }, quote: false };
        this.links.set(l, link);
        this.linkPairs.set(link, l.pairs);
      }
      return link;
    });
    const quotes = order.map((e) => e.quotes);
    const next = new Map<string, Cluster>();
    const quoted = (h: TokenSpan) => {
      const t = articles[h.doc].tokens;
      return insideQuotes(t.starts[h.start], t.ends[h.end - 1], quotes[h.doc]);
    };
    const cap = this.s.maxDocumentFrequency(articles.length);
    // Each phrase's links, made again only when its list of appearances changed (a new list,
    // see set and delete) or the order did; a hit article's quotations change only with an
    // edit of it, which replaces the lists holding it.
    const madeLists: Link[][] = [];
    order.forEach((e, d) => {
      const found = this.phraseHits.get(e.article.input.path) ?? [];
      e.phrases.forEach((p, i) => {
        const list = found[i];
        if (!list || list.length === 0) return;
        let made = this.phraseLinks.get(list);
        if (!made) {
          // Appearances sorted by article order, then position: the order a batch search finds them in.
          const hits = list.map((h) => ({ doc: index.get(h.path)!, start: h.start, end: h.end }))
            .sort((x, y) => x.doc - y.doc || x.start - y.start || x.end - y.end);
          made = phraseLinks([withDoc(p, d)], [hits], cap, quoted);
          this.phraseLinks.set(list, made);
        }
        madeLists.push(made);
      });
    });
    // Every candidate link is weighed against chance (see judge); of the phrase links kept,
    // those inside a kept passage link between the same articles are left to the passage.
    const phrases = madeLists.flat();
    const restated = this.restatedLinks(articles, order);
    // A link's candidate never changes while the link stands (links are remade when the order changes).
    const candidate = (l: Link, make: () => Candidate) => this.evidence.fixed(l, 'candidate', make);
    const candidates: Candidate[] = [
      ...links.map((l) => candidate(l, () => ({ owner: l, a: l.a.doc, b: l.b.doc, kind: 'passage', pairs: this.linkPairs.get(l)! }))),
      ...phrases.map((l) => candidate(l, () => ({ owner: l, a: l.a.doc, b: l.b.doc, kind: 'phrase', pairs: this.phrasePairsOf(l, articles), quotedBoth: quoted(l.b) }))),
      ...restated.map((l) => candidate(l, () => ({ owner: l, a: l.a.doc, b: l.b.doc, kind: 'paraphrase', pairs: this.linkPairs.get(l)! }))),
    ];
    const judgement = judge(candidates, {
      side: (d) => articles[d], // an Article is a MatchSide (its tokens and text)
      vocabulary: (d) => order[d].vocabulary,
      odds: this.odds,
      pairCounts: this.pairCounts,
      cache: this.evidence,
      similarity: this.similarity,
      isStop: this.lexicon.isStop,
    });
    const kept = links.filter((_, n) => judgement.verdicts[n].kept);
    const keptPhrases = phrases.filter((_, n) => judgement.verdicts[links.length + n].kept || this.quotedSiblingKept(phrases, n, candidates, judgement.verdicts, links.length));
    const keptRestated = restated.filter((_, n) => judgement.verdicts[links.length + phrases.length + n].kept);
    const others = [...keptPhrases, ...keptRestated];
    for (const link of others.filter(uncoveredBy(kept, others))) kept.push(link);
    yield;
    const raw = yield* this.grouping.updating(articles, kept, quotes, { version: (d) => order[d].version, previous: this.clusters, next });
    this.clusters = next;
    const clusters = explainClusters(raw, {
      articles,
      draftOf: (c) => this.grouping.draftOf(c),
      judgement,
      version: (d) => order[d].version,
      useDates: this.s.useDates,
      explained: this.explained,
    });
    this.evidence.settled();
    this.cached = { documents: articles.map((a) => a.info), clusters };
    return this.cached;
  }

  /**
   * Whether phrase link `n` is an unquoted appearance in an article where the same phrase also
   * stands in quotation marks and that quoted appearance's link was kept: then the unquoted one
   * is that article's own mention of the quote it carries, and joins it. (A phrase's links are
   * consecutive in `phrases`, all with the same quotation as `a`.)
   */
  private quotedSiblingKept(phrases: readonly Link[], n: number, candidates: readonly Candidate[], verdicts: readonly { kept: boolean }[], offset: number): boolean {
    const l = phrases[n];
    if (candidates[offset + n].quotedBoth) return false;
    const sibling = (m: number) => m >= 0 && m < phrases.length && phrases[m].a === l.a && phrases[m].b.doc === l.b.doc
      && verdicts[offset + m].kept && candidates[offset + m].quotedBoth === true;
    for (let m = n - 1; m >= 0 && phrases[m].a === l.a; m--) if (sibling(m)) return true;
    for (let m = n + 1; m < phrases.length && phrases[m].a === l.a; m++) if (sibling(m)) return true;
    return false;
  }

  /** Links between sentences that say the same in other words (see ParaphraseFinder), kept by identity while unchanged. */
  private restatedLinks(articles: readonly Article[], order: readonly Entry[]): Link[] {
    const found = this.paraphrases.find(articles.map((a) => ({ side: a, endsSentence: (k: number) => endsSentence(a, k) })));
    const next = new Map<string, Link>();
    const links = found.map((p) => {
      const key = `${order[p.a.doc].version}.${p.a.start}.${p.a.end}|${order[p.b.doc].version}.${p.b.start}.${p.b.end}`;
      let link = this.paraphraseLinks.get(key);
      if (!link) {
        link = { a: p.a, b: p.b, quote: false, paraphrase: true };
        this.linkPairs.set(link, p.pairs);
      }
      next.set(key, link);
      return link;
    });
    this.paraphraseLinks = next;
    return links;
  }

  /** The matched word pairs of a phrase link: the quotation's content words and where the appearance has them. */
  private phrasePairsOf(l: Link, articles: readonly Article[]): Int32Array {
    const ta = articles[l.a.doc].tokens;
    const at: number[] = [];
    const content: number[] = [];
    for (let i = l.a.start; i < l.a.end; i++) if (!this.lexicon.isStop(ta.keys[i])) { at.push(i); content.push(ta.keys[i]); }
    const found: number[] = [];
    const end = forwardMatch(articles[l.b.doc], l.b.start, content, this.lexicon.isStop, found);
    const pairs = new Int32Array(end < 0 ? 0 : 2 * at.length);
    if (end >= 0) at.forEach((i, n) => { pairs[2 * n] = i; pairs[2 * n + 1] = found[n]; });
    return pairs;
  }

  private readonly known = this.lexicon.knownBy((id) => this.vocabulary.get(id) > 0);

  /** Counts an article's words and word pairs in (1) or out (-1) of the chance model's counts. */
  private countIn(e: Entry, delta: 1 | -1, pairs = this.pairsOf(e)): void {
    this.odds.count(e.vocabulary.keys, delta);
    this.pairCounts.count(pairs, delta);
  }

  private count(words: Int32Array, delta: number): void {
    for (const id of words) this.vocabulary.add(id, delta);
  }

  private entryOf(article: PreparedArticle, words: Int32Array): Entry {
    const hashes = shingleHashes(article.tokens, this.s.shingleSize, this.lexicon.isStop);
    const quotes = quotations(article.input.text);
    const vocabulary = vocabularyOf({ tokens: article.tokens, text: article.input.text }, this.lexicon.isStop);
    return { article, version: ++this.versions, hashes, quotes, phrases: phrasesOf(article, -1, quotes, this.lexicon.isStop), words, vocabulary };
  }

  /**
   * An entry's distinct pairs of neighbouring content words, counted in the session's
   * PairCounts while it is there; made again when needed (on coming and going) rather than
   * held for the whole session, since a folder holds one such array per article.
   */
  private pairsOf(e: Entry): Float64Array {
    return contentPairs(e.article.tokens, this.lexicon.isStop);
  }

  /** The entries in "first appeared" order (cached: callers must not change the array). */
  private ordered(): Entry[] {
    const order = firstAppearanceOrder(this.s.useDates);
    return (this.orderCache ??= [...this.entries.values()].sort((x, y) => order(x.article, y.article)));
  }

  private alignTwo(a: Entry, b: Entry, seeds: Int32Array): readonly TokenRegion[] {
    this.pair[0] = a.article.tokens;
    this.pair[1] = b.article.tokens;
    this.pairAligner ??= new PairAligner((d) => this.pair[d], this.lexicon.norms, this.lexicon.isStop, this.s);
    return this.pairAligner.align({ a: 0, b: 1, seeds }).regions;
  }

  /** The two articles `alignTwo` is on, and one aligner for every edit (its word-likeness verdicts are kept). */
  private readonly pair: TokenStream[] = [];
  /** Shingle holders of every article as of some edit (built on the first), see set. */
  private holders: ShingleHolders<Entry> | null = null;
  /** Which articles use each word key, built with `holders`. */
  private keyHolders: KeyHolders<Entry> | null = null;
  /** Articles set since `holders` was built (and not replaced or removed since). */
  private recent: Entry[] = [];
  /** Where the shingles of `recent` appear: hash -> (article, position) pairs. */
  private recentHolders = new Map<number, Array<[Entry, number]>>();
  /** Every current article's quoted phrases by their first content word: (article, phrase index). Built with the lookup tables. */
  private phrasesByFirst: Map<number, Array<[Entry, number]>> | null = null;
  /** How many articles the lookup tables hold that have since been replaced or removed. */
  private stale = 0;

  /**
   * Drops a replaced or removed article from the lookup tables, so that none keeps it
   * alive: its phrases from phrasesByFirst; itself from `recent` and its map when it was set
   * since the tables were built, else from the tables (where its entries stay as dead weight
   * until the next rebuild).
   */
  private forgetHolder(old: Entry): void {
    for (const p of old.phrases) {
      const list = this.phrasesByFirst?.get(p.content[0]);
      if (!list) continue;
      const kept = list.filter(([e]) => e !== old);
      if (kept.length) this.phrasesByFirst!.set(p.content[0], kept);
      else this.phrasesByFirst!.delete(p.content[0]);
    }
    const at = this.recent.indexOf(old);
    if (at >= 0) {
      this.recent.splice(at, 1);
      for (const h of old.hashes) {
        const list = this.recentHolders.get(h);
        if (!list) continue;
        const kept = list.filter(([e]) => e !== old);
        if (kept.length) this.recentHolders.set(h, kept);
        else this.recentHolders.delete(h);
      }
    } else if (this.holders && this.keyHolders) {
      this.holders.forget(old);
      this.keyHolders.forget(old);
      this.stale++;
    }
  }
  private pairAligner: PairAligner | null = null;

  private addRegions(a: Entry, b: Entry, regions: readonly TokenRegion[]): void {
    for (const r of regions) {
      this.passages.push({ a: a.article.input.path, aStart: r.aStart, aEnd: r.aEnd, b: b.article.input.path, bStart: r.bStart, bEnd: r.bEnd, pairs: r.pairs });
    }
  }
}

/**
 * A test for quoted-phrase and paraphrase links: false for one a passage link between the same
 * two articles already shows (a quote within a reprinted paragraph is shown by the paragraph's
 * cluster, not twice): a phrase link lying inside the passage on both sides, a paraphrase link
 * (a whole sentence) overlapping it on both sides. Only the passages between article pairs
 * that `links` join are indexed.
 */
function uncoveredBy(passages: readonly Link[], links: readonly Link[]): (link: Link) => boolean {
  // Keyed by the article pair as one number (article indices stay far below 2^26).
  const key = (a: number, b: number) => a * 2 ** 26 + b;
  const byPair = new Map<number, Link[]>();
  for (const q of links) {
    byPair.set(key(q.a.doc, q.b.doc), []);
    byPair.set(key(q.b.doc, q.a.doc), []);
  }
  for (const p of passages) byPair.get(key(p.a.doc, p.b.doc))?.push(p);
  const inside = (x: TokenSpan, y: TokenSpan) => x.start >= y.start && x.end <= y.end;
  const overlaps = (x: TokenSpan, y: TokenSpan) => x.start < y.end && y.start < x.end;
  return (q) => {
    const shown = q.paraphrase ? overlaps : inside;
    const direct = byPair.get(key(q.a.doc, q.b.doc)) ?? [];
    const flipped = byPair.get(key(q.b.doc, q.a.doc)) ?? [];
    return !direct.some((p) => shown(q.a, p.a) && shown(q.b, p.b)) && !flipped.some((p) => shown(q.a, p.b) && shown(q.b, p.a));
  };
}

/** A phrase placed at article index `doc`. */
function withDoc(p: Phrase, doc: number): Phrase {
  return { content: p.content, span: { ...p.span, doc }, quoted: { ...p.quoted, doc } };
}
