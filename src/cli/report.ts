import { realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCsvReport, buildHtmlReport } from '../core/report';
import type { AlignResult, ArticleInput } from '../core/types';
import { Exit, printProblems, usageError } from './cliProblems';
import { alignInParallel } from './parallelAlign';
import { loadPassim } from './passimFiles';
import { readInputs } from './readInputs';

/** Usage of `report`, as `--help` and usage errors print it. */
export const REPORT_USAGE = `usage: reprint-lens report <path>... --out <file> [--csv] [--passim <passim-output>]
  <path>...        articles: files or folders, read as align reads them
  --out, -o FILE   where to write the report (the only file written; never one of the articles; - for standard output)
  --csv            write CSV for spreadsheets instead of HTML (also chosen by an --out ending in .csv)
  --passim DIR     report on passim's output for these articles instead of aligning them`;

/**
 * `reprint-lens report`: aligns the articles (or reads passim's output for them) and writes
 * one self-contained HTML page, or CSV, to the file named by --out. Nothing else is written.
 */
export async function runReport(argv: readonly string[], version: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { out: { type: 'string', short: 'o' }, csv: { type: 'boolean' }, passim: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return usageError((e as Error).message, REPORT_USAGE);
  }
  const { values, positionals: paths } = parsed;
  if (values.help) {
    process.stdout.write(REPORT_USAGE + '\n');
    return Exit.ok;
  }
  if (paths.length === 0) return usageError('report needs at least one file or folder', REPORT_USAGE);
  const out = values.out;
  if (!out) return usageError('report needs --out <file>: where to write it', REPORT_USAGE);

  let articles: readonly ArticleInput[];
  let result: AlignResult;
  let failed: boolean;
  if (values.passim !== undefined) {
    const load = loadPassim(values.passim, paths);
    failed = printProblems(load.problems);
    if (!load.imported) return Exit.badInput;
    articles = load.articles;
    result = load.imported.result;
  } else {
    const read = readInputs(paths);
    failed = printProblems(read.problems);
    if (read.articles.length === 0) return Exit.badInput;
    articles = read.articles;
    result = await alignInParallel(read.articles);
  }
  const csv = values.csv === true || /\.csv$/i.test(out);
  const subject = values.passim !== undefined ? `passim output in ${values.passim}` : paths.join(', ');
  const text = csv
    ? buildCsvReport(result)
    : buildHtmlReport(result, { lengths: new Map(articles.map((a) => [a.path, a.text.length])), subject, generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', version });
  if (out === '-') {
    process.stdout.write(text);
    return failed ? Exit.badInput : Exit.ok;
  }
  const refusal = whyNotWrite(out, [...paths, ...(values.passim ? [values.passim] : [])], articles);
  if (refusal) {
    process.stderr.write(`reprint-lens: error: ${out} ${refusal}\n`);
    return Exit.badInput;
  }
  try {
    writeFileSync(out, text);
  } catch (e) {
    process.stderr.write(`reprint-lens: error: ${out} cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return Exit.badInput;
  }
  const reused = result.clusters.filter((c) => c.kind !== 'boilerplate').length;
  process.stdout.write(`wrote ${out}: ${csv ? 'CSV' : 'HTML'} report on ${result.documents.length} articles, ${reused} reused quotes and passages\n`);
  return failed ? Exit.badInput : Exit.ok;
}

/**
 * Why the report may not go to `out`: it is a folder, or one of the articles or inputs
 * (the tool never writes over what it reads).
 */
function whyNotWrite(out: string, inputs: readonly string[], articles: readonly ArticleInput[]): string | null {
  try {
    if (statSync(out).isDirectory()) return 'is a folder; --out names the report file';
  } catch { /* a new file */ }
  const target = realTarget(out);
  const read = new Set([...inputs, ...articles.map((a) => a.path)].map(realTarget));
  return read.has(target) ? 'is one of the inputs; Reprint Lens never writes over what it reads' : null;
}

/** The real path a name would be written at (its folder resolved, links included). */
function realTarget(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    try { return resolve(realpathSync.native(dirname(path)), basename(path)); } catch { return resolve(path); }
  }
}
