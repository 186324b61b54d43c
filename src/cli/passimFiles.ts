import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { alignResultFromPassim, parsePassimRecords, type PassimImport, type PassimProblem, type PassimRecord } from '../core/passim';
import { idText, splitJsonValues } from '../core/passim/records';
import type { ArticleInput } from '../core/types';
import { readInputs, type InputProblem } from './readInputs';

/** Files given beside passim's output that hold passim's own input records ({id, text}). */
const RECORD_FILE = /\.(json|jsonl|ndjson)(\.gz)?$/i;

/** passim's output read and placed in its articles, with every problem met on the way. */
export interface PassimLoad {
  readonly imported?: PassimImport;
  /** Problems with files (exit 1 when fatal) and notes on records (never fatal). */
  readonly problems: readonly InputProblem[];
  /** The articles the records were placed in. */
  readonly articles: readonly ArticleInput[];
}

/**
 * Reads passim's output (`output`: its output folder, its `out.json` folder, or one part
 * file) and the texts it was run on (`texts`: article files and folders, or passim's input
 * records in .json/.jsonl files), and places the one in the other. Only reads.
 */
export function loadPassim(output: string, texts: readonly string[]): PassimLoad {
  const problems: InputProblem[] = [];
  const partFiles = findParts(output, problems);
  const records: PassimRecord[] = [];
  const notes: PassimProblem[] = [];
  for (const file of partFiles) {
    const source = readText(file, problems);
    if (source === undefined) continue;
    const parsed = parsePassimRecords(source, file);
    records.push(...parsed.records);
    notes.push(...parsed.problems);
  }
  const articles: ArticleInput[] = [];
  const recordFiles = texts.filter((t) => RECORD_FILE.test(t) && isFile(t));
  const read = readInputs(texts.filter((t) => !recordFiles.includes(t)));
  articles.push(...read.articles);
  problems.push(...read.problems);
  for (const file of recordFiles) articles.push(...inputRecords(file, problems));
  if (partFiles.length > 0 && records.length === 0 && !problems.some((p) => p.fatal)) {
    problems.push({ path: output, reason: 'holds no passim records', fatal: true });
  }
  for (const n of notes) problems.push({ path: n.where, reason: n.reason, fatal: false });
  if (records.length === 0 || articles.length === 0) return { problems, articles };
  const imported = alignResultFromPassim(records, articles);
  for (const p of imported.problems) problems.push({ path: p.where, reason: p.reason, fatal: false });
  return { imported, problems, articles };
}

/** The part files of passim's JSON output under `output`. */
function findParts(output: string, problems: InputProblem[]): string[] {
  let st;
  try {
    st = statSync(output);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problems.push({ path: output, reason: code === 'ENOENT' ? 'does not exist' : `cannot be opened (${code})`, fatal: true });
    return [];
  }
  if (st.isFile()) return [output];
  const names = (dir: string) => { try { return readdirSync(dir).sort(); } catch { return []; } };
  let dir = output;
  if (names(output).includes('out.json') && statSync(join(output, 'out.json')).isDirectory()) dir = join(output, 'out.json');
  else if (names(output).includes('out.json')) return [join(output, 'out.json')];
  const parts = names(dir).filter((n) => /^part-/.test(n) && !n.endsWith('.crc')).map((n) => join(dir, n));
  if (parts.length === 0) {
    const parquet = names(output).includes('out.parquet') || names(dir).some((n) => n.endsWith('.parquet'));
    problems.push({
      path: output,
      reason: parquet
        ? "holds passim's Parquet output; run passim with --output-format json (its default) to read it here"
        : 'holds no passim output (an out.json folder of part-* files)',
      fatal: true,
    });
  }
  return parts;
}

/** A file's text, gunzipped when it ends in .gz; strict UTF-8. */
function readText(file: string, problems: InputProblem[]): string | undefined {
  try {
    let bytes: Uint8Array = readFileSync(file);
    if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    const why = e instanceof TypeError ? 'is not valid UTF-8' : `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    problems.push({ path: file, reason: why, fatal: true });
    return undefined;
  }
}

/** passim input records ({id, text}) from a JSON Lines file, as articles named by their id. */
function inputRecords(file: string, problems: InputProblem[]): ArticleInput[] {
  const source = readText(file, problems);
  if (source === undefined) return [];
  const out: ArticleInput[] = [];
  // Read as passim's output is (splitJsonValues), so a 64-bit numeric id keeps every digit and
  // matches the same id in the clusters.
  for (const { text, line } of splitJsonValues(source)) {
    let r: unknown;
    try { r = JSON.parse(text); } catch { problems.push({ path: `${file} line ${line}`, reason: 'is not a JSON record', fatal: true }); continue; }
    const rec = r as { id?: unknown; text?: unknown } | null;
    const id = idText(rec?.id);
    if (typeof rec?.text !== 'string' || id === undefined) {
      problems.push({ path: `${file} line ${line}`, reason: 'has no `id` and `text`: not a passim input record', fatal: true });
      continue;
    }
    out.push({ path: id, text: rec.text });
  }
  if (out.length === 0 && !problems.some((p) => p.path.startsWith(file))) problems.push({ path: file, reason: 'holds no passim input records', fatal: true });
  return out;
}

function isFile(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}
