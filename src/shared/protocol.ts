/**
 * Messages between the extension host and the comparison webview.
 *
 * Only JSON data crosses this boundary: offsets, lines and article text, never HTML. The
 * webview renders text with DOM nodes, and the host checks every request it receives
 * against the articles it sent, since the webview shows untrusted article text.
 */
import { isOptions } from './compareModel';
import type { CompareModel, CompareOptions, ColumnsModel, PassageModel, ViewMode, ViewState } from './compareModel';

export * from './compareModel';

// ---- host -> webview ----

/** Draw the comparison against `model.base`, with the reader's options. */
export interface ShowCompareMessage {
  readonly type: 'showCompare';
  readonly model: CompareModel;
  readonly options: CompareOptions;
}

/** Draw one passage in a column per source (null: the id is no longer known). */
export interface ShowColumnsMessage {
  readonly type: 'showColumns';
  readonly columns: ColumnsModel | null;
}

/** The options changed (in this view or another comparison of the workspace). */
export interface OptionsMessage {
  readonly type: 'options';
  readonly options: CompareOptions;
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

export type HostMessage = ShowCompareMessage | ShowPassageMessage | ShowColumnsMessage | OptionsMessage | ShowErrorMessage;

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

/** The user chose a passage to see in a column per source. */
export interface SelectColumnsMessage {
  readonly type: 'selectColumns';
  readonly id: string;
}

/** The user changed the comparison options. */
export interface SetOptionsMessage {
  readonly type: 'setOptions';
  readonly options: CompareOptions;
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
  readonly view: ViewMode;
  readonly left: string | null;
  readonly right: string | null;
  readonly rows: number;
}

export type WebviewMessage =
  | ReadyMessage
  | SelectBaseMessage
  | SelectPassageMessage
  | SelectColumnsMessage
  | SetOptionsMessage
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
    case 'selectColumns':
      return typeof m.id === 'string';
    case 'setOptions':
      return isOptions(m.options);
    case 'reveal':
      return typeof m.path === 'string' && Number.isInteger(m.start) && Number.isInteger(m.end);
    case 'rendered':
      return (m.view === 'pair' || m.view === 'passage' || m.view === 'columns') && typeof m.rows === 'number';
    default:
      return false;
  }
}
