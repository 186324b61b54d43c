// `reprint-lens`: the command line. This thread parses the arguments and prints; the work runs
// on an engine thread (see engine.ts), so that progress can be shown and Ctrl+C answered at
// any moment. A command is one entry of COMMANDS: its arguments, options, help and run().
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { colorFor } from './alignOutput';
import { runImportPassim } from './importPassim';
import { runReport } from './report';
import { cancelOnSignals, runEngine } from './engine';
import type { ProgressMode } from './progress';
import { DEFAULT_LIMITS } from './listInputs';
import { Exit, usageError } from './cliProblems';


/** Options as parsed: booleans for flags, strings for options that take a value. */
export type Flags = Record<string, string | boolean | undefined>;

/** An option of a command, as `--help` shows it. */
interface OptionSpec {
  readonly type: 'boolean' | 'string';
  /** Name of the value (`--max-files <n>`), for options that take one. */
  readonly value?: string;
  readonly help: string;
}

/** One command of the table. */
interface Command {
  /** Its arguments, for the usage line (`<path>...`). */
  readonly args: string;
  /** What it does, in one line. */
  readonly summary: string;
  /** More on what it does, for `--help`. */
  readonly about?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Runs it with its positional arguments and options; resolves to the exit status. */
  run(args: string[], flags: Flags): Promise<number>;
}

const JSON_OPTION: OptionSpec = { type: 'boolean', help: 'print exactly one JSON document (schema 1) instead of the text report' };
const PROGRESS_OPTIONS: Record<string, OptionSpec> = {
  progress: { type: 'boolean', help: 'show progress on standard error even for a short run' },
  'no-progress': { type: 'boolean', help: 'never show progress' },
};

const COMMANDS: Readonly<Record<string, Command>> = {
  align: {
    args: '<path>...',
    summary: 'find passages and quotes the articles share, and where each first appeared',
    about: 'A folder means the article files inside it (.txt .text .md .markdown .article), recursively;\n' +
      'hidden entries and node_modules are left out, links to folders are not followed.',
    options: {
      json: JSON_OPTION,
      'max-files': { type: 'string', value: 'n', help: `read at most n article files (default ${DEFAULT_LIMITS.maxFiles.toLocaleString('en-US')}); past it nothing is read` },
      'max-total-mb': { type: 'string', value: 'n', help: `read at most n MB of article files together (default ${DEFAULT_LIMITS.maxBytes / 1e6}); past it nothing is read` },
      ...PROGRESS_OPTIONS,
    },
    async run(args, flags) {
      if (args.length === 0) return usage('align', 'align needs at least one file or folder');
      const maxFiles = count(flags, 'max-files', DEFAULT_LIMITS.maxFiles);
      const maxMb = count(flags, 'max-total-mb', DEFAULT_LIMITS.maxBytes / 1e6);
      if (typeof maxFiles === 'string') return usage('align', maxFiles);
      if (typeof maxMb === 'string') return usage('align', maxMb);
      const json = flags.json === true;
      const limits = { maxFiles, maxBytes: maxMb * 1e6 };
      const out = await runEngine({ kind: 'align', paths: args, limits, output: json ? 'json' : 'text', color: colorFor(json) }, progressMode(flags));
      return print(out.stdout, out.code);
    },
  },
  compare: {
    args: '<left> <right>',
    summary: 'line two articles up passage by passage, with word-level changes',
    options: {
      json: JSON_OPTION,
      'changes-only': { type: 'boolean', help: 'leave out rows whose wording did not change (kind "same")' },
      ...PROGRESS_OPTIONS,
    },
    async run(args, flags) {
      if (args.length !== 2) return usage('compare', 'compare needs exactly two files');
      const json = flags.json === true;
      const out = await runEngine({
        kind: 'compare', left: args[0], right: args[1], output: json ? 'json' : 'text', color: colorFor(json), changesOnly: flags['changes-only'] === true,
      }, progressMode(flags));
      return print(out.stdout, out.code);
    },
  },
  pan: {
    args: '<pairs> <src-dir> <susp-dir> <out-dir>',
    summary: "align each `susp src` pair of the pairs file and write PAN's detection XML to out-dir",
    options: { ...PROGRESS_OPTIONS },
    async run(args, flags) {
      if (args.length !== 4) return usage('pan', 'pan needs <pairs> <src-dir> <susp-dir> <out-dir>');
      const out = await runEngine({ kind: 'pan', pairs: args[0], srcDir: args[1], suspDir: args[2], outDir: args[3] }, progressMode(flags));
      return out.code;
    },
  },
};

