/**
 * The reprint generator's real-text mode: generateCorpus with base paragraphs, titles and
 * edit words from the real-text pool (pool.ts, prose.ts). Same truth format, same seeds.
 */
import { generateCorpus, type GeneratedCorpus } from '../gen/generate';
import { defaultRealTextDir, loadPool } from './pool';
import { realProse } from './prose';

export interface RealCorpusOptions {
  readonly size: number;
  readonly seed?: number;
  readonly outDir?: string;
  /** Folder of real documents (default: defaultRealTextDir()). */
  readonly src?: string;
}

/** Generates a reprint corpus on real text; throws when the real text cannot be found or runs out. */
export function generateRealCorpus(options: RealCorpusOptions, keepTexts = false): GeneratedCorpus {
  const src = options.src ?? defaultRealTextDir();
  if (!src) throw new Error('real text not found: give --src DIR or set REAL_TEXT_DIR (default: shared/data/pan13-train/src beside the repository)');
  return generateCorpus({ size: options.size, seed: options.seed, outDir: options.outDir, prose: realProse(loadPool(src)) }, keepTexts);
}
