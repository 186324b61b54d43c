import * as vscode from 'vscode';
import { alignOptions, readSettings } from '../config';
import { findArticleFiles, readArticles } from '../articles/articleReader';
import { articlePath } from '../articles/articlePath';
import { CompareSession } from '../webview/compareSession';
import { ComparePanel } from '../webview/comparePanel';
import type { CompareOptionsStore } from '../webview/optionsStore';
import { pickArticles } from '../webview/articlePicker';
import type { KnownTitles } from '../webview/articlePicker';
import { plainText } from '../util/plainText';

/** What the comparison commands need from the extension. */
export interface CompareDeps {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  /** The comparison options remembered for this workspace. */
  readonly options: CompareOptionsStore;
  /** The reuse index, whose titles the pickers show without reading the files again. */
  readonly index?: KnownTitles;
}

const FEW_ARTICLES = 6;

/**
 * Compare Sources: the files selected in the Explorer when there are two or more, else a
 * multi-select list of the workspace's articles (the Explorer's or active file pre-ticked).
 */
export async function compareSources(deps: CompareDeps, clicked?: unknown, selected?: unknown): Promise<void> {
  const fromExplorer = uriList(selected, clicked);
  let uris = fromExplorer;
  if (uris.length < 2) {
    const ticked = new Set(fromExplorer.map((u) => u.toString()));
    const active = vscode.window.activeTextEditor?.document.uri;
    if (ticked.size === 0 && active) ticked.add(active.toString());
    const picked = await pickFiles(deps, ticked);
    if (!picked) return;
    uris = picked;
  }
  if (uris.length < 2) {
    void vscode.window.showInformationMessage('Reprint Lens: choose at least two articles to compare.');
    return;
  }
  await openComparison(deps, uris, Date.now());
}

/** Compare Active Article With…: the active article as the base, one other article against it. */
export async function compareActiveWith(deps: CompareDeps, other?: unknown): Promise<void> {
  const active = vscode.window.activeTextEditor?.document;
  if (!active) {
    void vscode.window.showInformationMessage('Reprint Lens: open an article first.');
    return;
  }
  let otherUri = other instanceof vscode.Uri ? other : undefined;
  if (!otherUri) {
    const settings = readSettings();
    const files = (await findArticleFiles(settings)).filter((u) => u.toString() !== active.uri.toString());
    const choice = await pickArticles(
      files,
      { title: `Compare ${articlePath(active.uri)} with…`, placeHolder: 'Choose the article to set against the active one', canPickMany: false },
      settings,
      deps.index,
    );
    if (!choice?.length) return;
    otherUri = choice[0];
  }
  await openComparison(deps, [active.uri, otherUri], Date.now(), articlePath(active.uri));
}

async function pickFiles(deps: CompareDeps, ticked: ReadonlySet<string>): Promise<vscode.Uri[] | undefined> {
  const settings = readSettings();
  const files = await findArticleFiles(settings);
  if (files.length === 0) {
    void vscode.window.showInformationMessage(
      'Reprint Lens: no article files in this workspace (see the reprintLens.articleGlobs setting).',
    );
    return undefined;
  }
  return pickArticles(
    files,
    { title: 'Reprint Lens: Compare Sources', placeHolder: 'Tick two or more articles to compare', canPickMany: true, ticked },
    settings,
    deps.index,
  );
}

/** Reads the chosen articles and shows them; `startedAt` is when the user finished choosing. */
async function openComparison(deps: CompareDeps, uris: readonly vscode.Uri[], startedAt: number, base?: string): Promise<void> {
  const settings = readSettings();
  // A few articles take well under a second: the status bar is enough. Many get a cancellable notification.
  const location = uris.length > FEW_ARTICLES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
  const session = await vscode.window.withProgress(
    { location, title: `Reprint Lens: comparing ${uris.length} articles`, cancellable: true },
    async (_progress, token) => {
      const set = await readArticles(uris, settings, token);
      if (token.isCancellationRequested) return undefined;
      if (set.articles.length < 2) {
        const why = set.skipped.map((s) => `${plainText(s.path)} ${s.reason}`).join('; ');
        void vscode.window.showWarningMessage(`Reprint Lens: fewer than two articles could be read. ${why}`);
        return undefined;
      }
      return new CompareSession(set.articles, set.skipped, alignOptions(settings), base);
    },
  );
  if (!session) return;
  deps.log.info(`Comparing ${session.sources.length} sources (prepared in ${Date.now() - startedAt} ms).`);
  ComparePanel.show(deps, session, startedAt);
}

function uriList(...candidates: unknown[]): vscode.Uri[] {
  for (const c of candidates) {
    if (Array.isArray(c)) {
      const uris = c.filter((u): u is vscode.Uri => u instanceof vscode.Uri);
      if (uris.length > 0) return uris;
    } else if (c instanceof vscode.Uri) {
      return [c];
    }
  }
  return [];
}
