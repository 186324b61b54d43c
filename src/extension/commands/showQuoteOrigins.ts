import * as vscode from 'vscode';
import type { ClusterKind } from '../../core/index';
import { articlePath } from '../articles/articlePath';
import type { ReuseIndexService } from '../index/reuseIndexService';
import { revealSpan } from './openAppearance';

const LABEL_CHARS = 90;

/** One quote or passage of the active article and its first appearance (tests read this). */
export interface QuoteOrigin {
  readonly kind: ClusterKind;
  readonly line: number;
  readonly text: string;
  readonly originPath: string;
  readonly originLine: number;
  readonly originStart: number;
  readonly originEnd: number;
  /** Number of articles the passage appears in. */
  readonly articles: number;
}

interface OriginItem extends vscode.QuickPickItem {
  readonly origin: QuoteOrigin;
  readonly start: number;
  readonly end: number;
}

/**
 * Show Quote Origins: the active article's reused quotes and passages, each with where it
 * first appeared. Highlighting an entry selects it in the article; Enter opens its origin.
 * `showList: false` (for tests) returns the entries without showing anything.
 */
export async function showQuoteOrigins(service: ReuseIndexService, options?: { showList?: boolean }): Promise<QuoteOrigin[]> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Reprint Lens: open an article first.');
    return [];
  }
  const snapshot = await service.ensure('explicit');
  if (!snapshot) return [];
  const path = articlePath(editor.document.uri);
  if (!snapshot.articles.has(path)) {
    void vscode.window.showInformationMessage(`Reprint Lens: ${path} is not one of the indexed articles (see reprintLens.articleGlobs).`);
    return [];
  }
  const appearances = snapshot.index.appearancesIn(path); // in text order already
  const items: OriginItem[] = appearances.map((a) => {
    const origin: QuoteOrigin = {
      kind: a.cluster.kind,
      line: a.member.line,
      text: a.member.text,
      originPath: a.originDocument.path,
      originLine: a.origin.line,
      originStart: a.origin.start,
      originEnd: a.origin.end,
      articles: new Set(a.cluster.members.map((m) => m.doc)).size,
    };
    const isOrigin = a.origin === a.member || (a.origin.doc === a.member.doc && a.origin.start === a.member.start);
    return {
      label: `${a.cluster.kind === 'quote' ? '$(quote)' : '$(note)'} ${flatten(a.member.text)}`,
      description: isOrigin ? 'first appears here' : `first in ${a.originDocument.path}:${a.origin.line}`,
      detail: `line ${a.member.line} · ${a.cluster.kind} in ${origin.articles} articles`,
      origin,
      start: a.member.start,
      end: a.member.end,
    };
  });
  if (options?.showList === false) return items.map((i) => i.origin);
  if (items.length === 0) {
    void vscode.window.showInformationMessage(`Reprint Lens: no reused quotes or passages found in ${path}.`);
    return [];
  }
  const doc = editor.document;
  const chosen = await vscode.window.showQuickPick(items, {
    title: `Quote origins in ${path}`,
    placeHolder: 'Highlight an entry to find it here; Enter opens its first appearance',
    matchOnDescription: true,
    onDidSelectItem: (item) => {
      const it = item as OriginItem;
      const range = new vscode.Range(doc.positionAt(it.start), doc.positionAt(it.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },
  });
  if (chosen) {
    const article = snapshot.articles.get(chosen.origin.originPath);
    if (article) await revealSpan(article.uri, chosen.origin.originStart, chosen.origin.originEnd);
  }
  return items.map((i) => i.origin);
}

function flatten(text: string): string {
  // "$(name)" in a label would turn into an icon; break it up.
  const flat = text.replace(/\s+/g, ' ').replace(/\$\(/g, '$\u200b(').trim();
  return flat.length > LABEL_CHARS ? `${flat.slice(0, LABEL_CHARS - 1)}…` : flat;
}
