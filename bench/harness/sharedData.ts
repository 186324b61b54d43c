/**
 * Finding the shared data sets (`shared/data/<name>`) that sit beside the repository: in the
 * main checkout that is `../shared/data`, in a worktree nested deeper (`/work/wt/h3`) it is
 * further up, so every ancestor of the repository is tried, nearest first. Data is read in
 * place, never copied into the project.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

/** `shared/data/<name>` in the nearest ancestor of the repository (or of the working directory) holding it, or null. */
export function findSharedData(name: string, mustHave = ''): string | null {
  for (const start of [REPO, process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'shared/data', name);
      if (existsSync(join(candidate, mustHave))) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  return null;
}
