import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORT_CSP } from '../../src/core/report';

// `reprint-lens report` and `reprint-lens import-passim` as a script runs them (the built
// dist/cli.js; npm test builds first). Inputs are copied to a scratch folder, fingerprinted
// before and checked unchanged after: the tool writes only the report it is asked for.
const cli = join(process.cwd(), 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
const passimOut = join(process.cwd(), 'test/fixtures/passim/kazakhstan-2022/output');
const passimInput = join(process.cwd(), 'test/fixtures/passim/kazakhstan-2022/input.json');
let dir = '';
let corpus = '';
let hostile = '';
const fingerprint = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  .map((e) => { const p = join(e.parentPath, e.name); const s = statSync(p); return `${p}:${s.mtimeMs}:${createHash('sha1').update(readFileSync(p)).digest('hex')}`; }).sort().join('\n');
let inputsBefore = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'reprint-lens-report-'));
  corpus = join(dir, 'corpus');
  hostile = join(dir, 'hostile');
  cpSync(join(process.cwd(), 'examples/kazakhstan-2022'), corpus, { recursive: true });
  cpSync(join(process.cwd(), 'test/fixtures/hostile-corpus'), hostile, { recursive: true });
  mkdirSync(join(dir, 'out'));
  inputsBefore = fingerprint(corpus) + fingerprint(hostile) + fingerprint(passimOut);
});
after(() => {
  assert.equal(fingerprint(corpus) + fingerprint(hostile) + fingerprint(passimOut), inputsBefore, 'an input was changed');
  rmSync(dir, { recursive: true, force: true });
});

const outFiles = () => readdirSync(join(dir, 'out')).sort();

test('report --out writes one self-contained HTML file and nothing else', () => {
  const out = join(dir, 'out', 'report.html');
  const r = run('report', hostile, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /wrote .*report\.html: HTML report on 3 articles, 2 reused/);
  assert.deepEqual(outFiles(), ['report.html']);
  const html = readFileSync(out, 'utf8');
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.ok(html.includes(`content="${REPORT_CSP.replace(/'/g, '&#39;')}"`));
  assert.doesNotMatch(html, /<script|<img|<a href="javascript/i);
  assert.ok(html.includes('&lt;script&gt;window.pwned=&#39;quote&#39;&lt;/script&gt;'));
  rmSync(out);
});

test('report --csv (or an .csv name) writes CSV; --out - prints the report', () => {
  const out = join(dir, 'out', 'reuse.csv');
  assert.equal(run('report', corpus, '--out', out).status, 0);
  const csv = readFileSync(out, 'utf8');
  assert.match(csv, /^\ufeffcluster,kind,role,article/);
  assert.match(csv, /"trained abroad"\r\n/);
  const flagged = join(dir, 'out', 'reuse.txt');
  assert.equal(run('report', corpus, '--csv', '-o', flagged).status, 0);
  assert.equal(readFileSync(flagged, 'utf8'), csv);
  const printed = run('report', corpus, '--csv', '--out', '-');
  assert.equal(printed.status, 0);
  assert.equal(printed.stdout, csv);
  assert.deepEqual(outFiles(), ['reuse.csv', 'reuse.txt']);
  rmSync(out);
  rmSync(flagged);
});

test('report refuses to write over one of its inputs, or into a folder, and leaves it as it was', () => {
  const victim = join(corpus, '000_98a9a7d346d8e616.txt');
  const before_ = readFileSync(victim);
  const r = run('report', corpus, '--out', victim);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /000_98a9a7d346d8e616\.txt is one of the inputs/);
  assert.deepEqual(readFileSync(victim), before_);
  const viaDots = run('report', join(corpus, '001_0ef69f8f189c5c30.txt'), join(corpus, '002_f746b196c47e67ff.txt'), '--out', join(corpus, '..', 'corpus', '002_f746b196c47e67ff.txt'));
  assert.equal(viaDots.status, 1);
  const folder = run('report', corpus, '--out', join(dir, 'out'));
  assert.equal(folder.status, 1);
  assert.match(folder.stderr, /is a folder/);
});

