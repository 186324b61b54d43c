/**
 * passim's cluster output, as its README documents it (github.com/dasmiq/passim, README.md,
 * "Running passim", at commit 878ccb3): `<output>/out.json/` holds `part-*` files of JSON
 * Lines, one record per reused passage. Each record echoes the fields of the input document
 * (`id`, `series`, and any metadata such as `date` or `title`), with `text` cut down to the
 * passage, and adds `cluster` (cluster id), `size` (passages in the cluster), `begin`/`end`
 * (character offsets of the passage in the document's text), `uid` (internal document id),
 * `src` (the passage inferred to be its source) and `pboiler` (share of the cluster's links
 * within one series). passim runs on Spark in Python, so offsets count code points.
 */
export interface PassimRecord {
  /** The input document's id. */
  readonly id: string;
  /** passim's cluster id (a 64-bit integer, kept as text so that none is rounded). */
  readonly cluster: string;
  /** Code-point offsets into the input document's text; `end` exclusive. */
  readonly begin: number;
  readonly end: number;
  /** The passage's text. */
  readonly text: string;
  readonly size?: number;
  readonly series?: string;
  readonly uid?: string;
  readonly date?: string;
  readonly title?: string;
  readonly pboiler?: number;
  /** Where the record was read, for messages ("part-00000.json line 3"). */
  readonly where: string;
}

/** A record that could not be used, or another problem with the import, in words that follow `where`. */
export interface PassimProblem {
  readonly where: string;
  readonly reason: string;
}

/** Integers with more digits than a double holds exactly (passim's `uid` and `cluster` are 64-bit). */
const LONG_INTEGER = 16;

/**
 * Splits JSON text into its top-level values, turning long integer literals into strings on
 * the way so that JSON.parse rounds none of them. JSON Lines (passim's own output: every
 * line a record) is split by line, so one broken line costs only itself; otherwise values
 * pretty-printed one after another (as `jq` writes them) or one array of records are split by
 * bracket depth.
 */
export function splitJsonValues(source: string): { text: string; line: number }[] {
  const lines = source.split('\n');
  if (lines.every((l) => !l.trim() || /^\s*[[{]/.test(l))) {
    const out: { text: string; line: number }[] = [];
    lines.forEach((l, i) => { if (l.trim()) out.push({ text: quoteLongIntegers(l), line: i + 1 }); });
    return out;
  }
  return splitByDepth(source).map((v) => ({ text: quoteLongIntegers(v.text), line: v.line }));
}

/** Top-level objects of JSON text, by bracket depth (a top-level array's elements, when it is one). */
function splitByDepth(source: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let depth = 0;
  let start = -1;
  let startLine = 1;
  let line = 1;
  let inString = false;
  let topArray = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0 && c === '[' && out.length === 0 && start < 0 && !topArray) {
        topArray = true; // one array of records: its elements are the values
        continue;
      }
      if (depth === 0) { start = i; startLine = line; }
      depth++;
    } else if ((c === '}' || c === ']') && depth > 0) {
      depth--;
      if (depth === 0) {
        out.push({ text: source.slice(start, i + 1), line: startLine });
        start = -1;
      }
    }
  }
  if (start >= 0) out.push({ text: source.slice(start), line: startLine }); // unfinished: JSON.parse says why
  return out;
}

/**
 * Puts quotes around integer literals too long for a double (passim's `uid` and `cluster`
 * are 64-bit). A small scanner rather than a regular expression: digits inside string values
 * must stay as they are.
 */
function quoteLongIntegers(json: string): string {
  let out = '';
  let copied = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '-' || (c >= '0' && c <= '9')) {
      let j = i + 1;
      while (j < json.length && /[0-9.eE+-]/.test(json[j])) j++;
      const token = json.slice(i, j);
      if (/^-?\d+$/.test(token) && token.replace('-', '').length >= LONG_INTEGER) {
        out += `${json.slice(copied, i)}"${token}"`;
        copied = j;
      }
      i = j - 1;
    }
  }
  return out + json.slice(copied);
}

/** Reads the records of one passim output file; `name` goes into messages. */
export function parsePassimRecords(source: string, name: string): { records: PassimRecord[]; problems: PassimProblem[] } {
  const records: PassimRecord[] = [];
  const problems: PassimProblem[] = [];
  for (const value of splitJsonValues(source)) {
    const where = `${name} line ${value.line}`;
    let raw: unknown;
    try {
      raw = JSON.parse(value.text);
    } catch (e) {
      problems.push({ where, reason: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` });
      continue;
    }
    // A line holding an array of records (one-line JSON) is read as its records.
    for (const item of Array.isArray(raw) && raw.some((x) => typeof x === 'object') ? raw : [raw]) {
      const record = toRecord(item, where);
      if (typeof record === 'string') problems.push({ where, reason: record });
      else records.push(record);
    }
  }
  if (records.length === 0 && problems.length === 0 && /\S/.test(source)) {
    problems.push({ where: name, reason: 'holds no JSON records' });
  }
  return { records, problems };
}

/** A checked record, or why the value is not one. */
function toRecord(raw: unknown, where: string): PassimRecord | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'is not a JSON object';
  const r = raw as Record<string, unknown>;
  const id = idText(r.id);
  if (id === undefined) return 'has no document `id`';
  const cluster = idText(r.cluster);
  if (cluster === undefined) return `(document ${id}) has no \`cluster\`: not passim's cluster output`;
  const begin = r.begin;
  const end = r.end;
  if (!isOffset(begin) || !isOffset(end) || end <= begin) return `(document ${id}) has no valid \`begin\`/\`end\` offsets`;
  if (typeof r.text !== 'string') return `(document ${id}) has no passage \`text\``;
  return {
    id, cluster, begin, end, text: r.text, where,
    size: typeof r.size === 'number' ? r.size : undefined,
    series: idText(r.series),
    uid: idText(r.uid),
    date: typeof r.date === 'string' ? r.date : undefined,
    title: typeof r.title === 'string' ? r.title : undefined,
    pboiler: typeof r.pboiler === 'number' ? r.pboiler : undefined,
  };
}

/** A document id as text: a non-empty string, or a number (long integers arrive quoted, see splitJsonValues). */
export function idText(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
