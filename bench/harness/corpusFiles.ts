/** Reading a generated corpus back from disk: its truth and its article texts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusTruth } from '../gen/truth';

export function readTruth(corpusDir: string): CorpusTruth {
  return JSON.parse(readFileSync(join(corpusDir, 'truth.json'), 'utf8')) as CorpusTruth;
}

export function readArticles(corpusDir: string, truth: CorpusTruth): Array<{ path: string; text: string }> {
  const dir = join(corpusDir, truth.articlesDir);
  return truth.articles.map((a) => ({ path: a.path, text: readFileSync(join(dir, a.path), 'utf8') }));
}
