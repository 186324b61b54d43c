import * as vscode from 'vscode';
import { ENGINE_REVISION, type AlignOptions, type AlignResult } from '../../core';

/** The last alignment of a workspace, as stored: the key it was made for, and the result. */
interface Stored {
  readonly key: string;
  readonly result: AlignResult;
}

const FILE = 'reuse-index.json';

/**
 * The last alignment of the workspace, kept in the extension's own workspace storage (never
 * beside the user's files), so reopening an unchanged folder shows hovers without aligning
 * again. It is keyed by a SHA-256 of the extension's version, the engine's revision (see
 * ENGINE_REVISION), the options and every article's
 * path and text: any edit, added or removed article or changed setting misses the cache.
 * Uses Web Crypto, which both desktop and browser-hosted VS Code provide.
 */
export class IndexCache {
  constructor(private readonly dir: vscode.Uri | undefined, private readonly version: string) {}

  /** The key for these articles and options. */
  async keyOf(articles: ReadonlyArray<{ path: string; text: string }>, options: AlignOptions): Promise<string> {
    const parts = [this.version, `engine ${ENGINE_REVISION}`, JSON.stringify(options)];
    for (const a of [...articles].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))) parts.push(a.path, a.text);
    const bytes = new TextEncoder().encode(parts.join('\u0000'));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  /** The stored result for `key`, or undefined (no storage, no file, another key, unreadable). */
  async load(key: string): Promise<AlignResult | undefined> {
    if (!this.dir) return undefined;
    try {
      const stored = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.dir, FILE)))) as Stored;
      return stored.key === key ? stored.result : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores `result` under `key`, replacing what was there. */
  async save(key: string, result: AlignResult): Promise<void> {
    if (!this.dir) return;
    await vscode.workspace.fs.createDirectory(this.dir);
    const stored: Stored = { key, result };
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.dir, FILE), new TextEncoder().encode(JSON.stringify(stored)));
  }
}
