import * as vscode from 'vscode';
import type { Appearance } from '../../core';
import { isolateBidi } from '../../core/report/bidi';
import { excerpt, plural } from '../../core/report';
import { articlePath } from '../articles/articlePath';
import { CommandIds } from '../commands/commandIds';
import { SETTINGS_SECTION } from '../config';
import type { ReuseIndexService } from '../index/reuseIndexService';
import { Disposable } from '../util/dispose';
import { laterVersions, shortName } from '../views/reuseModel';
import { indexedArticle } from '../index/indexedArticle';

/** The setting that turns the CodeLens off. */
export const CODELENS_SETTING = `${SETTINGS_SECTION}.codeLens.enabled`;
/** Appearances given lenses on one line; the rest are summed up in one more lens. */
const PER_LINE = 2;

/**
 * A line above each reused quote or passage: where it first appeared ("first in 001:13",
 * which opens it, or "first appears here") and how many later versions there are ("3 later
 * versions", which shows them all in the Reused Passages view). A paragraph holding many
 * gets lenses for the first two and one that opens the article in the Articles view.
 */
export class ReuseCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly service: ReuseIndexService) {
    super();
    this.register(service.onDidChange(() => this.changed.fire()));
    this.register(service.onDidInvalidate(() => this.changed.fire()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(CODELENS_SETTING)) this.changed.fire(); }));
  }

  async provideCodeLenses(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (vscode.workspace.getConfiguration().get<boolean>(CODELENS_SETTING, true) === false) return [];
    if (!this.service.current && !this.service.isArticle(doc)) return [];
    const snapshot = await this.service.ensure('background', token).catch(() => undefined);
    if (!snapshot || token.isCancellationRequested) return [];
    const path = articlePath(doc.uri);
    if (!indexedArticle(snapshot, doc)) return [];
    const byLine = new Map<number, Appearance[]>();
    for (const a of snapshot.index.appearancesIn(path)) {
      const line = doc.positionAt(a.member.start).line;
      byLine.set(line, [...(byLine.get(line) ?? []), a]);
    }
    const lenses: vscode.CodeLens[] = [];
    for (const [line, list] of byLine) {
      const range = new vscode.Range(line, 0, line, 0);
      for (const a of list.slice(0, PER_LINE)) {
        const kind = a.cluster.kind === 'quote' ? '$(quote)' : '$(note)';
        const here = a.member === a.origin;
        const words = tooltipWords(a.member.text);
        const first = here ? `${kind} first appears here` : `${kind} first in ${shortName(a.originDocument.path)}:${a.origin.line}`;
        lenses.push(new vscode.CodeLens(range, here
          ? { title: first, command: CommandIds.revealCluster, arguments: [a.cluster.id], tooltip: `“${words}” first appeared in this article` }
          : { title: first, command: CommandIds.openAppearance, arguments: [a.originDocument.path, a.origin.start, a.origin.end], tooltip: `Open the first appearance of “${words}”` }));
        const n = laterVersions(a.cluster);
        lenses.push(new vscode.CodeLens(range, {
          title: plural(n, 'later version'),
          command: CommandIds.revealCluster,
          arguments: [a.cluster.id],
          tooltip: `Show every version of “${words}” in the Reprint Lens view`,
        }));
      }
      if (list.length > PER_LINE) {
        lenses.push(new vscode.CodeLens(range, { title: `+${list.length - PER_LINE} more reused here`, command: CommandIds.revealArticle, arguments: [path], tooltip: 'Show this article in the Reprint Lens view' }));
      }
    }
    return lenses;
  }
}

/** A few words of the passage for a tooltip, its bidi controls kept inside (the words around it are ours). */
function tooltipWords(text: string): string {
  return isolateBidi(excerpt(text, 60));
}
