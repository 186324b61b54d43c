// What every bad-input case must show: the exit status of the contract, one stderr line per
// expected problem naming its file, valid JSON whose spans round-trip and never split a
// surrogate pair, the reuse still found, no character a terminal would act on in any output,
// no input changed, and an end within the time bound.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { safeName } from '../../src/cli/terminalText';
import { lit, type Case, type FileSpec } from './model';

const CLI = join(__dirname, '../../dist/cli.js');
const ARTICLE = new Set(['.txt', '.text', '.md', '.markdown', '.article']);

/** Characters that must never reach a terminal as they are (line feeds aside). */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** One run of the command. */
export interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** The user id cases run as when they must not be root (root reads any file whatever its mode). */
const NOBODY = 65534;

/** The built command as user `nobody` runs it (see nobodysCli), once found. */
let forNobody: { cli: string } | { blocker: string } | undefined;

/**
 * The built command where user `nobody` can run it. A checkout under a private folder (a home
 * folder, a `mktemp -d` clone) is out of its reach; then the built files are copied to a
 * world-readable temporary folder, removed when the tests end.
 */
function nobodysCli(): { cli: string } | { blocker: string } {
  if (forNobody) return forNobody;
  const probe = (cli: string) => spawnSync(process.execPath, [cli, '--version'], { uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
  if (probe(CLI).status === 0) return (forNobody = { cli: CLI });
  const dir = mkdtempSync(join(tmpdir(), 'reprint-lens-cli-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  chmodSync(dir, 0o755);
  cpSync(dirname(CLI), dir, { recursive: true });
  const copy = join(dir, 'cli.js');
  const p = probe(copy);
  return (forNobody = p.status === 0 ? { cli: copy } : { blocker: `running as root, and user nobody cannot run ${copy} (${p.error?.message ?? p.stderr.trim()})` });
}

/**
 * Why a case that must run unprivileged cannot be checked here, or null when it can: as root,
 * the user `nobody` must be able to run the built command (see nobodysCli). Such cases are
 * then reported as skipped, never as passed.
 */
export function unprivilegedBlocker(): string | null {
  if (process.getuid?.() !== 0) return null;
  const found = nobodysCli();
  return 'blocker' in found ? found.blocker : null;
}

/** Runs `reprint-lens` with `args`, killed after `timeoutMs`; as user `nobody` when asked and running as root. */
export function runCli(args: readonly string[], timeoutMs: number, unprivileged: boolean): Promise<Run> {
  const asNobody = unprivileged && process.getuid?.() === 0;
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const found = asNobody ? nobodysCli() : undefined;
    const cli = found && 'cli' in found ? found.cli : CLI;
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}) });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({
      status, signal, ms: Date.now() - t0,
      stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
    }));
  });
}

/** Type, size, time of last change, mode and content hash of everything under `dir` (links not followed). */
export function fingerprint(dir: string): string {
  const rows: string[] = [];
  const walk = (d: string) => {
    let names: Buffer[];
    try { names = readdirSync(d, { encoding: 'buffer' }); } catch (e) { rows.push(`${d}: ${(e as NodeJS.ErrnoException).code}`); return; }
    for (const name of names) {
      const p = Buffer.concat([Buffer.from(`${d}/`), name]);
      let st;
      try { st = lstatSync(p); } catch (e) { rows.push(`${p.toString('hex')}: ${(e as NodeJS.ErrnoException).code}`); continue; }
      let hash = '';
      if (st.isFile()) {
        try { hash = createHash('sha1').update(readFileSync(p)).digest('hex'); } catch { hash = 'unreadable'; }
      }
      rows.push(`${p.toString('hex')} ${st.mode} ${st.size} ${st.mtimeMs} ${hash}`);
      if (st.isDirectory()) walk(p.toString('utf8'));
    }
  };
  walk(dir);
  return rows.sort().join('\n');
}

/** The text of a document as this test decodes it (independently of the tool). */
function decoded(path: string, spec: FileSpec | undefined): string {
  const bytes = readFileSync(path);
  return new TextDecoder(spec?.encoding ?? 'utf-8').decode(bytes);
}

const splitsPair = (t: string, at: number) =>
  at > 0 && at < t.length && /[\ud800-\udbff]/.test(t[at - 1]) && /[\udc00-\udfff]/.test(t[at]);

const lineOf = (t: string, at: number) => t.slice(0, at).split(/\r\n|\r|\n/).length;