const HELP_OPTION: OptionSpec = { type: 'boolean', help: 'show this help' };

/** A whole-number option of at least 1, its default when not given, or what is wrong with it. */
function count(flags: Flags, name: string, fallback: number): number | string {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : `--${name} needs a whole number of at least 1, not ${String(raw)}`;
}

function progressMode(flags: Flags): ProgressMode {
  return flags['no-progress'] ? 'off' : flags.progress ? 'on' : 'auto';
}

/** ANSI colours only for a person at a terminal (and never when NO_COLOR is set). */

/** Writes the command's output, if any, and passes its exit status on. */
function print(stdout: Uint8Array | undefined, code: number): number {
  if (stdout?.length) process.stdout.write(stdout);
  return code;
}

/** Commands that parse their own arguments (and print their own --help). */
const OWN_PARSERS: Record<string, string> = {
  report: 'write a self-contained HTML (or CSV) report of the reuse found',
  'import-passim': "read passim's cluster output and print it as align does",
};

function usageLine(name: string): string {
  return `reprint-lens ${name} ${COMMANDS[name].args} [options]`;
}

function overview(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...[...names, ...Object.keys(OWN_PARSERS)].map((n) => n.length));
  return [
    'usage: reprint-lens <command> [options]',
    '',
    'commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary}`),
    ...Object.entries(OWN_PARSERS).map(([n, summary]) => `  ${n.padEnd(width)}  ${summary}`),
    '',
    '`reprint-lens <command> --help` tells more about one command; `reprint-lens --version` prints the version.',
    'Exit status: 0 success (also when nothing is found), 1 an input could not be used, 2 wrong usage;',
    'Ctrl+C ends a run at once (the shell then reports 130, interrupted).',
  ].join('\n');
}

function commandHelp(name: string): string {
  const c = COMMANDS[name];
  const options: [string, OptionSpec][] = [...Object.entries(c.options), ['help', HELP_OPTION]];
  const label = ([flag, spec]: [string, OptionSpec]) => `${flag === 'help' ? '-h, ' : ''}--${flag}${spec.value ? ` <${spec.value}>` : ''}`;
  const width = Math.max(...options.map((o) => label(o).length));
  return [
    `usage: ${usageLine(name)}`,
    '',
    `${c.summary[0].toUpperCase()}${c.summary.slice(1)}.`,
    ...(c.about ? [c.about] : []),
    '',
    'options:',
    ...options.map((o) => `  ${label(o).padEnd(width)}  ${o[1].help}`),
  ].join('\n');
}

function usage(name: string | null, message: string): number {
  return usageError(message, name ? `usage: ${usageLine(name)}\n(reprint-lens ${name} --help for more)` : overview());
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`reprint-lens ${version}\n`);
    return Exit.ok;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const about = rest[0];
    if (about !== undefined && !Object.hasOwn(COMMANDS, about)) return usage(null, `unknown command ${about}`);
    process.stdout.write((about ? commandHelp(about) : overview()) + '\n');
    return Exit.ok;
  }
  if (name === undefined) return usage(null, 'no command given');
  // These two parse their own options, --help included (see report.ts, importPassim.ts).
  if (name === 'report') return runReport(rest, version);
  if (name === 'import-passim') return runImportPassim(rest);
  if (!Object.hasOwn(COMMANDS, name)) return usage(null, `unknown command ${name}`);
  const command = COMMANDS[name];
  let parsed;
  try {
    const options = Object.fromEntries(Object.entries(command.options).map(([k, v]) => [k, { type: v.type }]));
    parsed = parseArgs({ args: rest, options: { ...options, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    return usage(name, e instanceof Error ? e.message.replace(/\. To specify a positional argument.*$/s, '') : String(e));
  }
  if (parsed.values.help) {
    process.stdout.write(commandHelp(name) + '\n');
    return Exit.ok;
  }
  if (parsed.values.version) {
    process.stdout.write(`reprint-lens ${version}\n`);
    return Exit.ok;
  }
  return command.run(parsed.positionals, parsed.values as Flags);
}

cancelOnSignals();

// A reader that closes the pipe early (`| head`) ends the output, not the run with an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? Exit.ok);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`reprint-lens: error: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = Exit.badInput; },
);
