import * as vscode from 'vscode';
import { decodeArticle, MAX_ARTICLE_CHARS } from '../../core';
import type { LensSettings } from '../config';
import { articlePath } from './articlePath';

/** An article read from the workspace, ready for the core. */
export interface Article {
  readonly path: string;
  readonly uri: vscode.Uri;
  /** Text as the editor shows it (offsets match `TextDocument.offsetAt`). */
  readonly text: string;
}

/** A file that was left out, and why. */
export interface SkippedFile {
  readonly path: string;
  /** A phrase meant to follow the file's name ("is binary, not text"). */
  readonly reason: string;
}

export interface ArticleSet {
  readonly articles: readonly Article[];
  readonly skipped: readonly SkippedFile[];
}

const ALWAYS_EXCLUDED = '**/{node_modules,.git,.svn,.hg}/**';
const MAX_FILES = 5000;

/** Finds the workspace files that match `reprintLens.articleGlobs`, sorted by path. */
export async function findArticleFiles(
  settings: LensSettings,
  token?: vscode.CancellationToken,
): Promise<vscode.Uri[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const glob of settings.articleGlobs) {
    const uris = await vscode.workspace.findFiles(glob, ALWAYS_EXCLUDED, MAX_FILES, token);
    for (const uri of uris) seen.set(uri.toString(), uri);
    if (token?.isCancellationRequested) break;
  }
  return [...seen.values()].sort((a, b) => articlePath(a).localeCompare(articlePath(b), undefined, { numeric: true }));
}

/**
 * Reads one article through `vscode.workspace.fs` (so virtual and remote workspaces work),
 * preferring the text of an open editor so that offsets match what the user sees.
 * Files over the size limit are refused before their bytes are read.
 */
export async function readArticle(uri: vscode.Uri, settings: LensSettings): Promise<Article | SkippedFile> {
  const path = articlePath(uri);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  let text: string;
  if (open) {
    text = open.getText();
    if (text.length > Math.min(settings.maxArticleBytes, MAX_ARTICLE_CHARS)) {
      return { path, reason: tooLarge(text.length, settings) };
    }
  } else {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > settings.maxArticleBytes) return { path, reason: tooLarge(stat.size, settings) };
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) return { path, reason: decoded.reason };
      text = decoded.text;
    } catch (e) {
      return { path, reason: `could not be read (${e instanceof Error ? e.message : String(e)})` };
    }
  }
  return { path, uri, text };
}

/** Reads many articles, checking for cancellation between files. */
export async function readArticles(
  uris: readonly vscode.Uri[],
  settings: LensSettings,
  token?: vscode.CancellationToken,
  onRead?: (done: number) => void,
): Promise<ArticleSet> {
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    const r = await readArticle(uri, settings);
    if ('uri' in r) articles.push(r);
    else skipped.push(r);
    onRead?.(articles.length + skipped.length);
  }
  return { articles, skipped };
}

/** Tells the user, once, which files were left out. */
export function reportSkipped(skipped: readonly SkippedFile[]): void {
  if (skipped.length === 0) return;
  const shown = skipped.slice(0, 3).map((s) => `${s.path} ${s.reason}`).join('; ');
  const more = skipped.length > 3 ? ` and ${skipped.length - 3} more` : '';
  void vscode.window.showWarningMessage(`Reprint Lens skipped ${skipped.length} file(s): ${shown}${more}.`);
}

function tooLarge(size: number, settings: LensSettings): string {
  const kb = Math.ceil(size / 1024);
  return `is ${kb} KB, over the ${Math.round(settings.maxArticleBytes / 1024)} KB limit set by reprintLens.maxArticleSizeKB`;
}
