/**
 * The editor loop on a folder of articles (see editorMeasure.ts); prints JSON, then a summary.
 *
 *   node --import tsx bench/ours/editorLoop.ts <articles-dir> [--lookups N] [--edits N] [--files N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatEditorLoop, measureEditorLoop } from './editorMeasure';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : undefined; };
if (!dir) { console.error('usage: editorLoop.ts <articles-dir> [--lookups N] [--edits N] [--files N]'); process.exit(2); }

const inputs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
const result = measureEditorLoop(inputs, { lookups: opt('--lookups'), edits: opt('--edits'), files: opt('--files') });
console.log(JSON.stringify(result));
console.error(formatEditorLoop(result));
