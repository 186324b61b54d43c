import * as vscode from 'vscode';
import type { AlignResult } from '../../core';
import { readHeader } from '../../core/input/frontMatter';
import { articlePath } from '../articles/articlePath';
import { readArticle } from '../articles/articleReader';
import type { LensSettings } from '../config';
import { plainText } from '../util/plainText';

/** An article in a picker: its file name, with its title (and folder) beside it. */
export interface ArticleItem extends vscode.QuickPickItem {
  readonly uri: vscode.Uri;
}

/** Where titles may already be known: the reuse index, once it is built. */
export interface KnownTitles {
  readonly current?: { readonly result: AlignResult };
}

/** What the picker asks and allows. */
export interface PickOptions {
  readonly title: string;
  readonly placeHolder: string;
  readonly canPickMany: boolean;
  /** Articles ticked from the start (URIs as strings). */
  readonly ticked?: ReadonlySet<string>;
}

/** Files read at once while titles are gathered. */
const READ_AT_ONCE = 16;

/**
 * A list of articles that names each by its title as well as its file name (example corpora
 * and scraped collections are often named by hashes). Titles the reuse index knows show at
 * once; the others are read from the files while the list is already open, and filled in
 * without losing what the reader ticked or where the list is scrolled.
 */
export async function pickArticles(files: readonly vscode.Uri[], options: PickOptions, settings: LensSettings, known?: KnownTitles): Promise<vscode.Uri[] | undefined> {
  const titles = new Map<string, string>();
  for (const d of known?.current?.result.documents ?? []) titles.set(d.path, d.date ? `${d.title} (${d.date})` : d.title);
  const pick = vscode.window.createQuickPick<ArticleItem>();
  pick.title = options.title;
  pick.placeholder = options.placeHolder;
  pick.canSelectMany = options.canPickMany;
  pick.matchOnDescription = true;
  pick.keepScrollPosition = true;
  const refresh = () => {
    const chosen = new Set(pick.selectedItems.map((i) => i.uri.toString()));
    const active = new Set(pick.activeItems.map((i) => i.uri.toString()));
    const first = pick.items.length === 0;
    const items = files.map((uri) => articleItem(uri, titles.get(articlePath(uri))));
    pick.items = items;
    if (options.canPickMany) pick.selectedItems = items.filter((i) => (first ? options.ticked?.has(i.uri.toString()) : chosen.has(i.uri.toString())));
    if (!first) pick.activeItems = items.filter((i) => active.has(i.uri.toString()));
  };
  refresh();
  const missing = files.filter((u) => !titles.has(articlePath(u)));
  pick.busy = missing.length > 0;
  let closed = false;
  const answer = new Promise<vscode.Uri[] | undefined>((resolve) => {
    pick.onDidAccept(() => {
      const chosen = options.canPickMany ? pick.selectedItems : pick.activeItems.slice(0, 1);
      resolve(chosen.map((i) => i.uri));
      pick.hide();
    });
    pick.onDidHide(() => {
      closed = true;
      resolve(undefined);
      pick.dispose();
    });
  });
  pick.show();
  void (async () => {
    for (let i = 0; i < missing.length && !closed; i += READ_AT_ONCE) {
      const batch = missing.slice(i, i + READ_AT_ONCE);
      const read = await Promise.all(batch.map((uri) => readArticle(uri, settings)));
      for (const r of read) if ('uri' in r) titles.set(r.path, headerLabel(r.text));
    }
    if (closed) return;
    pick.busy = false;
    if (missing.length > 0) refresh();
  })();
  return answer;
}

function headerLabel(text: string): string {
  const h = readHeader(text);
  return h.date ? `${h.title} (${h.date})` : h.title;
}

/** A list item: the file name, then its title and (outside the workspace root) its folder. */
export function articleItem(uri: vscode.Uri, title: string | undefined): ArticleItem {
  const path = articlePath(uri);
  const slash = path.lastIndexOf('/');
  const folder = slash >= 0 ? path.slice(0, slash) : '';
  // Quick-pick labels and descriptions draw `$(name)` as an icon: file names and titles go in inert.
  const description = [title, folder].filter((s) => s).map((s) => plainText(s!)).join(' — ');
  return { label: plainText(slash >= 0 ? path.slice(slash + 1) : path), description: description || undefined, uri };
}
