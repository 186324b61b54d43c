import * as vscode from 'vscode';
import { findPhrase } from '../../core';
import { articlePath } from '../articles/articlePath';
import type { ReuseIndexService } from '../index/reuseIndexService';
import { revealSpan } from './openAppearance';

const MAX_PHRASE_CHARS = 2000;
const DETAIL_CHARS = 160;

/** One place where the selected words appear, as the command returns it (tests read this). */
export interface ReprintHit {
  readonly path: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly text: string;
}

interface HitItem extends vscode.QuickPickItem {
  readonly hit: ReprintHit;
  readonly uri: vscode.Uri;
}

/**
 * Find Reprints of Selection: every indexed article where the selected words appear,
 * best match first, in a list that previews each hit as it is highlighted.
 * `showList: false` (for tests) returns the hits without showing anything.
 */
export async function findReprints(service: ReuseIndexService, options?: { showList?: boolean }): Promise<ReprintHit[]> {
  const editor = vscode.window.activeTextEditor;
  const phrase = editor?.document.getText(editor.selection).trim() ?? '';
  if (!editor || phrase === '') {
    void vscode.window.showInformationMessage('Reprint Lens: select some words of an article first.');
    return [];
  }
  if (phrase.length > MAX_PHRASE_CHARS) {
    void vscode.window.showInformationMessage(
      `Reprint Lens: the selection is too long to search for (over ${MAX_PHRASE_CHARS} characters).`,
    );
    return [];
  }
  const snapshot = await service.ensure('explicit');
  if (!snapshot) return [];
  const inputs = [...snapshot.articles.values()].map((a) => ({ path: a.path, text: a.text }));
  const hits: ReprintHit[] = findPhrase(inputs, phrase).map((h) => ({
    path: h.path,
    line: h.span.line,
    start: h.span.start,
    end: h.span.end,
    score: h.score,
    text: h.span.text,
  }));
  if (options?.showList === false) return hits;

  const here = articlePath(editor.document.uri);
  const selStart = editor.document.offsetAt(editor.selection.start);
  const items: HitItem[] = [];
  for (const hit of hits) {
    const article = snapshot.articles.get(hit.path);
    if (!article) continue;
    const isSelection = hit.path === here && hit.start <= selStart && selStart < Math.max(hit.end, hit.start + 1);
    items.push({
      label: `${hit.path}:${hit.line}`,
      description: `${Math.round(hit.score * 100)}% match${isSelection ? ' · this selection' : ''}`,
      detail: flatten(hit.text),
      hit,
      uri: article.uri,
    });
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Reprint Lens: the selected words appear nowhere else in the indexed articles.');
    return hits;
  }
  await pickAndReveal(items, `Reprints of “${flatten(phrase, 60)}” (${items.length})`);
  return hits;
}

async function pickAndReveal(items: readonly HitItem[], title: string): Promise<void> {
  const pick = vscode.window.createQuickPick<HitItem>();
  pick.title = title;
  pick.placeholder = 'Highlight a hit to preview it; Enter opens it';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = items;
  const origin = vscode.window.activeTextEditor;
  let accepted = false;
  const done = new Promise<void>((resolve) => {
    pick.onDidChangeActive(([item]) => {
      if (item) {
        void revealSpan(item.uri, item.hit.start, item.hit.end, vscode.ViewColumn.Active, { preserveFocus: true, preview: true }).then(
          undefined,
          () => undefined,
        );
      }
    });
    pick.onDidAccept(() => {
      accepted = true;
      const [item] = pick.selectedItems;
      pick.hide();
      if (item) void revealSpan(item.uri, item.hit.start, item.hit.end);
    });
    pick.onDidHide(() => {
      // Going back to where the user was when they close the list without choosing.
      if (!accepted && origin) {
        void vscode.window.showTextDocument(origin.document, { viewColumn: origin.viewColumn, selection: origin.selection });
      }
      pick.dispose();
      resolve();
    });
  });
  pick.show();
  await done;
}

function flatten(text: string, max = DETAIL_CHARS): string {
  // "$(name)" in a label would turn into an icon; break it up.
  const flat = text.replace(/\s+/g, ' ').replace(/\$\(/g, '$\u200b(').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
