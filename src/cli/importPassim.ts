import { parseArgs } from 'node:util';
import { alignOutput, colorFor } from './alignOutput';
import { Exit, printProblems, usageError } from './cliProblems';
import { loadPassim } from './passimFiles';
import { safeName } from './terminalText';

/** Usage of `import-passim`, as `--help` and usage errors print it. */
export const IMPORT_PASSIM_USAGE = `usage: reprint-lens import-passim <passim-output> <article-or-input>... [--json]
  <passim-output>     passim's output folder (holding out.json/part-*), its out.json folder, or one part file
  <article-or-input>  the texts passim was run on: article files or folders (matched to passim's ids
                      by path or file name, with or without extension), or passim's input records
                      ({"id", "text"} JSON Lines in .json/.jsonl files)
  --json              print the alignment as align --json does (schema 1)`;

/**
 * `reprint-lens import-passim`: reads passim's cluster output, places each passage in the
 * article it came from, and prints the result as `align` would (text or --json).
 */
export async function runImportPassim(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return usageError((e as Error).message, IMPORT_PASSIM_USAGE);
  }
  if (parsed.values.help) {
    process.stdout.write(IMPORT_PASSIM_USAGE + '\n');
    return Exit.ok;
  }
  const [output, ...texts] = parsed.positionals;
  if (!output) return usageError('import-passim needs passim\'s output folder', IMPORT_PASSIM_USAGE);
  if (texts.length === 0) {
    return usageError("import-passim needs the texts passim read (passim's output holds only the passages): article files or folders, or passim's input .json", IMPORT_PASSIM_USAGE);
  }
  const load = loadPassim(output, texts);
  const failed = printProblems(load.problems);
  if (!load.imported) return Exit.badInput;
  if (load.imported.placed === 0) {
    process.stderr.write(`reprint-lens: error: no passage of ${safeName(output)} could be placed in the given articles\n`);
    return Exit.badInput;
  }
  const json = parsed.values.json === true;
  process.stdout.write(alignOutput(load.imported.result, json, colorFor(json)));
  return failed ? Exit.badInput : Exit.ok;
}
