import type * as vscode from 'vscode';
import { DEFAULT_OPTIONS, isOptions } from '../../shared/protocol';
import type { CompareOptions } from '../../shared/protocol';

const KEY = 'reprintLens.compareOptions';

/**
 * The comparison options, remembered per workspace (as the diff editor remembers its own):
 * every comparison opened in this workspace starts with the options last chosen in any of them.
 */
export class CompareOptionsStore {
  constructor(private readonly memento: vscode.Memento) {}

  /** The stored options, or the defaults where nothing valid is stored. */
  get(): CompareOptions {
    const stored = this.memento.get<unknown>(KEY);
    return isOptions(stored) ? pick(stored) : DEFAULT_OPTIONS;
  }

  /** Remembers `options` and returns what was stored. */
  async set(options: CompareOptions): Promise<CompareOptions> {
    const value = pick(options);
    await this.memento.update(KEY, value);
    return value;
  }
}

/** Only the known options, so nothing else a webview sends is ever stored. */
function pick(o: CompareOptions): CompareOptions {
  return { ignoreCase: o.ignoreCase, ignorePunctuation: o.ignorePunctuation, onlyChanges: o.onlyChanges, collapseUnchanged: o.collapseUnchanged };
}