/** Checks the stderr lines of a run against the case's expected lines. */
function checkLines(c: Case, dir: string, stderr: string): void {
  assert.doesNotMatch(stderr, UNSAFE, 'stderr holds a character a terminal would act on');
  const lines = stderr.split('\n').filter((l) => l !== '' && !l.startsWith('reprint-lens: progress: '));
  const left = [...lines];
  for (const e of c.expect.lines) {
    const head = `reprint-lens: ${e.level}: `;
    const named = e.fileLike
      ? `${lit(safeName(dir))}/(?:${e.fileLike.replace(/^\^|\$$/g, '')})`
      : lit(safeName(e.file === '' ? dir : `${dir}/${e.file}`));
    const pattern = new RegExp(`^${lit(head)}${named} (?:${e.reason.replace(/^\^/, '')})`);
    const at = left.findIndex((l) => pattern.test(l));
    assert.ok(at >= 0, `no stderr line ${pattern}\nin:\n${stderr}`);
    left.splice(at, 1);
  }
  assert.deepEqual(left, [], 'stderr lines that were not expected');
}

/** Runs one case both ways (JSON and text) and checks it. */
export async function checkCase(c: Case, root: string): Promise<{ json: Run; text: Run }> {
  const dir = join(root, c.name);
  const inputs = (c.inputs ?? ['.']).map((i) => (i === '.' ? dir : `${dir}/${i}`));
  const timeout = c.big ? 600_000 : 120_000;
  const before = fingerprint(dir);
  const json = await runCli(['align', '--json', ...(c.options ?? []), ...inputs], timeout, c.unprivileged ?? false);
  const text = await runCli(['align', ...(c.options ?? []), ...inputs], timeout, c.unprivileged ?? false);
  assert.equal(fingerprint(dir), before, 'an input was changed');
  for (const r of [json, text]) {
    assert.equal(r.signal, null, `killed by ${r.signal} after ${r.ms} ms (time bound ${timeout} ms)`);
    assert.equal(r.status, c.expect.exit, `exit status\n${r.stderr}`);
    checkLines(c, dir, r.stderr);
  }

  // The JSON: one document, spans exact, reuse found.
  assert.doesNotMatch(json.stdout, UNSAFE, 'JSON output holds a character a terminal would act on');
  const doc = JSON.parse(json.stdout) as {
    schema: number;
    documents: { id: string; path: string; date: string | null }[];
    clusters: { kind: string; origin: number; members: { doc: string; start: number; end: number; line: number; text: string; score: number }[] }[];
  };
  assert.equal(doc.schema, 1);
  const specs = new Map(c.files.map((f) => [f.path, f]));
  const rel = (p: string) => relative(dir, p);
  const expectedDocs = c.expect.documents ?? (
    c.files.filter((f) => !f.ignored && ARTICLE.has(extname(f.path).toLowerCase())).length -
    c.expect.lines.filter((l) => !l.read && specs.has(l.file)).length
  );
  assert.equal(doc.documents.length, expectedDocs, `documents: ${doc.documents.map((d) => rel(d.path)).join(', ')}`);
  const texts = new Map<string, string>();
  for (const d of doc.documents) {
    assert.ok(d.path.startsWith(`${dir}/`), `document path ${d.path} is inside the case`);
    texts.set(d.id, decoded(d.path, specs.get(rel(d.path))));
  }
  for (const cl of doc.clusters) {
    assert.ok(['quote', 'passage', 'boilerplate'].includes(cl.kind));
    assert.ok(cl.members.length >= 2 && cl.origin >= 0 && cl.origin < cl.members.length);
    for (const m of cl.members) {
      const t = texts.get(m.doc)!;
      assert.ok(m.start >= 0 && m.start < m.end && m.end <= t.length, `span ${m.start}-${m.end} in bounds`);
      assert.equal(t.slice(m.start, m.end), m.text, 'the span round-trips');
      assert.ok(!splitsPair(t, m.start) && !splitsPair(t, m.end), 'no surrogate pair split');
      assert.equal(m.line, lineOf(t, m.start));
      assert.ok(m.score >= 0 && m.score <= 1);
    }
  }
  const idOf = (file: string) => doc.documents.find((d) => rel(d.path) === file)?.id;
  for (const [x, y] of c.expect.reuse) {
    const [a, b] = [idOf(x), idOf(y)];
    assert.ok(a && b, `both ${x} and ${y} are documents`);
    assert.ok(doc.clusters.some((cl) => cl.members.some((m) => m.doc === a) && cl.members.some((m) => m.doc === b)), `a cluster links ${x} and ${y}`);
  }
  for (const [file, date] of Object.entries(c.expect.dates ?? {})) {
    assert.equal(doc.documents.find((d) => rel(d.path) === file)?.date, date, `date of ${file}`);
  }

  // The text report: nothing when no article was read, never a character a terminal acts on.
  assert.doesNotMatch(text.stdout, UNSAFE, 'the text report holds a character a terminal would act on');
  if (expectedDocs === 0) assert.equal(text.stdout, '');
  else assert.match(text.stdout, new RegExp(`^Reprint Lens: ${expectedDocs} articles, `));
  return { json, text };
}
