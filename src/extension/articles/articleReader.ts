import * as vscode from 'vscode';
import { plainText } from '../util/plainText';
import { MAX_ARTICLE_CHARS } from '../../core';
import { decideArticle, decideText, type ArticleDecision } from '../../core/input/readRule';
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
  /** True when the file was refused (binary, invalid, too large, unreadable); false when it holds nothing to align (empty, blank). */
  readonly refused: boolean;
}

export interface ArticleSet {
  readonly articles: readonly Article[];
  readonly skipped: readonly SkippedFile[];
}

const ALWAYS_EXCLUDED = '**/{node_modules,.git,.svn,.hg}/**';

/** The article files of the workspace, and whether there were more than `reprintLens.maxFiles`. */
export interface ArticleListing {
  /** Sorted by path; empty when over the limit. */
  readonly uris: vscode.Uri[];
  /** More files matched than the setting allows: nothing is indexed, and the user is told why. */
  readonly overLimit: boolean;
}

/**
 * Lists the workspace files that match `reprintLens.articleGlobs`, sorted by path. Past
 * `reprintLens.maxFiles` nothing is returned: a partial index would answer for some articles
 * and stay silent for others, with no way to tell which.
 */
export async function listArticleFiles(settings: LensSettings, token?: vscode.CancellationToken): Promise<ArticleListing> {
  // One more than allowed from each glob: enough to know the limit is passed.
  const uris = await matchingFiles(settings, settings.maxFiles + 1, token, settings.maxFiles);
  return uris ? { uris, overLimit: false } : { uris: [], overLimit: true };
}

/** The workspace's article files (at most `reprintLens.maxFiles` of them), sorted by path, for pickers. */
export async function findArticleFiles(settings: LensSettings, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  return (await matchingFiles(settings, settings.maxFiles, token))!.slice(0, settings.maxFiles);
}

/**
 * The files matching the article globs (at most `perGlob` from each), without repeats, in
 * natural path order; undefined as soon as more than `stopPast` are found.
 */
async function matchingFiles(settings: LensSettings, perGlob: number, token?: vscode.CancellationToken, stopPast = Infinity): Promise<vscode.Uri[] | undefined> {
  const seen = new Map<string, vscode.Uri>();
  for (const glob of settings.articleGlobs) {
    for (const uri of await vscode.workspace.findFiles(glob, ALWAYS_EXCLUDED, perGlob, token)) seen.set(uri.toString(), uri);
    if (seen.size > stopPast) return undefined;
    if (token?.isCancellationRequested) break;
  }
  return [...seen.values()].sort((a, b) => articlePath(a).localeCompare(articlePath(b), undefined, { numeric: true }));
}

/**
 * Reads one article through `vscode.workspace.fs` (so virtual and remote workspaces work),
 * preferring the text of an open editor so that offsets match what the user sees. Whether a
 * file is an article is decided by the core's rule, the one the CLI uses (decideArticle: VS
 * Code's test for binary files, UTF-16 by BOM or NUL pattern, invalid UTF-8 refused, blank
 * files skipped). Files over the size limit are refused before their bytes are read.
 */
export async function readArticle(uri: vscode.Uri, settings: LensSettings): Promise<Article | SkippedFile> {
  const path = articlePath(uri);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  let decision: ArticleDecision;
  if (open) {
    const text = open.getText();
    if (text.length > Math.min(settings.maxArticleBytes, MAX_ARTICLE_CHARS)) return { path, reason: tooLarge(text.length, settings), refused: true };
    decision = decideText(text);
  } else {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > settings.maxArticleBytes) return { path, reason: tooLarge(stat.size, settings), refused: true };
      decision = decideArticle(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      return { path, reason: `could not be read (${e instanceof Error ? e.message : String(e)})`, refused: true };
    }
  }
  if (decision.action !== 'read') return { path, reason: decision.reason, refused: decision.action === 'refuse' };
  return { path, uri, text: decision.text };
}

/** Reads many articles, checking for cancellation between files (a `vscode.CancellationToken` fits `token`). */
export async function readArticles(
  uris: readonly vscode.Uri[],
  settings: LensSettings,
  token?: { readonly isCancellationRequested: boolean },
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

/** Tells the user, once, which files were refused (empty and blank files are left out without a word: they hold nothing to align). */
export function reportSkipped(skipped: readonly SkippedFile[]): void {
  const refused = skipped.filter((s) => s.refused);
  if (refused.length === 0) return;
  // A file name may read as a command link in a notification: made inert (see plainText).
  const shown = refused.slice(0, 3).map((s) => `${plainText(s.path)} ${plainText(s.reason)}`).join('; ');
  const more = refused.length > 3 ? ` and ${refused.length - 3} more` : '';
  void vscode.window.showWarningMessage(`Reprint Lens skipped ${refused.length} file(s): ${shown}${more}.`);
}

function tooLarge(size: number, settings: LensSettings): string {
  const kb = Math.ceil(size / 1024);
  return `is ${kb} KB, over the ${Math.round(settings.maxArticleBytes / 1024)} KB limit set by reprintLens.maxArticleSizeKB`;
}
