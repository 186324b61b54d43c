// The engine thread of the command line: reads the inputs, aligns or compares them and
// builds the output, while the main thread (main.ts) only shows progress and answers Ctrl+C.
// Keeping the long synchronous work off the main thread is what lets a run be cancelled at
// once at any point and its progress be drawn while the engine is busy. Problems are sent as
// they are found; the output is sent once, at the end.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { alignOutput } from './alignOutput';
import { compareJson } from './contract';
import { formatCompare, styleFor } from './format';
import { collectGarbage, COLLECT_FROM } from './collectGarbage';
import { alignInParallel } from './parallelAlign';
import { readInputs, type InputProblem } from './readInputs';
import { Phase, setCount, Slot, type Counters } from './progressCounters';
import { compareForTerminal, safeJson } from './terminalText';
import type { AlignJob, CompareJob, DoneMessage, EngineJob, EngineMessage } from './engineProtocol';

/** `compare` and `pan`, loaded when asked for (see sentenceCommands.ts). */
const sentenceCommands = () => require(join(__dirname, 'cliSentences.js')) as typeof import('./sentenceCommands');

const { job, counters } = workerData as { job: EngineJob; counters: Counters };
const send = (m: EngineMessage) => parentPort!.postMessage(m);
const problem = (p: InputProblem) => send({ type: 'problem', path: p.path, reason: p.reason, fatal: p.fatal });

async function align(j: AlignJob): Promise<DoneMessage> {
  const { articles, problems } = readInputs(j.paths, { limits: j.limits, onProblem: problem, counters });
  const code = problems.some((p) => p.fatal) ? 1 : 0;
  // Text for a person: nothing at all when no article could be read (the error lines say
  // why), rather than a report of "0 articles". JSON for a script: always one document.
  if (articles.length === 0 && j.output === 'text') return { type: 'done', code };
  const result = await alignInParallel(articles, undefined, undefined, counters);
  setCount(counters, Slot.phase, Phase.writing);
  // The engine's working memory (a gigabyte and more at 100,000 articles) is garbage now, but
  // V8 would collect it only once the output had been built on top of it.
  if (articles.length >= COLLECT_FROM) collectGarbage();
  const stdout = alignOutput(result, j.output === 'json', j.color);
  return { type: 'done', code, stdout: utf8(stdout) };
}

function compare(j: CompareJob): DoneMessage {
  // A folder is refused before anything in it is read.
  const folder = [j.left, j.right].find((path) => { try { return statSync(path).isDirectory(); } catch { return false; } });
  if (folder !== undefined) {
    problem({ path: folder, reason: 'is a folder; compare takes two files', fatal: true });
    return { type: 'done', code: 1 };
  }
  // Each side is read on its own: the same file may be compared with itself.
  const sides = [j.left, j.right].map((path) => readInputs([path], { onProblem: problem, counters }));
  const failed = sides.some((s) => s.problems.some((p) => p.fatal));
  const missing = sides.findIndex((s) => s.articles.length !== 1);
  if (failed) return { type: 'done', code: 1 };
  if (missing >= 0) {
    problem({ path: missing === 0 ? j.left : j.right, reason: 'has no text to compare', fatal: true });
    return { type: 'done', code: 1 };
  }
  setCount(counters, Slot.phase, Phase.pairing);
  const result = sentenceCommands().compareArticles(sides[0].articles[0], sides[1].articles[0]);
  setCount(counters, Slot.phase, Phase.writing);
  const shown = j.changesOnly ? { ...result, rows: result.rows.filter((r) => r.kind !== 'same') } : result;
  const stdout = j.output === 'json'
    ? safeJson(compareJson(shown)) + '\n'
    : formatCompare(compareForTerminal(result), styleFor(j.color), j.changesOnly);
  return { type: 'done', code: 0, stdout: utf8(stdout) };
}

async function run(j: EngineJob): Promise<DoneMessage> {
  switch (j.kind) {
    case 'align': return align(j);
    case 'compare': return compare(j);
    case 'pan': return { type: 'done', code: sentenceCommands().runPan(j.pairs, j.srcDir, j.suspDir, j.outDir, problem, counters) };
    default: {
      const never: never = j;
      throw new Error(`unknown job ${JSON.stringify(never)}`);
    }
  }
}

/** Standard output as UTF-8 bytes in a buffer of their own, which postMessage can hand over. */
function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

const sendDone = (m: DoneMessage) => parentPort!.postMessage(m, m.stdout ? [m.stdout.buffer as ArrayBuffer] : []);

run(job).then(sendDone, (e) => send({ type: 'failed', message: e instanceof Error ? e.message : String(e) }));