test('report: usage errors exit 2 with the command’s usage; a missing input exits 1 naming it', () => {
  const noOut = run('report', corpus);
  assert.equal(noOut.status, 2);
  assert.match(noOut.stderr, /report needs --out/);
  assert.match(noOut.stderr, /usage: reprint-lens report/);
  assert.equal(run('report', corpus, '--out', join(dir, 'out', 'x.html'), '--bogus').status, 2);
  const missing = run('report', join(dir, 'nope'), '--out', join(dir, 'out', 'x.html'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope does not exist/);
  assert.deepEqual(outFiles(), []);
  const help = run('report', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--out, -o FILE/);
});

test('import-passim prints passim’s clusters as align --json does, placed in the article files', () => {
  const r = run('import-passim', passimOut, corpus, '--json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { schema: number; documents: { id: string; path: string }[]; clusters: { id: string; kind: string; origin: number; members: { doc: string; start: number; end: number; line: number; text: string; score: number }[] }[] };
  assert.equal(out.schema, 1);
  assert.equal(out.documents.length, 5);
  assert.equal(out.clusters.length, 5);
  for (const c of out.clusters) {
    assert.ok(c.members.length >= 2);
    for (const m of c.members) {
      const path = out.documents.find((d) => d.id === m.doc)!.path;
      const text = readFileSync(path, 'utf8');
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.equal(m.line, text.slice(0, m.start).split(/\r\n|\r|\n/).length);
    }
  }
  assert.ok(out.clusters.some((c) => c.kind === 'quote' && c.members.some((m) => m.text.includes('today I turned to the heads'))));
});

test('import-passim: text output, passim’s input records as texts, and the same clusters either way', () => {
  const text = run('import-passim', passimOut, corpus);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^Reprint Lens: 5 articles, 5 reused passages and quotes/);
  assert.match(text.stdout, /\[-have appealed-\]\{\+turned\+\}/);
  const fromInput = JSON.parse(run('import-passim', join(passimOut, 'out.json'), passimInput, '--json').stdout) as { clusters: { members: { start: number; end: number }[] }[] };
  const fromFiles = JSON.parse(run('import-passim', passimOut, corpus, '--json').stdout) as typeof fromInput;
  const spans = (o: typeof fromInput) => o.clusters.map((c) => c.members.map((m) => `${m.start}-${m.end}`).join(' '));
  assert.deepEqual(spans(fromInput), spans(fromFiles));
});

test('import-passim: a 64-bit numeric id in the input records matches the same id in the clusters', () => {
  // passim's ids may be 64-bit integers; JSON.parse would round them, and the two files would no longer agree.
  const big = '12345678901234567891';
  const numeric = (text: string) => text.replaceAll('"id":"000_98a9a7d346d8e616"', `"id":${big}`);
  const out = join(dir, 'numeric-ids', 'out.json');
  mkdirSync(out, { recursive: true });
  const part = readdirSync(join(passimOut, 'out.json')).find((f) => f.startsWith('part-'))!;
  writeFileSync(join(out, part), numeric(readFileSync(join(passimOut, 'out.json', part), 'utf8')));
  const input = join(dir, 'numeric-ids', 'input.json');
  writeFileSync(input, numeric(readFileSync(passimInput, 'utf8')));
  const r = run('import-passim', out, input, '--json');
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /matches no given article/);
  const doc = (JSON.parse(r.stdout) as { documents: { path: string }[] }).documents.find((d) => d.path === big);
  assert.ok(doc, 'the article is named by its id, every digit kept');
});

test('import-passim: clear errors for a missing folder, a folder without passim output, no texts, and unplaceable records', () => {
  const missing = run('import-passim', join(dir, 'nope'), corpus);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope does not exist/);
  const empty = run('import-passim', corpus, corpus);
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /holds no passim output/);
  const noTexts = run('import-passim', passimOut);
  assert.equal(noTexts.status, 2);
  assert.match(noTexts.stderr, /needs the texts passim read/);
  const wrong = run('import-passim', passimOut, hostile);
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /note: document 000_98a9a7d346d8e616 matches no given article/);
  assert.match(wrong.stderr, /no passage .* could be placed/);
  const parquet = join(dir, 'parquet-run');
  mkdirSync(join(parquet, 'out.parquet'), { recursive: true });
  writeFileSync(join(parquet, 'out.parquet', 'part-00000.parquet'), 'PAR1');
  const pq = run('import-passim', parquet, corpus);
  assert.equal(pq.status, 1);
  assert.match(pq.stderr, /Parquet output; run passim with --output-format json/);
});

test('report --passim: the report on passim’s clusters', () => {
  const out = join(dir, 'out', 'passim.html');
  const r = run('report', corpus, '--passim', passimOut, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /Reprint Lens report: passim output in/);
  assert.match(html, /id="cluster-p17179869201"/);
  rmSync(out);
});
