// The command line as a person and a script use it: help and version, options, what is printed
// when inputs fail, the file limit, progress on standard error, and Ctrl+C.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/gen/generate';

const cli = join(process.cwd(), 'dist/cli.js');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
const passage = 'The council said on Thursday that the regional security organisation had decided to send a limited peacekeeping contingent to the republic for a short period.';
let dir = '';
let big = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'reprint-lens-cliruns-'));
  writeFileSync(join(dir, 'a.txt'), `Intro.\n${passage}\n`);
  writeFileSync(join(dir, 'b.txt'), `Other intro.\n${passage}\n`);
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  writeFileSync(join(dir, 'empty.txt'), '');
  // A folder large enough that aligning it takes a few seconds: for progress and Ctrl+C.
  big = join(dir, 'big');
  mkdirSync(big);
  generateCorpus({ size: 3000, seed: 5, outDir: big });
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--version and help for the tool and for each command', () => {
  for (const args of [['--version'], ['-V'], ['align', '--version']]) {
    const r = run(...args);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `reprint-lens ${pkg.version}\n`);
  }
  const overview = run('--help');
  assert.equal(overview.status, 0);
  for (const c of ['align', 'compare', 'pan']) assert.match(overview.stdout, new RegExp(`^  ${c} +\\S`, 'm'));
  for (const [c, options] of [['align', ['--json', '--max-files <n>', '--progress', '--no-progress', '-h, --help']], ['compare', ['--json', '--changes-only']], ['pan', ['--no-progress']]] as const) {
    for (const form of [[c, '--help'], [c, '-h'], ['help', c]]) {
      const r = run(...form);
      assert.equal(r.status, 0, form.join(' '));
      assert.equal(r.stderr, '');
      assert.match(r.stdout, new RegExp(`^usage: reprint-lens ${c} `));
      for (const o of options) assert.ok(r.stdout.includes(`  ${o}`), `${c} --help lists ${o}`);
    }
  }
  assert.equal(run('help', 'frobnicate').status, 2);
});

test('wrong usage exits 2 with the command\'s usage line and nothing on standard output', () => {
  for (const args of [['align', '--jsn', 'x'], ['align'], ['compare', 'x'], ['align', '--max-files', '0', 'x'], ['align', '--max-files', 'lots', 'x'], ['align', '--max-files']]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^reprint-lens: .+\nusage: reprint-lens /);
  }
});

test('a file whose name looks like an option can be given after --', () => {
  writeFileSync(join(dir, '--json'), `Intro.\n${passage}\n`);
  const r = spawnSync(process.execPath, [cli, 'align', '--', '--json', 'a.txt'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Reprint Lens: 2 articles, 1 reused/);
  rmSync(join(dir, '--json'));
});

test('compare --changes-only leaves out the rows of unchanged wording, in JSON and text', () => {
  const [L, R] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
  const all = JSON.parse(run('compare', '--json', L, R).stdout);
  const changes = JSON.parse(run('compare', '--json', '--changes-only', L, R).stdout);
  assert.ok(all.rows.some((r: { kind: string }) => r.kind === 'same'), 'the pair has unchanged rows to leave out');
  assert.deepEqual(changes.rows, all.rows.filter((r: { kind: string }) => r.kind !== 'same'));
  assert.ok(changes.rows.length > 0);
  const text = run('compare', '--changes-only', L, R).stdout.split('\n');
  const full = run('compare', L, R).stdout.split('\n');
  assert.equal(text[1], full[1], 'the summary still counts every row');
  assert.ok(!text.slice(3).some((l) => l.startsWith('same ')));
  assert.equal(text.slice(3).filter(Boolean).length, changes.rows.length);
});

test('no report after every input failed: text prints nothing, JSON one empty document', () => {
  const text = run('align', join(dir, 'bin.txt'), join(dir, 'missing.txt'));
  assert.equal(text.status, 1);
  assert.equal(text.stdout, '', 'no "0 articles" report');
  assert.equal(text.stderr.trim().split('\n').length, 2);
  const json = run('align', '--json', join(dir, 'bin.txt'));
  assert.equal(json.status, 1);
  const doc = JSON.parse(json.stdout);
  assert.deepEqual([doc.schema, doc.documents, doc.clusters], [1, [], []]);
  const notesOnly = run('align', join(dir, 'empty.txt'));
  assert.equal(notesOnly.status, 0);
  assert.equal(notesOnly.stdout, '');
  assert.match(notesOnly.stderr, /^reprint-lens: note: .*empty\.txt is empty/);
  const partly = run('align', join(dir, 'bin.txt'), join(dir, 'a.txt'), join(dir, 'b.txt'));
  assert.equal(partly.status, 1);
  assert.match(partly.stdout, /^Reprint Lens: 2 articles, 1 reused/, 'the readable inputs are still reported');
  const cmp = run('compare', '--json', join(dir, 'bin.txt'), join(dir, 'a.txt'));
  assert.equal(cmp.status, 1);
  assert.equal(cmp.stdout, '', 'no comparison without both sides');
  const folder = run('compare', dir, join(dir, 'a.txt'));
  assert.equal(folder.status, 1);
  assert.match(folder.stderr, /is a folder; compare takes two files/);
});

test('a folder over --max-files is refused before reading, with the count and the way out', () => {
  const r = run('align', '--json', '--max-files', '1000', big);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `reprint-lens: error: ${big} holds 3,000 article files, more than the limit of 1,000; nothing was read (raise it with --max-files, or give a smaller folder)\n`);
  assert.deepEqual(JSON.parse(r.stdout).documents, []);
  const far = run('align', '--max-files', '10', big);
  assert.match(far.stderr, /holds more than 100 article files, more than the limit of 10;/, 'listing stops at ten times the limit');
  const several = run('align', '--max-files', '2', join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'bin.txt'));
  assert.match(several.stderr, /bin\.txt brings the inputs to 3 article files, more than the limit of 2;/);
  assert.equal(run('align', '--max-files', '3000', '--json', big).status, 0, 'at the limit is allowed');
  const size = run('align', '--max-total-mb', '1', big);
  assert.equal(size.status, 1);
  assert.match(size.stderr, /^reprint-lens: error: \S+big holds [\d.]+ MB of article files, more than the limit of 1 MB; nothing was read \(raise it with --max-total-mb, or give a smaller folder\)\n$/);
  assert.equal(size.stdout, '');
});

