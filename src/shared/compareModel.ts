/**
 * The data the comparison webview draws: what the host computes from the articles (rows,
 * passages, columns) and what the reader chooses (options, view state). JSON only: offsets,
 * lines and article text, never HTML.
 */
import type { ClusterKind, DiffPart, MinorChange, RowKind } from '../core/types';

/** A stretch of one article: UTF-16 offsets into its text, its 1-based first and last lines and the text itself. */
export interface PassageText {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly lastLine: number;
  readonly text: string;
}

/** An article taking part in a comparison, in "first appeared" order. */
export interface SourceSummary {
  /** Workspace-relative path; the key used in every other message. */
  readonly path: string;
  readonly title: string;
  readonly date: string | null;
}

/** One aligned row of a two-article comparison. */
export interface RowView {
  readonly kind: RowKind;
  readonly left: PassageText | null;
  readonly right: PassageText | null;
  /** Similarity of both sides, 0..1. */
  readonly score: number;
  /** Word diff from left to right, for same, changed and moved rows. */
  readonly parts?: readonly DiffPart[];
  /** The diff hit its bound and is coarser than usual. */
  readonly truncated?: boolean;
}

/** How many rows of each kind a comparison has. */
export type ChangeCounts = { readonly [K in RowKind]: number };

/** One other source set against the base source. */
export interface PairView {
  readonly left: string;
  readonly right: string;
  /** Share (0..1) of the right article's text found again in the left one. */
  readonly reusedShare: number;
  readonly counts: ChangeCounts;
  readonly rows: readonly RowView[];
}

/** A reused passage or quote found in two or more of the compared sources. */
export interface PassageSummary {
  readonly id: string;
  readonly kind: ClusterKind;
  /** Text of the first appearance. */
  readonly preview: string;
  readonly versions: number;
  /** How many of the compared sources hold it (a source repeating it counts once). */
  readonly sources: number;
  readonly originPath: string;
  readonly originLine: number;
}

/** Everything the webview needs to draw the comparison against one base source. */
export interface CompareModel {
  /** Changes with every new set of sources, so the page can drop state that belonged to the old one. */
  readonly session: number;
  readonly sources: readonly SourceSummary[];
  readonly base: string;
  /** The source shown against the base until the reader picks another: the one sharing most with it. */
  readonly right: string;
  readonly pairs: readonly PairView[];
  readonly passages: readonly PassageSummary[];
  /** Files that were left out, each with the reason, for the header. */
  readonly skipped: readonly string[];
}

/** One version of a reused passage, with its differences from the first appearance. */
export interface PassageVersion {
  readonly path: string;
  readonly passage: PassageText;
  readonly score: number;
  readonly isOrigin: boolean;
  /** Word diff from the first appearance to this version. */
  readonly parts: readonly DiffPart[];
  readonly truncated: boolean;
  /** Why this version is linked to the first appearance, in one line (the core's explainEvidence). */
  readonly why?: string;
  /** A further appearance in an article that already has one: a repeat, not reuse between sources. */
  readonly repeat?: boolean;
}

/** Every version of one reused passage, first appearance first. */
export interface PassageModel {
  readonly id: string;
  readonly kind: ClusterKind;
  readonly versions: readonly PassageVersion[];
  /** What decided the first appearance: `date` (front matter) or `path` (path order). */
  readonly firstBy?: 'date' | 'path';
}

/** One column of the N-way view: a source's version of the chosen passage. */
export interface ColumnSource {
  readonly path: string;
  readonly title: string;
  readonly passage: PassageText;
  /** Similarity to the first appearance, 0..1 (the first appearance: 1). */
  readonly score: number;
  readonly isOrigin: boolean;
  /** Further copies of the passage in the same source (repeats), not shown as columns. */
  readonly repeats: number;
}

/** How a cell's reading differs from the first appearance's in its row. */
export type CellChange = MinorChange | 'word' | null;

/** One reading in the N-way view: a source's text for one row, with its place in the article. */
export interface ColumnCell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly change: CellChange;
}

/** One row of the N-way view: the same stretch of the passage in every source. */
export interface ColumnRow {
  /** The strongest difference in the row; null when every source reads alike. */
  readonly change: CellChange;
  readonly cells: readonly ColumnCell[];
}

/** A reused passage lined up across the compared sources, a column each. */
export interface ColumnsModel {
  readonly id: string;
  readonly kind: ClusterKind;
  /** First appearance first, then the other sources in "first appeared" order. */
  readonly columns: readonly ColumnSource[];
  readonly rows: readonly ColumnRow[];
  /** Compared sources in which the passage is not found. */
  readonly absent: readonly string[];
  readonly truncated: boolean;
}

/** The comparison options a reader sets (remembered per workspace, as the diff editor's are). */
export interface CompareOptions {
  /** Do not mark changes of letter case and typography (quote, dash and space styles) at all. */
  readonly ignoreCase: boolean;
  /** Do not mark changes of punctuation; rows that differ only so count as unchanged. */
  readonly ignorePunctuation: boolean;
  /** Fold every run of unchanged rows. */
  readonly onlyChanges: boolean;
  /** Fold long runs of unchanged rows and long added or omitted passages, each with a control to expand. */
  readonly collapseUnchanged: boolean;
}

/** The options of a comparison nobody has set options for. */
export const DEFAULT_OPTIONS: CompareOptions = { ignoreCase: false, ignorePunctuation: false, onlyChanges: false, collapseUnchanged: true };

/** View modes: two sources side by side, every version of a passage stacked, or a passage in a column per source. */
export type ViewMode = 'pair' | 'passage' | 'columns';

/** What the webview remembers across being hidden and shown (kept with setState). */
export interface ViewState {
  readonly mode: ViewMode;
  readonly base?: string;
  /** Path of the source shown against the base. */
  readonly right?: string;
  readonly passageId?: string;
  /** Index of the change row that had the focus. */
  readonly focus?: number;
  readonly scrollTop?: number;
  /** Rows (by index) whose fold or long passage the reader expanded, in the pair shown. */
  readonly expanded?: readonly number[];
}

/** Whether a value has every comparison option as a boolean (and nothing else matters). */
export function isOptions(value: unknown): value is CompareOptions {
  if (typeof value !== 'object' || value === null) return false;
  const o = value as Record<string, unknown>;
  return (Object.keys(DEFAULT_OPTIONS) as Array<keyof CompareOptions>).every((k) => typeof o[k] === 'boolean');
}
