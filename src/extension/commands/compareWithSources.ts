import * as vscode from 'vscode';
import { articlePath } from '../articles/articlePath';
import type { ReuseIndexService } from '../index/reuseIndexService';
import { reuseModel, shortName } from '../views/reuseModel';
import { CommandIds } from './commandIds';

/** Most other articles set beside the one compared (the comparison view lines up a few well). */
const MAX_OTHERS = 3;

/**
 * Compare with Sources (the status bar item, the Articles view): the article beside the
 * articles it took most from, or, when it took nothing, beside those that took most from it.
 */
export async function compareWithSources(service: ReuseIndexService, target?: unknown): Promise<void> {
  const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage('Reprint Lens: open an article first.');
    return;
  }
  const snapshot = await service.ensure('explicit');
  if (!snapshot) return;
  const model = reuseModel(snapshot);
  const path = articlePath(uri);
  const info = model.byPath.get(path);
  if (!info) {
    void vscode.window.showInformationMessage(`Reprint Lens: ${path} is not one of the indexed articles.`);
    return;
  }
  const reuse = model.articles.get(info.id)!;
  const others = (reuse.sources.length ? reuse.sources.map((s) => s.doc) : reuse.takenBy.map((t) => t.doc)).slice(0, MAX_OTHERS);
  const uris = others.map((id) => snapshot.articles.get(model.documents.get(id)!.path)?.uri).filter((u): u is vscode.Uri => u !== undefined);
  if (uris.length === 0) {
    void vscode.window.showInformationMessage(`Reprint Lens: no other article shares text with ${shortName(path)}.`);
    return;
  }
  await vscode.commands.executeCommand(CommandIds.compareSources, undefined, [uri, ...uris]);
}
