import * as vscode from 'vscode';
import { findPhrase } from '../../core';
import { percent } from '../../core/report';
import { articlePath } from '../articles/articlePath';
import type { IndexSnapshot, ReuseIndexService } from '../index/reuseIndexService';
import type { ReprintViews } from '../views/reprintViews';
import type { ResultPlace } from '../views/resultsView';
import { flatten, shortName } from '../views/reuseModel';
import { indexedArticle } from '../index/indexedArticle';

const MAX_PHRASE_CHARS = 2000;

/** One place where the selected words appear, as the command returns it (tests read this). */
export interface ReprintHit {
  readonly path: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly text: string;
}

/** What the extension's search commands need. */
export interface SearchDeps {
  readonly service: ReuseIndexService;
  readonly views: ReprintViews;
}

/**
 * Find Reprints of Selection: every indexed article where the selected words appear,
 * reworded versions included, best match first, in the Results view (where they stay). With
 * nothing selected it searches the quote or reused passage at the cursor, or else the
 * sentence there. When the words appear nowhere but where they were selected, it says so:
 * "not found in other articles". `showList: false` (for tests) shows no message and does
 * not move the focus; the result still goes to the Results view.
 */
export async function findReprints(deps: SearchDeps, options?: { showList?: boolean }): Promise<ReprintHit[]> {
  const quiet = options?.showList === false;
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Reprint Lens: open an article and select some words first.');
    return [];
  }
  const snapshot = await deps.service.ensure('explicit');
  if (!snapshot) return [];
  const searched = searchedSpan(editor, snapshot);
  if (!searched) {
    void vscode.window.showInformationMessage('Reprint Lens: select some words of an article first.');
    return [];
  }
  const phrase = editor.document.getText(searched.range).trim();
  if (phrase.length > MAX_PHRASE_CHARS) {
    void vscode.window.showInformationMessage(`Reprint Lens: the selection is too long to search for (over ${MAX_PHRASE_CHARS} characters).`);
    return [];
  }
  const inputs = [...snapshot.articles.values()].map((a) => ({ path: a.path, text: a.text }));
  const hits: ReprintHit[] = findPhrase(inputs, phrase).map((h) => ({
    path: h.path, line: h.span.line, start: h.span.start, end: h.span.end, score: h.score, text: h.span.text,
  }));

  const here = articlePath(editor.document.uri);
  const start = editor.document.offsetAt(searched.range.start);
  const end = editor.document.offsetAt(searched.range.end);
  const isSearched = (h: ReprintHit) => h.path === here && h.start < Math.max(end, start + 1) && start < Math.max(h.end, h.start + 1);
  const elsewhere = hits.filter((h) => h.path !== here);
  const articles = new Set(elsewhere.map((h) => h.path)).size;
  const againHere = hits.filter((h) => h.path === here && !isSearched(h)).length;
  const notFound = `not found in other articles${againHere ? ` (${againHere} more time${againHere === 1 ? '' : 's'} in this one)` : ''}`;
  const places: ResultPlace[] = hits.map((h) => ({
    label: `${shortName(h.path)}:${h.line}`,
    description: `${percent(h.score)} similar${isSearched(h) ? ` · this ${searched.what}` : ''}`,
    path: h.path, start: h.start, end: h.end, text: h.text,
    icon: isSearched(h) ? 'selection' : h.path === here ? 'file' : 'files',
  }));
  await deps.views.showResult({
    kind: 'reprints',
    label: `“${flatten(phrase, 60)}”`,
    description: articles ? `in ${articles} other article${articles === 1 ? '' : 's'}` : notFound,
    places: articles ? places : [],
    note: articles ? undefined : notFound,
  }, !quiet);
  if (!quiet && articles === 0) {
    void vscode.window.showInformationMessage(`Reprint Lens: “${flatten(phrase, 60)}” was ${notFound}.`);
  }
  return hits;
}

/**
 * What to search: the selection; without one, the innermost quote or reused passage at the
 * cursor (when the editor shows the indexed text), else the sentence around the cursor.
 */
function searchedSpan(editor: vscode.TextEditor, snapshot: IndexSnapshot): { range: vscode.Range; what: string } | undefined {
  const doc = editor.document;
  if (!editor.selection.isEmpty && doc.getText(editor.selection).trim()) return { range: editor.selection, what: 'selection' };
  const path = articlePath(doc.uri);
  const offset = doc.offsetAt(editor.selection.active);
  if (indexedArticle(snapshot, doc)) {
    const [inner] = snapshot.index.appearancesAt(path, offset);
    if (inner) return { range: new vscode.Range(doc.positionAt(inner.member.start), doc.positionAt(inner.member.end)), what: inner.cluster.kind };
  }
  const line = doc.lineAt(editor.selection.active.line);
  const col = editor.selection.active.character;
  const text = line.text;
  let s = col;
  while (s > 0 && !/[.!?]\s/.test(text.slice(s - 2, s))) s--;
  let e = col;
  while (e < text.length && !/[.!?]/.test(text[e])) e++;
  const sentence = new vscode.Range(line.lineNumber, s, line.lineNumber, Math.min(text.length, e + 1));
  return doc.getText(sentence).trim() ? { range: sentence, what: 'sentence' } : undefined;
}
