/**
 * The Reprint Lens benchmark.
 *
 *   node --import tsx bench/run.ts [--size 100|2000|20000[,…]] [--seed S] [--naive-cap SECONDS]
 *        [--ours-timeout SECONDS] [--no-naive] [--no-editor] [--no-diffs] [--pan [DIR]] [--pan-limit N | --pan-sample] [--out FILE] [--keep]
 *        [--real 2000[,5000]] [--msrp] [--hidden [SIZE]] [--no-synthetic] [--src DIR] [--cli [LABEL=]PATH]...
 *        [--peers past,sim_text,naive | --no-peers] [--past-commit C] [--folders N] [--top N]
 *
 * For each size: generates a seeded reprint corpus (bench/gen) in a temporary directory, runs
 * ours (alignArticles, in a child process of its own to measure its time and peak memory),
 * sim_text (default and, up to 2000 articles, `-e`), and the naive sentence-pair peer (up to
 * 2000 articles, time-capped), scores each against the planted reuse, and prints a table and
 * the ratios ours/peer, then times the editor loop (bench/ours/editorMeasure.ts: hovers,
 * re-indexing one changed article against a full rebuild, adding and removing a file). Then
 * times the word-diff peers against ours, and with --pan runs our
 * CLI's `pan` command on the PAN 2013 corpus and scores it overall and per folder, next to the
 * exact-match baseline. Everything is written to bench/results/latest.json (or --out).
 *
 * The real-text parts run only when asked for: --real (the reprint corpus on real text at the
 * given sizes, bench/realtext), --msrp (the paraphrase benchmark, bench/msrp) and --hidden (the
 * example articles hidden in a real-text folder, bench/hidden), each against the built CLIs
 * (--cli, default dist/cli.js) and the peers (today's engine built from --past-commit, sim_text,
 * naive). --no-synthetic skips the generated-lexicon sizes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { generateCorpus } from './gen/generate';
import { summariseTruth } from './gen/summary';
import type { CorpusTruth } from './gen/truth';
import { runWorker } from './harness/worker';
import { loadEngine } from './ours/engine';
import type { AlignWorkerResult } from './ours/alignWorker';
import { baselineDetector, writeDetections } from './pan/detectors';
import { defaultPanCorpus } from './pan/defaultCorpus';
import { evaluatePan, formatPanEvaluation, readDetections } from './pan/evaluate';
import { runPanCli } from './pan/runCli';
import { selectPairs } from './pan/selection';
import type { NaiveWorkerResult } from './peers/naiveWorker';
import { formatEditorLoop, type EditorLoopResult } from './ours/editorMeasure';
import { runSimText } from './peers/simText';
import { runTimed } from './peers/timed';
import { runDiffPeers, type DiffTool } from './peers/wordDiffs';
import { diffTable, ratioTable, toolTable } from './report/table';
import { ratiosOf, type ToolResult } from './report/toolResult';
import { groupByDocumentPair } from './truth/groupByPair';
import { scoreAgainstTruth } from './truth/score';
import { isReuse, type ClusterKind } from '../src/core/types';
import { Args } from './harness/args';
import { machineInfo } from './harness/machine';
import { runHiddenFromArgs } from './hidden/run';
import { runMsrpFromArgs } from './msrp/run';
import { runRealTextSizes } from './realtext/run';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  const v = i >= 0 ? args[i + 1] : undefined;
  return v !== undefined && !v.startsWith('--') ? v : undefined;
};

const sizes = (value('--size') ?? '100').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
  console.error('--size takes article counts, e.g. 100 or 100,2000');
  process.exit(2);
}
const seed = Number(value('--seed') ?? 1);
const naiveCap = Number(value('--naive-cap') ?? 120);
const oursTimeout = Number(value('--ours-timeout') ?? 3600);
const outFile = resolve(value('--out') ?? join(ROOT, 'bench/results/latest.json'));

/** Ours in a child process; its clusters come back as groups to score. */
function runOurs(corpusDir: string, truth: CorpusTruth): ToolResult {
  const w = runWorker<AlignWorkerResult>(join(ROOT, 'bench/ours/alignWorker.ts'), [corpusDir], oursTimeout * 1000);
  if (!w.ok || !w.result) return { tool: 'ours (in-process)', ran: false, note: w.message };
  const r = w.result;
  if (!r.available || !r.groups) return { tool: 'ours (in-process)', ran: false, note: r.message };
  return {
    tool: 'ours (in-process)',
    ran: true,
    seconds: r.seconds,
    peakRssMiB: r.peakRssMiB,
    score: scoreAgainstTruth(truth, r.groups),
    extra: { clusters: r.clusters, rssBeforeMiB: r.rssBeforeMiB },
  };
}

