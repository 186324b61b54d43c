import * as vscode from 'vscode';
import type { Cluster, ClusterMember } from '../../core';
import { plural } from '../../core/report';
import { appearanceItem } from './appearanceItem';
import { markdownText } from '../util/markdownText';
import { articlesOf, flatten, isOrigin, shortName, type ReuseModel } from './reuseModel';

/** A row of the Reused Passages tree. */
export type ClusterNode =
  | { readonly type: 'cluster'; readonly cluster: Cluster }
  | { readonly type: 'member'; readonly cluster: Cluster; readonly member: ClusterMember };

/**
 * The Reused Passages tree: each quote or passage found in two or more articles (widest
 * first), labelled with its words, where it first appeared and in how many articles; under
 * it every appearance, first appearance on top, each opening its article at the span.
 */
export class ClustersProvider implements vscode.TreeDataProvider<ClusterNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: ReuseModel | undefined;
  private nodes = new Map<string, ClusterNode>();

  /** Shows another index (undefined: none yet). */
  setModel(model: ReuseModel | undefined): void {
    this.model = model;
    this.nodes = new Map(model?.clusters.map((cluster) => [cluster.id, { type: 'cluster', cluster } as const]) ?? []);
    this.changed.fire();
  }

  /** The row of a cluster, for reveal. */
  nodeOf(clusterId: string): ClusterNode | undefined {
    return this.nodes.get(clusterId);
  }

  getChildren(node?: ClusterNode): ClusterNode[] {
    if (!this.model) return [];
    if (!node) return [...this.nodes.values()];
    if (node.type === 'member') return [];
    const c = node.cluster;
    const order = (m: ClusterMember) => this.model!.documents.get(m.doc)?.order ?? 0;
    const members = [c.members[c.origin], ...c.members.filter((m) => !isOrigin(c, m)).sort((a, b) => order(a) - order(b) || a.start - b.start)];
    return members.map((member) => ({ type: 'member', cluster: c, member }));
  }

  getParent(node: ClusterNode): ClusterNode | undefined {
    return node.type === 'member' ? this.nodes.get(node.cluster.id) : undefined;
  }

  getTreeItem(node: ClusterNode): vscode.TreeItem {
    const model = this.model!;
    if (node.type === 'member') {
      const item = appearanceItem(model, node.cluster, node.member, 'place');
      item.id = `member:${node.cluster.id}:${node.member.doc}:${node.member.start}:${node.member.end}`;
      return item;
    }
    const c = node.cluster;
    const origin = c.members[c.origin];
    const path = model.documents.get(origin.doc)?.path ?? origin.doc;
    const words = flatten(origin.text, 80);
    const item = new vscode.TreeItem(c.kind === 'quote' ? `“${words}”` : words, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `cluster:${c.id}`;
    item.description = `first in ${shortName(path)}:${origin.line} · ${plural(articlesOf(c).size, 'article')}`;
    item.iconPath = new vscode.ThemeIcon(c.kind === 'quote' ? 'quote' : 'note');
    const tip = new vscode.MarkdownString('', false);
    tip.appendMarkdown(`**${c.kind === 'quote' ? 'Quote' : 'Passage'}** in ${plural(articlesOf(c).size, 'article')}, first in `);
    tip.appendMarkdown(markdownText(path) + markdownText(`, line ${origin.line}${c.firstBy === 'date' ? ' (earliest date)' : ''}`) + '\n\n> ' + markdownText(flatten(origin.text, 600)));
    item.tooltip = tip;
    item.contextValue = 'reprintLens.cluster';
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
