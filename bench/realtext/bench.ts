/**
 * The real-text reprint benchmark at one size: generates the corpus (generate.ts) into a
 * folder, runs the tool set on its articles, and scores every tool with the same scorer
 * (truth/pairScore.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summariseTruth } from '../gen/summary';
import type { CorpusTruth } from '../gen/truth';
import { runToolSet, type ToolSet } from '../harness/toolSet';
import { realTextTable, wrongGroupsTable, type ScoredTool } from '../report/realTable';
import { scoreRealText } from '../truth/pairScore';
import { generateRealCorpus } from './generate';

export interface RealTextOptions {
  readonly size: number;
  readonly seed: number;
  /** Folder of real documents (default: the PAN source documents beside the repository). */
  readonly src?: string;
  /** Keep the corpus in `<keep>/real-<size>-s<seed>` instead of a temporary folder. */
  readonly keep?: string;
  /** How many of the worst groups to print per engine (sim_text and naive get a quarter). */
  readonly top: number;
}

export interface RealTextReport {
  readonly size: number;
  readonly seed: number;
  readonly corpus: Record<string, unknown>;
  readonly results: ScoredTool[];
}

/** Runs one size and prints its summary, table and worst groups as it goes. */
export function benchRealText(opts: RealTextOptions, tools: ToolSet): RealTextReport {
  const dir = opts.keep ? join(opts.keep, `real-${opts.size}-s${opts.seed}`) : mkdtempSync(join(tmpdir(), `reprint-real-${opts.size}-`));
  if (opts.keep) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  try {
    const t0 = performance.now();
    const { truth } = generateRealCorpus({ size: opts.size, seed: opts.seed, outDir: dir, src: opts.src });
    const genSeconds = (performance.now() - t0) / 1000;
    console.log(`\n=== real text, ${opts.size} articles (seed ${opts.seed}), generated in ${genSeconds.toFixed(1)} s ===`);
    console.log(summariseTruth(truth));
    const articlesDir = join(dir, truth.articlesDir);
    const results = runToolSet(tools, articlesDir).map((run) => scoreRun(run, truth, articlesDir));
    console.log(realTextTable(results));
    for (const r of results) {
      if (!r.score) continue;
      const limit = r.tool.startsWith('sim_text') || r.tool.startsWith('naive') ? Math.ceil(opts.top / 4) : opts.top;
      console.log(`\n${wrongGroupsTable(r.tool, r.score.pairs.topWrong, limit)}`);
    }
    return {
      size: opts.size,
      seed: opts.seed,
      corpus: { dir: opts.keep ? dir : null, articles: opts.size, chars: truth.articles.reduce((s, a) => s + a.length, 0), reuses: truth.reuses.length, genSeconds, textSource: truth.textSource },
      results,
    };
  } finally {
    if (opts.keep) console.log(`corpus kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function scoreRun(run: ReturnType<typeof runToolSet>[number], truth: CorpusTruth, articlesDir: string): ScoredTool {
  const { groups, json: _json, pairwise, ...rest } = run;
  if (!run.ran || !groups) return rest;
  const cache = new Map<string, string>();
  const textOf = (p: string) => {
    let t = cache.get(p);
    if (t === undefined) cache.set(p, (t = readFileSync(join(articlesDir, p), 'utf8')));
    return t;
  };
  const t0 = performance.now();
  const score = scoreRealText(truth, { groups, pairwise, textOf });
  return { ...rest, score, scoreSeconds: (performance.now() - t0) / 1000 } as ScoredTool;
}
