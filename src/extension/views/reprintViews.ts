import * as vscode from 'vscode';
import type { IndexSnapshot, ReuseIndexService } from '../index/reuseIndexService';
import { Disposable } from '../util/dispose';
import { ArticlesProvider, type ArticleNode } from './articlesView';
import { ClustersProvider, type ClusterNode } from './clustersView';
import { ResultsProvider, type ResultNode, type ResultSet } from './resultsView';
import { reuseModel } from './reuseModel';

/** Ids of the views in the Reprint Lens container (as in package.json). */
export const ViewIds = {
  clusters: 'reprintLens.clusters',
  articles: 'reprintLens.articles',
  results: 'reprintLens.results',
} as const;

/** Context key the views' welcome text reads: `building`, `empty` (no reuse found) or `ready`; unset before any index. */
const INDEX_STATE = 'reprintLens.indexState';

/**
 * The Reprint Lens views: Reused Passages, Articles and Results, kept in step with the
 * index. Showing a view builds the index if there is none (in the background, as a hover
 * does); a dropped index (settings changed) is rebuilt while a view is on screen.
 */
export class ReprintViews extends Disposable {
  readonly clusters = this.register(new ClustersProvider());
  readonly articles = this.register(new ArticlesProvider());
  readonly results = this.register(new ResultsProvider());
  private readonly clusterView: vscode.TreeView<ClusterNode>;
  private readonly articleView: vscode.TreeView<ArticleNode>;
  private readonly resultView: vscode.TreeView<ResultNode>;

  constructor(private readonly service: ReuseIndexService) {
    super();
    this.clusterView = this.register(vscode.window.createTreeView(ViewIds.clusters, { treeDataProvider: this.clusters, showCollapseAll: true }));
    this.articleView = this.register(vscode.window.createTreeView(ViewIds.articles, { treeDataProvider: this.articles, showCollapseAll: true }));
    this.resultView = this.register(vscode.window.createTreeView(ViewIds.results, { treeDataProvider: this.results, showCollapseAll: true }));
    this.register(service.onDidChange((s) => this.show(s)));
    this.register(service.onDidInvalidate(() => {
      this.show(undefined);
      // Not at once: the index may be replaced in the same breath (passim's output adopted),
      // and a build started now would put Reprint Lens's own alignment back over it.
      setTimeout(() => { if (!this.isDisposed && !this.service.current && this.anyVisible()) void this.build(); }, 0);
    }));
    for (const view of [this.clusterView, this.articleView]) {
      this.register(view.onDidChangeVisibility((e) => { if (e.visible && !this.service.current) void this.build(); }));
    }
    this.show(service.current);
  }

  /** Puts a result at the top of the Results view and shows it there. */
  async showResult(set: ResultSet, focus: boolean): Promise<void> {
    const node = this.results.add(set);
    await this.resultView.reveal(node, { expand: true, select: true, focus });
  }

  /** Shows a cluster in the Reused Passages view, expanded. */
  async revealCluster(id: string): Promise<boolean> {
    const node = this.clusters.nodeOf(id);
    if (!node) return false;
    await this.clusterView.reveal(node, { expand: true, select: true, focus: true });
    return true;
  }

  /** Shows an article in the Articles view, expanded. */
  async revealArticle(path: string): Promise<boolean> {
    const node = this.articles.nodeOf(path);
    if (!node) return false;
    await this.articleView.reveal(node, { expand: true, select: true, focus: true });
    return true;
  }

  private anyVisible(): boolean {
    return this.clusterView.visible || this.articleView.visible;
  }

  private async build(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    void vscode.commands.executeCommand('setContext', INDEX_STATE, 'building');
    const snapshot = await this.service.ensure('background').catch(() => undefined);
    if (!snapshot) void vscode.commands.executeCommand('setContext', INDEX_STATE, undefined);
  }

  private show(snapshot: IndexSnapshot | undefined): void {
    const model = snapshot && reuseModel(snapshot);
    this.clusters.setModel(model);
    this.articles.setModel(model);
    const state = !model ? undefined : model.clusters.length === 0 ? 'empty' : 'ready';
    void vscode.commands.executeCommand('setContext', INDEX_STATE, state);
    const origin = snapshot?.importedFrom ? `passim: ${snapshot.importedFrom}` : undefined;
    this.clusterView.description = model ? [origin, `${model.clusters.length} in ${snapshot!.result.documents.length} articles`].filter(Boolean).join(' · ') : undefined;
    this.articleView.description = origin;
    this.clusterView.message = snapshot?.importedFrom
      ? `Showing passim's clusters from ${snapshot.importedFrom}. Rebuild Reuse Index returns to Reprint Lens's own alignment.`
      : undefined;
  }
}
