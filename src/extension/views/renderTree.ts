import * as vscode from 'vscode';

/** A tree row as plain data: what VS Code is given to draw (tests read this). */
export interface RenderedRow {
  readonly label: string;
  readonly description?: string;
  readonly command?: { readonly command: string; readonly arguments?: unknown[] };
  readonly collapsible: boolean;
  readonly children?: RenderedRow[];
}

/**
 * Asks a tree provider for its rows as VS Code does (getChildren, then getTreeItem for each)
 * down to `depth` levels, and returns them as plain data.
 */
export async function renderTree<T>(provider: vscode.TreeDataProvider<T>, depth: number, parent?: T): Promise<RenderedRow[]> {
  const nodes = (await provider.getChildren(parent)) ?? [];
  const rows: RenderedRow[] = [];
  for (const node of nodes) {
    const item = await provider.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
    const collapsible = item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None;
    rows.push({
      label,
      description: typeof item.description === 'string' ? item.description : undefined,
      command: item.command && { command: item.command.command, arguments: item.command.arguments },
      collapsible,
      children: collapsible && depth > 1 ? await renderTree(provider, depth - 1, node) : undefined,
    });
  }
  return rows;
}
