import { join } from 'node:path';
import { alignInParallel } from './parallelAlign';
import { readInputs, type InputProblem } from './readInputs';
import { alignJson, compareJson } from './contract';
import { formatAlign, formatCompare, styleFor } from './format';
import { version } from '../../package.json';
import { runImportPassim } from './importPassim';
import { runReport } from './report';

/** `compare` and `pan`, loaded when asked for (see sentenceCommands.ts). */
const sentenceCommands = () => require(join(__dirname, 'cliSentences.js')) as typeof import('./sentenceCommands');

const USAGE = `usage:
  reprint-lens align <path>... [--json]
  reprint-lens compare <left> <right> [--json]
  reprint-lens pan <pairs> <src-dir> <susp-dir> <out-dir>
  reprint-lens report <path>... --out <file> [--csv] [--passim <passim-output>]
  reprint-lens import-passim <passim-output> <article-or-input>... [--json]`;

/** Exit statuses of the command-line contract. */
const OK = 0;
const BAD_INPUT = 1;
const USAGE_ERROR = 2;

function report(problems: readonly InputProblem[]): boolean {
  for (const p of problems) process.stderr.write(`reprint-lens: ${p.fatal ? 'error' : 'note'}: ${p.path} ${p.reason}\n`);
  return problems.some((p) => p.fatal);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // These two parse their own options (see report.ts, importPassim.ts).
  if (command === 'report') return runReport(rest, version);
  if (command === 'import-passim') return runImportPassim(rest, version);
  const json = rest.includes('--json');
  const unknown = rest.filter((a) => a.startsWith('--') && a !== '--json');
  const args = rest.filter((a) => !a.startsWith('--'));
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return OK;
  }
  if (unknown.length) return usage(`unknown option ${unknown[0]}`);
  const color = !json && process.stdout.isTTY === true && !process.env.NO_COLOR;
  switch (command) {
    case 'align': {
      if (args.length === 0) return usage('align needs at least one file or folder');
      const { articles, problems } = readInputs(args);
      const failed = report(problems);
      const result = await alignInParallel(articles);
      process.stdout.write(json ? JSON.stringify(alignJson(result, version), null, 2) + '\n' : formatAlign(result, styleFor(color)));
      return failed ? BAD_INPUT : OK;
    }
    case 'compare': {
      if (args.length !== 2) return usage('compare needs exactly two files');
      // Each side is read on its own: the same file may be compared with itself.
      const sides = args.map((path) => readInputs([path]));
      const failed = report(sides.flatMap((r) => r.problems));
      const missing = sides.findIndex((r) => r.articles.length !== 1);
      if (failed || missing >= 0) {
        if (!failed) process.stderr.write(`reprint-lens: error: ${args[missing]} has no text to compare\n`);
        return BAD_INPUT;
      }
      const result = sentenceCommands().compareArticles(sides[0].articles[0], sides[1].articles[0]);
      process.stdout.write(json ? JSON.stringify(compareJson(result), null, 2) + '\n' : formatCompare(result, styleFor(color)));
      return OK;
    }
    case 'pan': {
      if (args.length !== 4) return usage('pan needs <pairs> <src-dir> <susp-dir> <out-dir>');
      return sentenceCommands().runPan(args[0], args[1], args[2], args[3]);
    }
    default:
      return usage(command ? `unknown command ${command}` : 'no command given');
  }
}

function usage(message: string): number {
  process.stderr.write(`reprint-lens: ${message}\n${USAGE}\n`);
  return USAGE_ERROR;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`reprint-lens: error: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 1; },
);
