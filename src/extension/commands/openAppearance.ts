import * as vscode from 'vscode';
import type { ReuseIndexService } from '../index/reuseIndexService';
import { CommandIds } from './commandIds';

/** A `command:` URI that opens one appearance (used in hover cards). */
export function openAppearanceUri(path: string, start: number, end: number): string {
  // encodeURIComponent leaves ( and ) alone, and a ) would end the Markdown link early.
  const args = encodeURIComponent(JSON.stringify([path, start, end])).replace(/\(/g, "%28").replace(/\)/g, "%29");
  return `command:${CommandIds.openAppearance}?${args}`;
}

/**
 * Opens an indexed article with a passage selected. The arguments arrive from a link, so
 * only paths the index knows are opened, and offsets are clamped to the document.
 */
export async function openAppearance(service: ReuseIndexService, path: unknown, start: unknown, end: unknown): Promise<void> {
  if (typeof path !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
  const article = service.current?.articles.get(path);
  if (!article) {
    void vscode.window.showWarningMessage(`Reprint Lens: ${path} is not in the index.`);
    return;
  }
  await revealSpan(article.uri, start, end);
}

/** Opens `uri` in an editor (beside the active one when asked) and selects the span. */
export async function revealSpan(
  uri: vscode.Uri,
  start: number,
  end: number,
  column: vscode.ViewColumn = vscode.ViewColumn.Active,
  /** For previews from a list: keep the focus (and so the list) where it is. */
  preview?: { preserveFocus: true; preview: true },
): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const max = doc.getText().length;
  const s = doc.positionAt(Math.max(0, Math.min(start, max)));
  const e = doc.positionAt(Math.max(0, Math.min(Math.max(start, end), max)));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, selection: new vscode.Range(s, e), ...preview });
  editor.revealRange(new vscode.Range(s, e), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
