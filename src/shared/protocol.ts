/**
 * Messages between the extension host and the comparison webview.
 *
 * Only JSON data crosses this boundary: offsets, lines and article text, never HTML. The
 * webview renders text with DOM nodes, and the host checks every request it receives
 * against the articles it sent, since the webview shows untrusted article text.
 */
import type { ClusterKind, DiffPart, RowKind } from '../core/types';

/** A stretch of one article: UTF-16 offsets into its text, its 1-based line and the text itself. */
export interface PassageText {
  readonly start: number;
  readonly end: number;
  readonly line: number;
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
  readonly originPath: string;
  readonly originLine: number;
}

/** Everything the webview needs to draw the comparison against one base source. */
export interface CompareModel {
  /** Changes with every new set of sources, so the page can drop state that belonged to the old one. */
  readonly session: number;
  readonly sources: readonly SourceSummary[];
  readonly base: string;
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
}

/** Every version of one reused passage, first appearance first. */
export interface PassageModel {
  readonly id: string;
  readonly kind: ClusterKind;
  readonly versions: readonly PassageVersion[];
}

/** What the webview remembers across being hidden and shown (kept with setState). */
export interface ViewState {
  readonly mode: 'pair' | 'passage';
  readonly base?: string;
  /** Path of the source shown against the base. */
  readonly right?: string;
  readonly passageId?: string;
  /** Index of the change row that had the focus. */
  readonly focus?: number;
  readonly scrollTop?: number;
}

// ---- host -> webview ----

/** Draw the comparison against `model.base`. */
export interface ShowCompareMessage {
  readonly type: 'showCompare';
  readonly model: CompareModel;
}

/** Draw every version of one passage (null: the id is no longer known). */
export interface ShowPassageMessage {
  readonly type: 'showPassage';
  readonly passage: PassageModel | null;
}

/** Tell the user something went wrong while preparing the view. */
export interface ShowErrorMessage {
  readonly type: 'showError';
  readonly message: string;
}

export type HostMessage = ShowCompareMessage | ShowPassageMessage | ShowErrorMessage;

// ---- webview -> host ----

/** The webview script has loaded; `restore` is what it had before it was hidden. */
export interface ReadyMessage {
  readonly type: 'ready';
  readonly restore: ViewState | null;
}

/** The user picked another base source. */
export interface SelectBaseMessage {
  readonly type: 'selectBase';
  readonly base: string;
}

/** The user opened one reused passage to see all of its versions. */
export interface SelectPassageMessage {
  readonly type: 'selectPassage';
  readonly id: string;
}

/** The user clicked a passage: show it in its editor. */
export interface RevealMessage {
  readonly type: 'reveal';
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

/** The webview has drawn a view (used for timing and by tests). */
export interface RenderedMessage {
  readonly type: 'rendered';
  readonly view: 'pair' | 'passage';
  readonly left: string | null;
  readonly right: string | null;
  readonly rows: number;
}

export type WebviewMessage =
  | ReadyMessage
  | SelectBaseMessage
  | SelectPassageMessage
  | RevealMessage
  | RenderedMessage;

/** Type guard for messages from the webview: checks the shape, not only the `type` tag. */
export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return m.restore === null || (typeof m.restore === 'object' && m.restore !== undefined);
    case 'selectBase':
      return typeof m.base === 'string';
    case 'selectPassage':
      return typeof m.id === 'string';
    case 'reveal':
      return typeof m.path === 'string' && Number.isInteger(m.start) && Number.isInteger(m.end);
    case 'rendered':
      return (m.view === 'pair' || m.view === 'passage') && typeof m.rows === 'number';
    default:
      return false;
  }
}
