/**
 * Public data shapes of the Reprint Lens core. Everything here is plain JSON-able data:
 * offsets are UTF-16 code-unit indices into the article text as decoded (what
 * `vscode.TextDocument.offsetAt` uses), `start` inclusive, `end` exclusive.
 */

/** An article handed to the core: where it came from and its decoded text (no BOM). */
export interface ArticleInput {
  readonly path: string;
  readonly text: string;
}

/** What the core knows about an article once it has read it. */
export interface DocumentInfo {
  /** Stable id within one run: `d0`, `d1`… in "first appeared" order. */
  readonly id: string;
  readonly path: string;
  readonly title: string;
  /** ISO date from a `date:` line in front matter, or null. */
  readonly date: string | null;
  /** Rank used for "first appeared": dated articles by date, then path in natural order. */
  readonly order: number;
}

/** A stretch of one article's text. `text` always equals the article text from start to end. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  readonly text: string;
}

/**
 * How a member's wording relates to its cluster's first appearance: `verbatim` (the same words,
 * typography and case aside), `reworded` (the same passage with words changed, dropped or
 * added), `paraphrase` (the same statement in other words: synonyms, reordered clauses, another
 * form of a word), `quote-phrase` (a short quoted phrase found again).
 */
export type MatchKind = 'verbatim' | 'reworded' | 'paraphrase' | 'quote-phrase';

/** Why a member is linked to its cluster's first appearance. */
export interface LinkEvidence {
  readonly match: MatchKind;
  /** Word-level similarity to the first appearance, 0..1 (the member's `score`). */
  readonly similarity: number;
  /**
   * How likely it is that two unrelated articles of this folder share this much wording by
   * chance, 0..1: the smaller, the stronger the link (see README, "How it works").
   */
  readonly chance: number;
  /** The distinctive words that carried the link, as this member writes them, most telling first. */
  readonly words: readonly string[];
  /** Words of this member that differ from the first appearance (changed, added or dropped). */
  readonly changed: number;
}

/** One appearance of a reused passage or quote. */
export interface ClusterMember extends Span {
  /** Id of the document (`DocumentInfo.id`). */
  readonly doc: string;
  /** Similarity to the cluster's origin member, 0..1 (the origin itself: 1). */
  readonly score: number;
  /** Why this member is linked to the first appearance; absent on the first appearance itself. */
  readonly evidence?: LinkEvidence;
  /** True for a further appearance in an article that already has an earlier member: a repeat, not reuse between sources. */
  readonly repeat?: boolean;
}

/**
 * `quote`: text in quotation marks, or a quoted phrase; `passage`: reused prose;
 * `boilerplate`: page furniture that recurs at the head or foot of many articles (bylines,
 * comment footers), reported so nothing is hidden but not counted as reuse.
 */
export type ClusterKind = 'quote' | 'passage' | 'boilerplate';

/** Whether a cluster is reuse (a quote or passage) rather than page furniture. */
export function isReuse(cluster: { readonly kind: ClusterKind }): boolean {
  return cluster.kind !== 'boilerplate';
}

/** What decided which appearance came first: the `date:` of front matter, or natural path order. */
export type FirstBy = 'date' | 'path';

/** A passage or quote with every place it appears. */
export interface Cluster {
  readonly id: string;
  readonly kind: ClusterKind;
  /** Index in `members` of the earliest appearance. */
  readonly origin: number;
  readonly members: readonly ClusterMember[];
  /** What decided that `origin` came first. */
  readonly firstBy?: FirstBy;
}

/** Result of aligning N articles. */
export interface AlignResult {
  readonly documents: readonly DocumentInfo[];
  readonly clusters: readonly Cluster[];
}

export type DiffOp = 'equal' | 'delete' | 'insert';

/**
 * What a delete or insert changes when it changes no word: `case` (letter case only),
 * `typography` (quote, dash, space, line-break or accent styles), `punctuation` (marks added,
 * dropped or swapped, no letter or digit touched).
 */
export type MinorChange = 'case' | 'typography' | 'punctuation';

/** One piece of a word diff. Joining equal+delete gives the left text, equal+insert the right. */
export interface DiffPart {
  readonly op: DiffOp;
  readonly text: string;
  /** Set on a delete or insert that changes no word, only case, typography or punctuation. */
  readonly minor?: MinorChange;
}

export type RowKind = 'same' | 'changed' | 'omitted' | 'added' | 'moved';

/** One row of a side-by-side comparison. */
export interface CompareRow {
  readonly kind: RowKind;
  readonly left: Span | null;
  readonly right: Span | null;
  /** Similarity of the two sides, 0..1 (0 for omitted/added). */
  readonly score: number;
  /** Word diff (same, changed, moved rows). */
  readonly diff?: readonly DiffPart[];
  /** True when the diff hit its edit-length or time bound and fell back to a coarse diff. */
  readonly truncated?: boolean;
}

/** Result of comparing two articles. */
export interface CompareResult {
  readonly left: DocumentInfo;
  readonly right: DocumentInfo;
  readonly rows: readonly CompareRow[];
}

/** Tuning knobs; every field has a sensible default. */
export interface AlignOptions {
  /** Words per shingle used to find candidates (default 3). */
  readonly shingleSize?: number;
  /** Fewest matching words for a reused passage (default 8). */
  readonly minMatchedWords?: number;
  /** Lowest similarity for two passages to count as the same (default 0.5). */
  readonly minSimilarity?: number;
  /** A shingle found in more documents than this is boilerplate and ignored (default: max(50, 1% of N)). */
  readonly maxDocumentFrequency?: number;
  /** Most words and spaces a diff may edit before it falls back (default 20,000; the time bound usually comes first). */
  readonly maxEditLength?: number;
  /** Most milliseconds one diff may take before it falls back (default 200). */
  readonly diffTimeoutMs?: number;
  /**
   * What decides "first appeared": `date-then-path` (default) ranks articles by the `date:`
   * of their front matter, then by natural path order; `path` ignores dates.
   */
  readonly firstAppearance?: 'date-then-path' | 'path';
}