test('progress goes to standard error only, as plain lines when it is not a terminal', () => {
  const short = run('align', '--json', join(dir, 'a.txt'), join(dir, 'b.txt'));
  assert.equal(short.stderr, '', 'an ordinary run in a script writes no progress');
  const quiet = run('align', '--json', '--no-progress', big);
  assert.equal(quiet.status, 0, quiet.stderr);
  assert.equal(quiet.stderr, '');
  const loud = run('align', '--json', '--progress', big);
  assert.equal(loud.status, 0, loud.stderr);
  assert.equal(loud.stdout, quiet.stdout, 'the result is the same, and stdout holds only it');
  const lines = loud.stderr.trim().split('\n');
  assert.ok(lines.length >= 2, loud.stderr);
  for (const l of lines) assert.match(l, /^reprint-lens: progress: .+ \(\d+ s\)$/);
  assert.ok(lines.some((l) => /reading files: [\d,]+ of 3,000|reading the words of 3,000 articles|aligning 3,000 articles: [\d,]+ pairs aligned of [\d,]+ found/.test(l)), loud.stderr);
  assert.doesNotMatch(loud.stderr, /\x1b/, 'no terminal codes into a pipe');
  assert.equal(run('align', '--json', '--progress', '--no-progress', join(dir, 'a.txt')).stderr, '', '--no-progress wins');
});

test('in a terminal the status line is drawn in place and erased before the report', { skip: !existsScript() && 'no `script` command for a pseudo-terminal' }, () => {
  const r = spawnSync('script', ['-qec', `${process.execPath} ${cli} align --progress ${big}`, '/dev/null'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1', COLUMNS: '60' } });
  assert.equal(r.status, 0, r.stdout);
  const out = r.stdout;
  assert.match(out, /\r\x1b\[K(reading|aligning|grouping|listing)[^\r\n]*\(\d+ s\)/, 'a status line drawn in place');
  const report = out.indexOf('Reprint Lens: 3,000 articles'.replace('3,000', '3000'));
  assert.ok(report > 0, 'the report follows');
  assert.ok(out.slice(0, report).endsWith('\r\x1b[K'), 'the status line was erased before the report');
  assert.doesNotMatch(out, /reprint-lens: progress:/);
});

function existsScript(): boolean {
  return spawnSync('script', ['--version']).status === 0;
}

test('Ctrl+C stops a long run at once, says so, and leaves standard output empty', async () => {
  const child = spawn(process.execPath, [cli, 'align', '--json', '--progress', big], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  // Interrupted while the engine is busy aligning: the main thread still answers at once.
  const sentAt = await new Promise<number>((resolve) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      if (/reading the words|aligning 3,000/.test(stderr) && child.exitCode === null && !child.killed) {
        child.kill('SIGINT');
        resolve(Date.now());
      }
    });
  });
  const { code, signal, at } = await exited;
  const latency = at - sentAt;
  console.log(`# Ctrl+C to exit: ${latency} ms`);
  // Ended by the signal itself, as a shell expects of an interrupted command (it reports 130).
  assert.deepEqual([code, signal], [null, 'SIGINT']);
  assert.equal(stdout, '');
  assert.match(stderr.trim().split('\n').pop()!, /^reprint-lens: cancelled while (reading the words of 3,000 articles|aligning 3,000 articles: .*)$/);
  assert.ok(latency < 5000, `stopped after ${latency} ms (a bound against hangs; the README reports the measured time)`);
});

test('compare prints hostile names and text escaped, and its JSON parses back to them', () => {
  const name = join(dir, 'x\u001b]0;pwned\u0007\u202Eevil\nname.txt');
  writeFileSync(name, `Other intro \u202Eevil\u202C with \u001b[2J.\n${passage}\n`);
  const text = run('compare', name, join(dir, 'a.txt'));
  assert.equal(text.status, 0, text.stderr);
  assert.doesNotMatch(text.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  assert.ok(text.stdout.includes('x\\x1B]0;pwned\\x07\\u202Eevil\\nname.txt'), text.stdout);
  const json = run('compare', '--json', name, join(dir, 'a.txt'));
  assert.doesNotMatch(json.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  assert.equal(JSON.parse(json.stdout).left.path, name);
  rmSync(name);
});