/**
 * Ours as a user runs it: the built command line (`dist/cli.js align --json`, which spreads
 * the pairwise work over worker threads), timed from outside like sim_text, whole process
 * included. Its JSON's paths are the article files; the truth names them relative to the corpus.
 */
function runOursCli(articlesDir: string, truth: CorpusTruth): ToolResult {
  const cli = join(ROOT, 'dist/cli.js');
  if (!existsSync(cli)) return { tool: 'ours (CLI)', ran: false, note: 'dist/cli.js not built (npm run build)' };
  const r = runTimed(process.execPath, [cli, 'align', '--json', articlesDir], { timeoutMs: oursTimeout * 1000 });
  if (r.status !== 0) return { tool: 'ours (CLI)', ran: false, seconds: r.wallSeconds, capped: r.timedOut, note: `exit ${r.status}: ${r.stderr.slice(0, 200)}` };
  const out = JSON.parse(readFileSync(r.stdoutFile, 'utf8')) as { documents: Array<{ id: string; path: string }>; clusters: Array<{ kind: ClusterKind; members: Array<{ doc: string; start: number; end: number }> }> };
  const byName = new Map(truth.articles.map((a) => [basename(a.path), a.path]));
  const pathOf = new Map(out.documents.map((d) => [d.id, byName.get(basename(d.path)) ?? d.path]));
  // Clusters labelled as page furniture are the tool's own verdict of "not reuse": not scored.
  const groups = out.clusters.filter(isReuse).map((c) => ({ members: c.members.map((m) => ({ path: pathOf.get(m.doc)!, start: m.start, end: m.end })) }));
  return { tool: 'ours (CLI)', ran: true, seconds: r.wallSeconds, peakRssMiB: r.peakRssMiB, score: scoreAgainstTruth(truth, groups), extra: { clusters: out.clusters.length } };
}

/** The editor loop (hovers, re-indexing on save, adding and removing a file) in a child process. */
function runEditor(corpusDir: string): { ran: true; result: EditorLoopResult } | { ran: false; note: string } {
  const w = runWorker<EditorLoopResult>(join(ROOT, 'bench/ours/editorWorker.ts'), [corpusDir], oursTimeout * 1000);
  return w.ok && w.result ? { ran: true, result: w.result } : { ran: false, note: w.message ?? 'no result' };
}

