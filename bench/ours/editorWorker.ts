/**
 * Child process: the editor loop (editorMeasure.ts) on a generated corpus, for bench/run.ts.
 *   node --import tsx bench/ours/editorWorker.ts <result.json> <corpus-dir>
 */
import { writeFileSync } from 'node:fs';
import { readArticles, readTruth } from '../harness/corpusFiles';
import { measureEditorLoop } from './editorMeasure';

const [outFile, corpusDir] = process.argv.slice(2);
writeFileSync(outFile, JSON.stringify(measureEditorLoop(readArticles(corpusDir, readTruth(corpusDir)))));
