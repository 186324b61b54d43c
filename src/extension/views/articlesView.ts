import * as vscode from 'vscode';
import type { Cluster, ClusterMember, DocumentInfo } from '../../core';
import { describeArticleReuse, quotesAndPassages } from '../../core/report';
import { appearanceItem } from './appearanceItem';
import { markdownText } from '../util/markdownText';
import { isOrigin, shortName, type ReuseModel } from './reuseModel';

/** A row of the Articles tree. */
export type ArticleNode =
  | { readonly type: 'article'; readonly info: DocumentInfo }
  | { readonly type: 'source'; readonly info: DocumentInfo; readonly from: DocumentInfo; readonly quotes: number; readonly passages: number }
  | { readonly type: 'takers'; readonly info: DocumentInfo }
  | { readonly type: 'member'; readonly cluster: Cluster; readonly member: ClusterMember };

/**
 * The Articles tree: every article in "first appeared" order with how much of it first
 * appeared elsewhere and where ("12% reused · 4 quotes from 3 sources"); under it one row
 * per source article with the passages taken from it, and a row for what later articles
 * took from this one.
 */
export class ArticlesProvider implements vscode.TreeDataProvider<ArticleNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: ReuseModel | undefined;
  private nodes = new Map<string, ArticleNode>();

  setModel(model: ReuseModel | undefined): void {
    this.model = model;
    this.nodes = new Map(model?.snapshot.result.documents.map((info) => [info.path, { type: 'article', info } as const]) ?? []);
    this.changed.fire();
  }

  /** The row of an article, for reveal. */
  nodeOf(path: string): ArticleNode | undefined {
    return this.nodes.get(path);
  }

  getChildren(node?: ArticleNode): ArticleNode[] {
    const model = this.model;
    if (!model) return [];
    if (!node) return [...this.nodes.values()];
    if (node.type === 'article') {
      const reuse = model.articles.get(node.info.id)!;
      const rows: ArticleNode[] = reuse.sources.map((s) => ({ type: 'source', info: node.info, from: model.documents.get(s.doc)!, quotes: s.quotes, passages: s.passages }));
      if (reuse.takenBy.length > 0) rows.push({ type: 'takers', info: node.info });
      return rows;
    }
    if (node.type === 'source') {
      return model.clusters
        .filter((c) => c.members[c.origin].doc === node.from.id)
        .flatMap((cluster) => cluster.members.filter((m) => m.doc === node.info.id && !m.repeat).map((member) => ({ type: 'member', cluster, member }) as const))
        .sort((a, b) => a.member.start - b.member.start);
    }
    if (node.type === 'takers') {
      return model.clusters
        .filter((c) => c.members[c.origin].doc === node.info.id && c.members.some((m) => m.doc !== node.info.id && !m.repeat))
        .map((cluster) => ({ type: 'member', cluster, member: cluster.members[cluster.origin] }) as const)
        .sort((a, b) => a.member.start - b.member.start);
    }
    return [];
  }

  getParent(node: ArticleNode): ArticleNode | undefined {
    return node.type === 'source' || node.type === 'takers' ? this.nodes.get(node.info.path) : undefined;
  }

  getTreeItem(node: ArticleNode): vscode.TreeItem {
    const model = this.model!;
    switch (node.type) {
      case 'article': {
        const reuse = model.articles.get(node.info.id)!;
        const article = model.snapshot.articles.get(node.info.path);
        const any = reuse.sources.length + reuse.takenBy.length > 0;
        const item = new vscode.TreeItem(shortName(node.info.path), any ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `article:${node.info.path}`;
        item.description = describeArticleReuse(reuse);
        item.tooltip = new vscode.MarkdownString([markdownText(node.info.title), markdownText(node.info.path) + (node.info.date ? markdownText(` · ${node.info.date}`) : ''), markdownText(describeArticleReuse(reuse))].join('\n\n'), false);
        item.resourceUri = article?.uri;
        item.iconPath = vscode.ThemeIcon.File;
        if (article) item.command = { command: 'vscode.open', title: 'Open Article', arguments: [article.uri] };
        item.contextValue = 'reprintLens.article';
        return item;
      }
      case 'source': {
        const item = new vscode.TreeItem(`from ${shortName(node.from.path)}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `source:${node.info.path}:${node.from.path}`;
        item.description = quotesAndPassages(node.quotes, node.passages);
        item.tooltip = new vscode.MarkdownString(`Taken from ${markdownText(node.from.path)} (${markdownText(node.from.title)})`, false);
        item.iconPath = new vscode.ThemeIcon('arrow-left');
        return item;
      }
      case 'takers': {
        const reuse = model.articles.get(node.info.id)!;
        const item = new vscode.TreeItem('taken up by', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `takers:${node.info.path}`;
        item.description = reuse.takenBy.map((t) => `${shortName(model.documents.get(t.doc)!.path)} (${t.clusters})`).join(', ');
        item.iconPath = new vscode.ThemeIcon('arrow-right');
        return item;
      }
      case 'member': {
        const item = appearanceItem(model, node.cluster, node.member, 'text');
        item.id = `article-member:${node.cluster.id}:${node.member.doc}:${node.member.start}:${isOrigin(node.cluster, node.member)}`;
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
