import { compareArticles } from '../core/index';
import { alignInParallel } from './parallelAlign';
import { readInputs, type InputProblem } from './readInputs';
import { alignJson, compareJson } from './contract';
import { formatAlign, formatCompare, styleFor } from './format';
import { runPan } from './pan';
import { version } from '../../package.json';

const USAGE = `usage:
  reprint-lens align <path>... [--json]
  reprint-lens compare <left> <right> [--json]
  reprint-lens pan <pairs> <src-dir> <susp-dir> <out-dir>`;

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
      const { articles, problems } = readInputs(args);
      if (report(problems) || articles.length !== 2) {
        if (!problems.some((p) => p.fatal)) process.stderr.write(`reprint-lens: error: compare needs two articles with text\n`);
        return BAD_INPUT;
      }
      const left = articles.find((a) => a.path === args[0]) ?? articles[0];
      const right = articles.find((a) => a !== left)!;
      const result = compareArticles(left, right);
      process.stdout.write(json ? JSON.stringify(compareJson(result), null, 2) + '\n' : formatCompare(result, styleFor(color)));
      return OK;
    }
    case 'pan': {
      if (args.length !== 4) return usage('pan needs <pairs> <src-dir> <susp-dir> <out-dir>');
      return runPan(args[0], args[1], args[2], args[3]);
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
