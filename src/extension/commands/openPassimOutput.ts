import * as vscode from 'vscode';
import { ReuseIndex } from '../../core';
import { alignResultFromPassim } from '../../core/passim';
import { findArticleFiles, readArticles } from '../articles/articleReader';
import { readSettings } from '../config';
import type { ReuseIndexService } from '../index/reuseIndexService';
import { readPassimOutput } from '../passim/readPassimOutput';
import { plainText } from '../util/plainText';

/** What Open passim Output did (tests read this). */
export interface PassimOpened {
  readonly clusters: number;
  readonly placed: number;
  readonly records: number;
  readonly problems: readonly string[];
}

/**
 * Open passim Output…: reads the clusters of a passim run (a folder chosen in a dialog, or
 * `target`), places each passage in the workspace article it came from (passim's document
 * ids matched to article paths or file names) and shows them in the Reprint Lens views,
 * hover cards, highlights and reports in place of Reprint Lens's own alignment, until the
 * index is rebuilt. Records that cannot be placed are listed in the output channel.
 */
export async function openPassimOutput(service: ReuseIndexService, log: vscode.LogOutputChannel, target?: unknown): Promise<PassimOpened | undefined> {
  let location = target instanceof vscode.Uri ? target : undefined;
  if (!location) {
    const picked = await vscode.window.showOpenDialog({
      title: "Reprint Lens: passim's output folder (the one holding out.json)",
      openLabel: 'Open passim Output',
      canSelectFolders: true,
      canSelectFiles: true,
      canSelectMany: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    location = picked?.[0];
  }
  if (!location) return undefined;
  const t0 = Date.now();
  const opened = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Reprint Lens: reading passim output', cancellable: true },
    async (_progress, token) => {
      const output = await readPassimOutput(location);
      if (output.error) return { error: output.error };
      const settings = readSettings();
      const set = await readArticles(await findArticleFiles(settings, token), settings, token);
      if (token.isCancellationRequested) return undefined;
      const imported = alignResultFromPassim(output.records, set.articles.map((a) => ({ path: a.path, text: a.text })), { firstAppearance: settings.firstAppearance });
      return { output, set, imported };
    },
  );
  if (!opened) return undefined;
  if ('error' in opened) {
    void vscode.window.showErrorMessage(`Reprint Lens: ${plainText(String(opened.error))}.`);
    return undefined;
  }
  const { output, set, imported } = opened;
  const problems = [...output.problems, ...imported.problems].map((p) => `${p.where} ${p.reason}`);
  for (const p of problems) log.warn(`passim: ${p}`);
  const name = vscode.workspace.asRelativePath(location);
  if (imported.placed === 0) {
    // Names and problems come from passim's output and the articles: inert in notifications (see plainText).
    void vscode.window.showErrorMessage(`Reprint Lens: no passage of ${plainText(name)} could be placed in this workspace's articles (${plainText(problems[0] ?? 'no records')}).`);
    return { clusters: 0, placed: 0, records: output.records.length, problems };
  }
  const articles = new Map(set.articles.map((a) => [a.path, a]));
  service.adopt({
    result: imported.result, index: new ReuseIndex(imported.result), articles, alignMs: 0, fromCache: false,
    skipped: set.skipped, buildMs: Date.now() - t0, importedFrom: name,
  });
  log.info(`passim: ${imported.placed} of ${output.records.length} passages from ${name} placed, ${imported.result.clusters.length} clusters.`);
  const left = output.records.length - imported.placed;
  void vscode.window.showInformationMessage(
    `Reprint Lens: showing passim's ${imported.result.clusters.length} clusters from ${plainText(name)}${left ? ` (${left} passages could not be placed; see the Reprint Lens output)` : ''}. Rebuild Reuse Index returns to Reprint Lens's own alignment.`,
  );
  void vscode.commands.executeCommand('reprintLens.clusters.focus');
  return { clusters: imported.result.clusters.length, placed: imported.placed, records: output.records.length, problems };
}