function benchSize(size: number): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), `reprint-bench-${size}-`));
  try {
    const t0 = performance.now();
    const { truth } = generateCorpus({ size, seed, outDir: dir });
    const genSeconds = (performance.now() - t0) / 1000;
    console.log(`\n=== ${size} articles (seed ${seed}), generated in ${genSeconds.toFixed(2)} s ===`);
    console.log(summariseTruth(truth));
    const paths = truth.articles.map((a) => a.path);
    const articlesDir = join(dir, truth.articlesDir);
    const results: ToolResult[] = [];

    // The command line first: it is what a user runs, so the ratios are taken against it.
    results.push(runOursCli(articlesDir, truth));
    results.push(runOurs(dir, truth));
    const editor = flag('--no-editor') ? { ran: false, note: '--no-editor' } : runEditor(dir);

    results.push(simTextResult('sim_text', truth, runSimText(articlesDir, paths)));
    if (size <= 2000) results.push(simTextResult('sim_text -e', truth, runSimText(articlesDir, paths, { each: true })));
    else results.push({ tool: 'sim_text -e', ran: false, note: 'skipped above 2000 articles (time quadratic in files)' });

    if (flag('--no-naive')) results.push({ tool: 'naive', ran: false, note: '--no-naive' });
    else if (size > 2000) results.push({ tool: 'naive', ran: false, note: 'skipped above 2000 articles' });
    else results.push(naiveResult(truth, dir));

    console.log(toolTable(results));
    const oursResult = results[0];
    const ratios = results.slice(1).filter((r) => r.ran && !r.tool.startsWith('ours')).map((r) => ratiosOf(oursResult, r));
    if (oursResult.ran) console.log(`\n${ratioTable(ratios)}`);
    else console.log('\nratios ours/peer: engine not available');
    console.log(`\n${'result' in editor ? formatEditorLoop(editor.result) : `editor loop: ${editor.note}`}`);
    return {
      corpus: { articles: size, chars: truth.articles.reduce((s, a) => s + a.length, 0), reuses: truth.reuses.length, genSeconds },
      results,
      ratios,
      editor,
    };
  } finally {
    if (flag('--keep')) console.log(`corpus kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function simTextResult(tool: string, truth: CorpusTruth, r: ReturnType<typeof runSimText>): ToolResult {
  if (!r.available) return { tool, ran: false, note: r.message };
  if (!r.groups) return { tool, ran: false, seconds: r.wallSeconds, peakRssMiB: r.peakRssMiB, capped: r.timedOut, note: r.message };
  return {
    tool,
    ran: true,
    seconds: r.wallSeconds,
    peakRssMiB: r.peakRssMiB,
    note: 'runs grouped per article pair',
    score: scoreAgainstTruth(truth, groupByDocumentPair(r.groups)),
    extra: { runs: r.runs, narrowedToWords: r.narrowed },
  };
}

function naiveResult(truth: CorpusTruth, dir: string): ToolResult {
  const w = runWorker<NaiveWorkerResult>(join(ROOT, 'bench/peers/naiveWorker.ts'), [dir, String(naiveCap)], (naiveCap + 600) * 1000);
  if (!w.ok || !w.result) return { tool: 'naive', ran: false, note: w.message };
  const r = w.result;
  return {
    tool: 'naive',
    ran: true,
    seconds: r.wallSeconds,
    peakRssMiB: r.peakRssMiB,
    capped: r.capped,
    note: r.capped
      ? `capped at ${naiveCap} s after ${r.pairsCompared} of ${r.pairsTotal} sentence pairs; all pairs would take about ${Math.round(r.projectedSeconds)} s`
      : 'matches grouped per article pair',
    score: scoreAgainstTruth(truth, groupByDocumentPair(r.groups)),
    extra: { sentences: r.sentences, pairsTotal: r.pairsTotal, pairsCompared: r.pairsCompared, projectedSeconds: r.projectedSeconds },
  };
}

async function benchDiffs(): Promise<unknown> {
  const load = await loadEngine();
  const extra: Record<string, DiffTool> = {};
  if (load.ok) {
    const wordDiff = load.engine.wordDiff;
    extra['ours wordDiff'] = (a, b) => {
      const d = wordDiff(a, b);
      return { pieces: d.parts.map((p) => ({ op: p.op, text: p.text })), note: d.truncated ? 'truncated' : undefined };
    };
  }
  const measures = runDiffPeers(extra);
  console.log('\n=== word diffs ===');
  if (!load.ok) console.log(`ours: ${load.message}`);
  console.log(diffTable(measures));
  return measures;
}

function benchPan(): unknown {
  const corpus = value('--pan') ?? defaultPanCorpus();
  if (!corpus || !existsSync(join(corpus, 'pairs'))) {
    console.log(`\nPAN corpus not found (${corpus ?? 'give --pan DIR or set PAN13_DIR'})`);
    return { ran: false };
  }
  const limitArg = value('--pan-limit');
  const pairs = selectPairs(corpus, flag('--pan-sample') ? 'sample' : limitArg ? Number(limitArg) : undefined);
  console.log(`\n=== PAN 2013 text alignment, ${pairs.length} pairs ===`);
  const cli = runPanCli(join(ROOT, 'dist/cli.js'), corpus, pairs);
  if (cli.message) console.log(`ours: ${cli.message}`);
  if (cli.ok && cli.evaluation) console.log(formatPanEvaluation(`ours (CLI pan, ${cli.seconds!.toFixed(1)} s)`, cli.evaluation));
  const baseDir = mkdtempSync(join(tmpdir(), 'pan-baseline-'));
  const t0 = performance.now();
  writeDetections(baseDir, pairs, baselineDetector(corpus));
  const baseline = evaluatePan(corpus, pairs, readDetections(baseDir));
  const baseSeconds = (performance.now() - t0) / 1000;
  rmSync(baseDir, { recursive: true, force: true });
  if (cli.outDir) rmSync(dirname(cli.outDir), { recursive: true, force: true });
  console.log(`\n${formatPanEvaluation(`exact-match word 8-gram baseline (${baseSeconds.toFixed(1)} s)`, baseline)}`);
  return { ran: true, pairs: pairs.length, ours: cli.ok ? { seconds: cli.seconds, message: cli.message, ...cli.evaluation } : { error: cli.message }, baseline: { seconds: baseSeconds, ...baseline } };
}

async function main(): Promise<void> {
  const report: Record<string, unknown> = {
    when: new Date().toISOString(),
    node: process.version,
    machine: machineInfo(),
    seed,
    sizes: {} as Record<string, unknown>,
  };
  if (!flag('--no-synthetic')) for (const size of sizes) (report.sizes as Record<string, unknown>)[size] = benchSize(size);
  const named = new Args(args);
  if (args.includes('--real')) {
    const realSizes = named.numbers('--real', [2000]);
    report.real = Object.fromEntries(runRealTextSizes(named, realSizes).map((r) => [r.size, r]));
  }
  if (flag('--msrp')) report.msrp = runMsrpFromArgs(named);
  if (flag('--hidden')) report.hidden = runHiddenFromArgs(named, Number(value('--hidden') ?? 2000));
  if (!flag('--no-diffs')) report.diffs = await benchDiffs();
  if (args.includes('--pan')) report.pan = benchPan();
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nresults written to ${outFile}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
