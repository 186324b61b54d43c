import * as vscode from 'vscode';
import { CommandIds, ARTICLE_LANGUAGE } from './commands/commandIds';
import { compareActiveWith, compareSources } from './commands/compareSources';
import { findReprints } from './commands/findReprints';
import { openAppearance } from './commands/openAppearance';
import { showQuoteOrigins } from './commands/showQuoteOrigins';
import { useArticleLanguage } from './commands/useArticleLanguage';
import { ReuseHoverProvider } from './hover/reuseHoverProvider';
import { ReuseIndexService, type IndexSnapshot } from './index/reuseIndexService';
import { IndexCache } from './index/indexCache';
import { isReuse } from '../core';
import { ComparePanel } from './webview/comparePanel';
import { CompareOptionsStore } from './webview/optionsStore';

/** The languages whose documents get hover cards. */
const ARTICLE_SELECTOR: vscode.DocumentSelector = [
  { language: 'plaintext' },
  { language: 'markdown' },
  { language: ARTICLE_LANGUAGE },
];

/** Builds the extension's objects and registers them; all work happens later, on demand. */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Reprint Lens', { log: true });
  const service = new ReuseIndexService(new IndexCache(context.storageUri, String(context.extension.packageJSON.version)));
  const deps = { extensionUri: context.extensionUri, log, options: new CompareOptionsStore(context.workspaceState), index: service };
  const sub = (d: vscode.Disposable) => context.subscriptions.push(d);
  const command = (id: string, run: (...args: unknown[]) => unknown) => sub(vscode.commands.registerCommand(id, run));

  sub(log);
  sub(service);
  // Page furniture (kind `boilerplate`) is not reuse and is not counted as such.
  const reused = (s: IndexSnapshot) => s.result.clusters.filter(isReuse).length;
  sub(service.onDidChange((s) => log.info(`Index: ${s.articles.size} articles, ${reused(s)} reused passages, built in ${s.buildMs} ms (alignment ${s.alignMs} ms).`)));
  sub(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new ReuseHoverProvider(service, log)));

  command(CommandIds.compareSources, (clicked, selected) => compareSources(deps, clicked, selected));
  command(CommandIds.compareActiveWith, (other) => compareActiveWith(deps, other));
  command(CommandIds.findReprints, (options) => findReprints(service, listOptions(options)));
  command(CommandIds.showQuoteOrigins, (options) => showQuoteOrigins(service, listOptions(options)));
  command(CommandIds.useArticleLanguage, useArticleLanguage);
  command(CommandIds.openAppearance, (path, start, end) => openAppearance(service, path, start, end));
  const summary = (s: IndexSnapshot | undefined) =>
    s && { articles: s.articles.size, clusters: reused(s), skipped: s.skipped.length, buildMs: s.buildMs, fromCache: s.fromCache };
  command(CommandIds.rebuildIndex, async () => summary(await service.rebuild()));
  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    command(CommandIds.testLastCompare, () => ComparePanel.record);
    // As on reopening the folder: forget the index in memory and build it the usual way.
    command(CommandIds.testReloadIndex, async () => {
      service.invalidate();
      const s = await service.ensure('explicit');
      return { ...summary(s), result: s?.result };
    });
    command(CommandIds.testSessionState, () => service.sessionState());
  }
}

export function deactivate(): void {}

function listOptions(value: unknown): { showList?: boolean } | undefined {
  if (typeof value === 'object' && value !== null && 'showList' in value) {
    return { showList: (value as { showList: unknown }).showList !== false };
  }
  return undefined;
}
