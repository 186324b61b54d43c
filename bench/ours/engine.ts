/**
 * Loading the Reprint Lens core for the benchmark. It is imported at run time so that the
 * benchmark still runs (and says "engine not available") while the core is unfinished.
 */
import type { AlignOptions, AlignResult, ArticleInput, DiffPart } from '../../src/core/types';

export interface Engine {
  alignArticles(inputs: readonly ArticleInput[], options?: AlignOptions): AlignResult;
  wordDiff(a: string, b: string, options?: { maxEditLength?: number; timeoutMs?: number }): { parts: readonly DiffPart[]; truncated: boolean };
}

export type EngineLoad = { ok: true; engine: Engine } | { ok: false; message: string };

const CORE = new URL('../../src/core/index.ts', import.meta.url).href;

export async function loadEngine(): Promise<EngineLoad> {
  try {
    const mod = (await import(CORE)) as Partial<Engine>;
    if (typeof mod.alignArticles !== 'function' || typeof mod.wordDiff !== 'function') {
      return { ok: false, message: 'engine not available (src/core/index.ts lacks alignArticles or wordDiff)' };
    }
    return { ok: true, engine: mod as Engine };
  } catch (e) {
    return { ok: false, message: `engine not available (${String((e as Error).message ?? e).split('\n')[0]})` };
  }
}
