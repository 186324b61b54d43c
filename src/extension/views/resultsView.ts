import * as vscode from 'vscode';
import { CommandIds } from '../commands/commandIds';
import { markdownText } from '../util/markdownText';

/** One place a result points at (opens the article with the span selected). */
export interface ResultPlace {
  readonly label: string;
  readonly description: string;
  readonly path: string;
  readonly start: number;
  readonly end: number;
  /** Markdown-free text for the tooltip (the words found). */
  readonly text: string;
  /** Codicon name. */
  readonly icon?: string;
  readonly children?: readonly ResultPlace[];
}

/** The outcome of one Find Reprints or Show Quote Origins, kept in the Results view. */
export interface ResultSet {
  readonly kind: 'reprints' | 'origins';
  readonly label: string;
  readonly description: string;
  readonly places: readonly ResultPlace[];
  /** Shown as the only row under the set when it has no places ("not found in other articles"). */
  readonly note?: string;
}

/** A row of the Results tree. */
export type ResultNode =
  | { readonly type: 'set'; readonly set: ResultSet; readonly serial: number }
  | { readonly type: 'place'; readonly place: ResultPlace; readonly parent: ResultNode; readonly key: string }
  | { readonly type: 'note'; readonly text: string; readonly parent: ResultNode; readonly key: string };

/** How many results the view keeps; older ones drop off the end. */
const KEPT = 10;

/**
 * The Results tree: the last searches (Find Reprints of Selection, Show Quote Origins),
 * newest first and expanded, so a result stays where it can be gone through and returned
 * to, as the references panel keeps the last "Find All References".
 */
export class ResultsProvider implements vscode.TreeDataProvider<ResultNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private sets: { type: 'set'; set: ResultSet; serial: number }[] = [];
  private serial = 0;

  /** Puts a result at the top and returns its row (for reveal). */
  add(set: ResultSet): ResultNode {
    const node = { type: 'set', set, serial: ++this.serial } as const;
    this.sets = [node, ...this.sets].slice(0, KEPT);
    this.changed.fire();
    return node;
  }

  clear(): void {
    this.sets = [];
    this.changed.fire();
  }

  getChildren(node?: ResultNode): ResultNode[] {
    if (!node) return this.sets;
    if (node.type === 'note') return [];
    const places = node.type === 'set' ? node.set.places : node.place.children ?? [];
    const key = node.type === 'set' ? String(node.serial) : node.key;
    if (node.type === 'set' && places.length === 0 && node.set.note) return [{ type: 'note', text: node.set.note, parent: node, key: `${key}/note` }];
    return places.map((place, i) => ({ type: 'place', place, parent: node, key: `${key}/${i}` }));
  }

  getParent(node: ResultNode): ResultNode | undefined {
    return node.type === 'set' ? undefined : node.parent;
  }

  getTreeItem(node: ResultNode): vscode.TreeItem {
    if (node.type === 'set') {
      const newest = node === this.sets[0];
      const item = new vscode.TreeItem(node.set.label, newest ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `result:${node.serial}`;
      item.description = node.set.description;
      item.iconPath = new vscode.ThemeIcon(node.set.kind === 'reprints' ? 'search' : 'references');
      item.contextValue = 'reprintLens.resultSet';
      return item;
    }
    if (node.type === 'note') {
      const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
      item.id = `result:${node.key}`;
      item.iconPath = new vscode.ThemeIcon('info');
      return item;
    }
    const p = node.place;
    const item = new vscode.TreeItem(p.label, p.children?.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `result:${node.key}`;
    item.description = p.description;
    item.tooltip = new vscode.MarkdownString(`${markdownText(p.path)}\n\n${markdownText(p.text)}`, false);
    if (p.icon) item.iconPath = new vscode.ThemeIcon(p.icon);
    item.command = { command: CommandIds.openAppearance, title: 'Open', arguments: [p.path, p.start, p.end] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
