import * as vscode from 'vscode';
import { parsePassimRecords, type PassimProblem, type PassimRecord } from '../../core/passim';

/** passim's records from one output location, or why there are none. */
export interface PassimOutput {
  readonly records: readonly PassimRecord[];
  readonly problems: readonly PassimProblem[];
  /** Set when nothing could be read at all. */
  readonly error?: string;
}

/**
 * Reads passim's JSON output through `vscode.workspace.fs` (so remote and virtual folders
 * work): `location` is passim's output folder (holding `out.json/`), the `out.json` folder
 * itself, or one part file. Part files may be gzipped (`.gz`). The same rules as the CLI's
 * import-passim.
 */
export async function readPassimOutput(location: vscode.Uri): Promise<PassimOutput> {
  let files: vscode.Uri[];
  try {
    files = await partFiles(location);
  } catch (e) {
    return { records: [], problems: [], error: `${location.fsPath} cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
  if (files.length === 0) {
    return { records: [], problems: [], error: `${location.fsPath} holds no passim output (an out.json folder of part-* files)` };
  }
  const records: PassimRecord[] = [];
  const problems: PassimProblem[] = [];
  for (const file of files) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    let text: string;
    try {
      text = await decode(await vscode.workspace.fs.readFile(file), name.endsWith('.gz'));
    } catch (e) {
      problems.push({ where: name, reason: `cannot be read (${e instanceof Error ? e.message : String(e)})` });
      continue;
    }
    const parsed = parsePassimRecords(text, name);
    records.push(...parsed.records);
    problems.push(...parsed.problems);
  }
  return { records, problems, error: records.length === 0 ? `${location.fsPath} holds no passim records` : undefined };
}

async function partFiles(location: vscode.Uri): Promise<vscode.Uri[]> {
  const stat = await vscode.workspace.fs.stat(location);
  if (stat.type & vscode.FileType.File) return [location];
  let dir = location;
  const top = await vscode.workspace.fs.readDirectory(location);
  const out = top.find(([name]) => name === 'out.json');
  if (out && out[1] & vscode.FileType.Directory) dir = vscode.Uri.joinPath(location, 'out.json');
  else if (out) return [vscode.Uri.joinPath(location, 'out.json')];
  const entries = dir === location ? top : await vscode.workspace.fs.readDirectory(dir);
  return entries
    .filter(([name, type]) => type & vscode.FileType.File && name.startsWith('part-') && !name.endsWith('.crc'))
    .map(([name]) => name)
    .sort()
    .map((name) => vscode.Uri.joinPath(dir, name));
}

/** Strict UTF-8 text of a file's bytes, gunzipped first when asked (DecompressionStream: Node and browsers both have it). */
async function decode(bytes: Uint8Array, gzipped: boolean): Promise<string> {
  let data = bytes;
  if (gzipped) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    data = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
}
