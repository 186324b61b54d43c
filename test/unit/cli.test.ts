import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignArticles } from '../../src/core/index';
import { alignJson } from '../../src/cli/contract';

// Runs the built command (npm test builds it first) as a script would.
const cli = join(process.cwd(), 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
const passage = 'The council said on Thursday that the regional security organisation had decided to send a limited peacekeeping contingent to the republic for a short period.';
let dir = '';
const fingerprint = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  .map((e) => { const p = join(e.parentPath, e.name); const s = statSync(p); return `${p}:${s.mtimeMs}:${s.mode}:${createHash('sha1').update(readFileSync(p)).digest('hex')}`; }).sort().join('\n');
let before_ = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'reprint-lens-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait', 'latin1'));
  writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Intro line.\n${passage}\n`)]));
  writeFileSync(join(dir, 'crlf.txt'), `Another intro.\r\n\r\nSecond\r\n${passage}\r\n`);
  writeFileSync(join(dir, 'cr.txt'), `One\rTwo\rThree\r${passage}\r`);
  mkdirSync(join(dir, 'no-articles'));
  writeFileSync(join(dir, 'no-articles', 'photo.jpg'), 'not an article');
  before_ = fingerprint();
});
after(() => {
  assert.equal(fingerprint(), before_, 'input files were changed');
  rmSync(dir, { recursive: true, force: true });
});

test('BOM, CRLF and lone CR: offsets exclude the BOM and lines count every break style', () => {
  const r = run('align', '--json', join(dir, 'bom.txt'), join(dir, 'crlf.txt'), join(dir, 'cr.txt'));
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.clusters.length, 1);
  const lines: Record<string, number> = { 'bom.txt': 2, 'crlf.txt': 4, 'cr.txt': 4 };
  for (const m of out.clusters[0].members) {
    const doc = out.documents.find((d: { id: string }) => d.id === m.doc);
    const name = doc.path.split('/').pop();
    let text = readFileSync(doc.path, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(m.line, lines[name], name);
  }
});

test('an empty file is noted by name and skipped', () => {
  const r = run('align', join(dir, 'empty.txt'), join(dir, 'bom.txt'));
  assert.equal(r.status, 0);
  assert.match(r.stderr, /empty\.txt is empty/);
});

test('a binary file is refused with exit 1 and one line naming it', () => {
  const r = run('align', '--json', join(dir, 'binary.txt'), join(dir, 'bom.txt'));
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /binary\.txt is binary/);
  assert.doesNotThrow(() => JSON.parse(r.stdout), 'still one JSON document for the readable inputs');
});

test('invalid UTF-8 is refused, naming the file and the byte', () => {
  const r = run('align', join(dir, 'latin1.txt'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /latin1\.txt is not valid UTF-8 \(first bad byte at offset 3, 0xE9: a sequence cut short/);
});

test('a missing path and a folder with no articles exit 1', () => {
  const missing = run('align', join(dir, 'nope.txt'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.txt does not exist/);
  const empty = run('align', join(dir, 'no-articles'));
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /no-articles holds no article files/);
});

test('wrong usage exits 2', () => {
  assert.equal(run().status, 2);
  assert.equal(run('frobnicate').status, 2);
  assert.equal(run('compare', join(dir, 'bom.txt')).status, 2);
  assert.equal(run('align', '--jsn', join(dir, 'bom.txt')).status, 2);
});

test('a 5 MB single-line file finishes', () => {
  const big = join(dir, 'big.txt');
  const words = ['troops', 'council', 'peace', 'order', 'Almaty', 'said', 'the', 'of', 'forces', 'republic'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) { const w = words[(i * 7 + (i >> 3)) % words.length] + i.toString(36); parts.push(w); size += w.length + 1; }
  writeFileSync(big, parts.join(' ') + ' ' + passage);
  before_ = fingerprint();
  const r = run('align', '--json', big, join(dir, 'bom.txt'));
  assert.equal(r.signal, null, 'not killed by the timeout');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).clusters.length, 1);
});

test('align --json on the example corpus follows the contract', () => {
  const r = run('align', '--json', 'examples/kazakhstan-2022');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.schema, 1);
  assert.deepEqual(Object.keys(out), ['schema', 'tool', 'documents', 'clusters']);
  assert.equal(out.tool.name, 'reprint-lens');
  assert.equal(out.documents.length, 5);
  out.documents.forEach((d: Record<string, unknown>, i: number) => {
    assert.deepEqual(Object.keys(d), ['id', 'path', 'title', 'date', 'order']);
    assert.equal(d.order, i);
    assert.match(String(d.path), /^examples\/kazakhstan-2022\/\d{3}_[0-9a-f]+\.txt$/);
  });
  const texts = new Map(out.documents.map((d: { id: string; path: string }) => [d.id, readFileSync(d.path, 'utf8')]));
  for (const c of out.clusters) {
    // The contract's fields in its order; `firstBy` is an optional field added since, after them.
    assert.deepEqual(Object.keys(c), ['id', 'kind', 'origin', 'members', 'firstBy']);
    assert.ok(['quote', 'passage'].includes(c.kind));
    assert.equal(c.firstBy, 'path', 'no article has a date, so path order decides');
    assert.ok(new Set(c.members.map((m: { doc: string }) => m.doc)).size >= 2, 'a cluster ties two articles or more');
    assert.equal(c.members[c.origin].score, 1);
    assert.equal(c.members[c.origin].evidence, undefined);
    c.members.forEach((m: Record<string, unknown>, n: number) => {
      const keys = Object.keys(m);
      assert.deepEqual(keys.slice(0, 6), ['doc', 'start', 'end', 'line', 'text', 'score']);
      assert.ok(keys.slice(6).every((k) => k === 'evidence' || k === 'repeat'), keys.join());
      assert.equal((texts.get(m.doc as string) as string).slice(m.start as number, m.end as number), m.text);
      if (n === c.origin || m.repeat) return;
      const e = m.evidence as { match: string; similarity: number; chance: number; words: string[]; changed: number };
      assert.deepEqual(Object.keys(e), ['match', 'similarity', 'chance', 'words', 'changed']);
      assert.ok(['verbatim', 'reworded', 'paraphrase', 'quote-phrase'].includes(e.match));
      assert.equal(e.similarity, m.score);
      assert.ok(e.chance > 0 && e.chance < 0.001, `a shown link is unlikely by chance (${e.chance})`);
      for (const w of e.words) assert.ok((m.text as string).includes(w), `${w} is written in the member`);
      assert.ok(Number.isInteger(e.changed) && e.changed >= 0);
    });
  }
  const reversed = run('align', '--json', ...readdirSync('examples/kazakhstan-2022').reverse().map((f) => `examples/kazakhstan-2022/${f}`));
  const forward = run('align', '--json', ...readdirSync('examples/kazakhstan-2022').map((f) => `examples/kazakhstan-2022/${f}`));
  assert.equal(reversed.stdout, forward.stdout, 'same bytes whatever the input order');
});

test('compare --json follows the contract and human output marks changes', () => {
  const [l, r] = ['examples/kazakhstan-2022/002_f746b196c47e67ff.txt', 'examples/kazakhstan-2022/003_9da7962be26feba9.txt'];
  const res = run('compare', '--json', l, r);
  assert.equal(res.status, 0, res.stderr);
  const out = JSON.parse(res.stdout);
  assert.deepEqual(Object.keys(out), ['schema', 'left', 'right', 'rows']);
  assert.equal(out.left.path, l);
  for (const row of out.rows) {
    assert.ok(['same', 'changed', 'omitted', 'added', 'moved'].includes(row.kind));
    if (row.kind === 'omitted') assert.equal(row.right, null);
    if (row.kind === 'added') assert.equal(row.left, null);
    if (row.diff) {
      assert.equal(row.diff.filter((p: { op: string }) => p.op !== 'insert').map((p: { text: string }) => p.text).join(''), row.left.text);
      assert.equal(row.diff.filter((p: { op: string }) => p.op !== 'delete').map((p: { text: string }) => p.text).join(''), row.right.text);
    }
  }
  const text = run('compare', l, r);
  assert.match(text.stdout, /\[-have appealed-\]\{\+turned\+\}/);
});

test('align over worker threads (200+ articles) prints exactly the single-threaded result', () => {
  const corpus = join(dir, 'many');
  mkdirSync(corpus);
  const sentences = [passage, 'Officials said the river had risen by three metres overnight and more rain was expected on Sunday.',
    'He said the gangs were “trained abroad” and attacked administrative buildings in the city centre.',
    'Markets opened lower while traders weighed fresh figures on inflation and the harvest outlook.',
    'The governor said further rises could follow if wage growth did not slow in the coming quarter.'];
  const inputs = Array.from({ length: 240 }, (_, i) => {
    const text = `Article ${i} by staff writer ${i % 17}.\n\n` + [sentences[i % 5], `Unique remark number ${i} about item ${i * 7}.`, sentences[(i * 3) % 5]].join('\n\n');
    const path = join(corpus, `a${i}.txt`);
    writeFileSync(path, text);
    return { path, text };
  });
  before_ = fingerprint();
  const r = run('align', '--json', corpus);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, JSON.stringify(alignJson(alignArticles(inputs), JSON.parse(r.stdout).tool.version), null, 2) + '\n');
});

test('a FIFO is refused without blocking, and a link to a folder named *.txt is not followed', () => {
  const fifo = join(dir, 'pipe.txt');
  spawnSync('mkfifo', [fifo]);
  const r = run('align', fifo, join(dir, 'bom.txt'));
  assert.equal(r.signal, null, 'did not hang');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /pipe\.txt is not a regular file/);
  const linked = join(dir, 'linked');
  mkdirSync(linked);
  mkdirSync(join(dir, 'folder.txt'));
  writeFileSync(join(linked, 'a.txt'), passage);
  spawnSync('ln', ['-s', join(dir, 'folder.txt'), join(linked, 'dir.txt')]);
  before_ = fingerprint();
  const l = run('align', linked);
  assert.equal(l.status, 0, l.stderr);
});

test('nested folder paths keep the form they were given in', () => {
  const nested = join(dir, 'nest');
  mkdirSync(join(nested, 'inner'), { recursive: true });
  writeFileSync(join(nested, 'a.txt'), passage);
  writeFileSync(join(nested, 'inner', 'b.txt'), passage);
  before_ = fingerprint();
  const r = run('align', '--json', `${nested}/`);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).documents.map((d: { path: string }) => d.path), [`${nested}/a.txt`, `${nested}/inner/b.txt`]);
});

test('compare accepts the same file twice and names the file it cannot use', () => {
  const same = run('compare', '--json', join(dir, 'bom.txt'), join(dir, 'bom.txt'));
  assert.equal(same.status, 0, same.stderr);
  assert.ok(JSON.parse(same.stdout).rows.every((r: { kind: string }) => r.kind === 'same'));
  const empty = run('compare', join(dir, 'bom.txt'), join(dir, 'empty.txt'));
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /empty\.txt/);
});

test('control characters in an article never reach the terminal', () => {
  const a = join(dir, 'esc.txt');
  writeFileSync(a, `${passage} \u001b]0;pwned\u0007 \u001b[31mred`);
  before_ = fingerprint();
  const r = run('compare', a, join(dir, 'bom.txt'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /pwned/, 'the sentence holding the escapes is printed');
  assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f]/);
});
