import * as vscode from 'vscode';

/**
 * The name the core and the views use for an article: its workspace-relative path (with the
 * folder name in a multi-root workspace), or the full URI for a file outside the workspace.
 */
export function articlePath(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.toString(true);
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  return vscode.workspace.asRelativePath(uri, multiRoot);
}
