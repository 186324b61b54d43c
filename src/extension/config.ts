import * as vscode from 'vscode';
import type { AlignOptions } from '../core';

/** Which article counts as the first appearance of a passage. */
export type FirstAppearanceRule = 'date-then-path' | 'path';

/** The user's Reprint Lens settings, read once per use. */
export interface LensSettings {
  readonly articleGlobs: readonly string[];
  readonly similarityThreshold: number;
  readonly firstAppearance: FirstAppearanceRule;
  readonly maxArticleBytes: number;
  /** Most article files indexed; a workspace with more is not indexed. */
  readonly maxFiles: number;
}

export const SETTINGS_SECTION = 'reprintLens';

/** Reads the settings, replacing values of the wrong type with the defaults from package.json. */
export function readSettings(scope?: vscode.ConfigurationScope): LensSettings {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const globs = c.get<unknown>('articleGlobs');
  const articleGlobs = Array.isArray(globs)
    ? globs.filter((g): g is string => typeof g === 'string' && g.trim() !== '')
    : typeof globs === 'string' && globs.trim() !== ''
      ? [globs]
      : ['**/*.{txt,md,article}'];
  const threshold = c.get<number>('similarityThreshold', 0.5);
  const rule = c.get<string>('firstAppearance', 'date-then-path');
  const sizeKB = c.get<number>('maxArticleSizeKB', 512);
  const maxFiles = c.get<number>('maxFiles', 5000);
  return {
    articleGlobs: articleGlobs.length > 0 ? articleGlobs : ['**/*.{txt,md,article}'],
    similarityThreshold: Number.isFinite(threshold) ? Math.min(1, Math.max(0, threshold)) : 0.5,
    firstAppearance: rule === 'path' ? 'path' : 'date-then-path',
    maxArticleBytes: Math.max(1, Number.isFinite(sizeKB) ? sizeKB : 512) * 1024,
    maxFiles: Number.isFinite(maxFiles) ? Math.max(1, Math.floor(maxFiles)) : 5000,
  };
}

/** Core options that follow from the settings. */
export function alignOptions(settings: LensSettings): AlignOptions {
  return { minSimilarity: settings.similarityThreshold, firstAppearance: settings.firstAppearance };
}
