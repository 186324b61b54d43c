/**
 * Where the PAN 2013 training corpus is looked for when no path is given: `$PAN13_DIR`, else
 * `shared/data/pan13-train` beside the repository (where the workspace and CI keep it; from a
 * worktree, beside the nearest ancestor that has it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findSharedData } from '../harness/sharedData';

export function defaultPanCorpus(): string | null {
  if (process.env.PAN13_DIR && existsSync(join(process.env.PAN13_DIR, 'pairs'))) return process.env.PAN13_DIR;
  return findSharedData('pan13-train', 'pairs');
}
