import * as vscode from 'vscode';
import { isReuse } from '../../core';
import { buildCsvReport, buildHtmlReport } from '../../core/report';
import type { ReuseIndexService } from '../index/reuseIndexService';

/** What Export Reuse Report wrote (tests read this). */
export interface WrittenReport {
  readonly uri: string;
  readonly format: 'html' | 'csv';
  readonly bytes: number;
}

/**
 * Export Reuse Report…: asks where to write (a save dialog offering HTML or CSV), then
 * writes the report on the current index there, and nothing anywhere else. An indexed
 * article is never written over. `target` (a Uri) skips the dialog, for tests and scripts.
 */
export async function exportReport(service: ReuseIndexService, version: string, target?: unknown): Promise<WrittenReport | undefined> {
  const snapshot = await service.ensure('explicit');
  if (!snapshot) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0];
  const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
    title: 'Reprint Lens: write the reuse report to…',
    saveLabel: 'Write Report',
    defaultUri: folder ? vscode.Uri.joinPath(folder.uri, 'reprint-lens-report.html') : undefined,
    filters: { 'HTML report': ['html', 'htm'], 'CSV for spreadsheets': ['csv'] },
  });
  if (!uri) return undefined;
  if ([...snapshot.articles.values()].some((a) => a.uri.toString() === uri.toString())) {
    void vscode.window.showErrorMessage(`Reprint Lens: ${vscode.workspace.asRelativePath(uri)} is one of the articles; the report is never written over an article.`);
    return undefined;
  }
  const format = /\.csv$/i.test(uri.path) ? 'csv' : 'html';
  const subject = snapshot.importedFrom ? `passim output in ${snapshot.importedFrom}` : vscode.workspace.name ?? 'articles';
  const text = format === 'csv'
    ? buildCsvReport(snapshot.result)
    : buildHtmlReport(snapshot.result, {
      lengths: new Map([...snapshot.articles.values()].map((a) => [a.path, a.text.length])),
      subject,
      generatedAt: new Date().toLocaleString(),
      version,
    });
  const bytes = new TextEncoder().encode(text);
  try {
    await vscode.workspace.fs.writeFile(uri, bytes);
  } catch (e) {
    void vscode.window.showErrorMessage(`Reprint Lens: the report could not be written to ${uri.fsPath} (${e instanceof Error ? e.message : String(e)}).`);
    return undefined;
  }
  const reused = snapshot.result.clusters.filter(isReuse).length;
  if (target === undefined) {
    void vscode.window.showInformationMessage(
      `Reprint Lens wrote ${vscode.workspace.asRelativePath(uri)}: ${snapshot.result.documents.length} articles, ${reused} reused quotes and passages.`,
      'Open',
    ).then((choice) => {
      if (choice !== 'Open') return;
      // An HTML page is for a browser where there is one on this side; otherwise, and for CSV, the editor.
      if (format === 'html' && uri.scheme === 'file' && vscode.env.uiKind === vscode.UIKind.Desktop) void vscode.env.openExternal(uri);
      else void vscode.commands.executeCommand('vscode.open', uri);
    });
  }
  return { uri: uri.toString(), format, bytes: bytes.length };
}
