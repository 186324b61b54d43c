// Where things live. Every path is absolute so it can be handed to the VS Code server as is.
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** code-server as installed by scripts/install-code-server.sh (override with CODE_SERVER_DIR). */
export const codeServerDir = process.env.CODE_SERVER_DIR ?? path.join(repoRoot, '.vscode-test', 'code-server');
export const serverMain = path.join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js');

/** Debian's Chromium (override with CHROMIUM_PATH). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const exampleDir = path.join(repoRoot, 'examples', 'kazakhstan-2022');
export const testResultsDir = path.join(repoRoot, 'test-results');

/** The variable through which the runner tells the test entry where to write its results. */
export const RESULT_FILE_ENV = 'REPRINT_LENS_TEST_RESULT';
/** Optional Mocha --grep, passed the same way. */
export const GREP_ENV = 'REPRINT_LENS_TEST_GREP';
