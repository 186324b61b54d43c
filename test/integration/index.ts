// The extension-test entry: VS Code loads this module in the extension host and awaits run().
// It runs Mocha over every compiled suite file (suite/**/*.test.js next to this file).
//
// When REPRINT_LENS_TEST_RESULT names a file, Mocha's JSON results are written there; the
// runner (scripts/test-vscode.mjs) reads them, because the extension host exits with code 0
// even when run() rejects. Without that variable (e.g. under @vscode/test-electron) results
// go to the console with the spec reporter and run() rejects on failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const resultFile = process.env.REPRINT_LENS_TEST_RESULT;
  try {
    const failures = await runMocha(resultFile);
    if (failures > 0) throw new Error(`${failures} test(s) failed`);
  } catch (error) {
    // Loading or running went wrong before Mocha could report: leave a result that says so.
    if (resultFile && !fs.existsSync(resultFile)) writeAtomically(resultFile, JSON.stringify(crashResult(error), null, 2));
    throw error;
  }
}

function runMocha(resultFile: string | undefined): Promise<number> {
  const partial = resultFile && `${resultFile}.partial`;
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 20_000,
    color: false,
    grep: process.env.REPRINT_LENS_TEST_GREP || undefined,
    reporter: partial ? 'json' : 'spec',
    reporterOptions: partial ? { output: partial } : undefined,
  });
  const files = suiteFiles(path.join(__dirname, 'suite'));
  if (files.length === 0) throw new Error(`no *.test.js files under ${path.join(__dirname, 'suite')}`);
  files.forEach((f) => mocha.addFile(f));
  return new Promise((resolve) => {
    // The JSON reporter has written `partial` by the time this callback runs.
    mocha.run((failures) => {
      if (partial && resultFile && fs.existsSync(partial)) fs.renameSync(partial, resultFile);
      resolve(failures);
    });
  });
}

function suiteFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** A Mocha-JSON-shaped result with one failure, for errors outside any test. */
function crashResult(error: unknown) {
  const err = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
  const failure = { title: 'loading the integration tests', fullTitle: 'loading the integration tests', err };
  return { stats: { tests: 0, passes: 0, failures: 1, pending: 0 }, tests: [], pending: [], failures: [failure], passes: [] };
}

function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.partial`, text);
  fs.renameSync(`${file}.partial`, file);
}
