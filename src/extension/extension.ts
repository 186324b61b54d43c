import * as vscode from 'vscode';
import { CommandIds, ARTICLE_LANGUAGE } from './commands/commandIds';
import { compareActiveWith, compareSources } from './commands/compareSources';
import { compareWithSources } from './commands/compareWithSources';
import { exportReport } from './commands/exportReport';
import { findReprints } from './commands/findReprints';
import { openAppearance } from './commands/openAppearance';
import { openPassimOutput } from './commands/openPassimOutput';
import { showQuoteOrigins } from './commands/showQuoteOrigins';
import { useArticleLanguage } from './commands/useArticleLanguage';
import { ReuseCodeLensProvider } from './codelens/reuseCodeLens';
import { ReuseDecorator } from './decorations/reuseDecorator';
import { ReuseHoverProvider } from './hover/reuseHoverProvider';
import { ReuseIndexService, type IndexSnapshot } from './index/reuseIndexService';
import { IndexCache } from './index/indexCache';
import { ReuseStatusBar } from './status/reuseStatusBar';
import { ReprintViews } from './views/reprintViews';
import { renderTree } from './views/renderTree';
import { isReuse } from '../core';
import { ComparePanel } from './webview/comparePanel';
import { CompareOptionsStore } from './webview/optionsStore';

/** The languages whose documents get hover cards, highlights and CodeLens. */
const ARTICLE_SELECTOR: vscode.DocumentSelector = [
  { language: 'plaintext' },
  { language: 'markdown' },
  { language: ARTICLE_LANGUAGE },
];

/** Builds the extension's objects and registers them; all work happens later, on demand. */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Reprint Lens', { log: true });
  const version = String(context.extension.packageJSON.version);
  const service = new ReuseIndexService(new IndexCache(context.storageUri, version));
  const deps = { extensionUri: context.extensionUri, log, options: new CompareOptionsStore(context.workspaceState), index: service };
  const sub = <T extends vscode.Disposable>(d: T): T => {
    context.subscriptions.push(d);
    return d;
  };
  const command = (id: string, run: (...args: unknown[]) => unknown) => sub(vscode.commands.registerCommand(id, run));

  sub(log);
  sub(service);
  // Page furniture (kind `boilerplate`) is not reuse and is not counted as such.
  const reused = (s: IndexSnapshot) => s.result.clusters.filter(isReuse).length;
  sub(service.onDidChange((s) => log.info(`Index: ${s.articles.size} articles, ${reused(s)} reused passages, built in ${s.buildMs} ms (alignment ${s.alignMs} ms)${s.importedFrom ? `, from passim output in ${s.importedFrom}` : ''}.`)));
  sub(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new ReuseHoverProvider(service, log)));
  const views = sub(new ReprintViews(service));
  const decorator = sub(new ReuseDecorator(service, vscode.Uri.joinPath(context.extensionUri, 'media')));
  sub(vscode.languages.registerCodeLensProvider(ARTICLE_SELECTOR, sub(new ReuseCodeLensProvider(service))));
  const status = sub(new ReuseStatusBar(service));
  const search = { service, views };

  command(CommandIds.compareSources, (clicked, selected) => compareSources(deps, clicked, selected));
  command(CommandIds.compareActiveWith, (other) => compareActiveWith(deps, other));
  command(CommandIds.compareWithSources, (target) => compareWithSources(service, target));
  command(CommandIds.findReprints, (options) => findReprints(search, listOptions(options)));
  command(CommandIds.showQuoteOrigins, (options) => showQuoteOrigins(search, listOptions(options)));
  command(CommandIds.useArticleLanguage, useArticleLanguage);
  command(CommandIds.openAppearance, (path, start, end) => openAppearance(service, path, start, end));
  command(CommandIds.revealCluster, (id) => typeof id === 'string' && views.revealCluster(id));
  command(CommandIds.revealArticle, (path) => typeof path === 'string' && views.revealArticle(path));
  command(CommandIds.exportReport, (target) => exportReport(service, version, target));
  command(CommandIds.openPassimOutput, (target) => openPassimOutput(service, log, target));
  command(CommandIds.clearResults, () => views.results.clear());
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
    command(CommandIds.testViews, async () => ({
      clusters: await renderTree(views.clusters, 2),
      articles: await renderTree(views.articles, 3),
      results: await renderTree(views.results, 3),
    }));
    command(CommandIds.testDecorations, () => decorator.spans);
    command(CommandIds.testStatusBar, () => status.shown);
  }
}

export function deactivate(): void {}

function listOptions(value: unknown): { showList?: boolean } | undefined {
  if (typeof value === 'object' && value !== null && 'showList' in value) {
    return { showList: (value as { showList: unknown }).showList !== false };
  }
  return undefined;
}
