import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignResultFromPassim, CodePointOffsets, matchIds, parsePassimRecords, splitJsonValues, type PassimRecord } from '../../src/core/passim';

// passim's cluster output, read by the pure reader: the fixture made from the example corpus
// (test/fixtures/passim/make-fixture.ts) and hand-made records for the awkward cases.
const fixture = join(process.cwd(), 'test/fixtures/passim/kazakhstan-2022');
const partDir = join(fixture, 'output/out.json');
const partFile = readdirSync(partDir).find((f) => f.startsWith('part-'))!;
const corpusDir = join(process.cwd(), 'examples/kazakhstan-2022');
const corpus = readdirSync(corpusDir).sort().map((f) => ({ path: `examples/kazakhstan-2022/${f}`, text: readFileSync(join(corpusDir, f), 'utf8') }));

const record = (fields: Partial<PassimRecord> & { id: string; cluster: string; begin: number; end: number; text: string }): PassimRecord =>
  ({ where: 'test', ...fields });

test('the fixture: every passage lands on its own words in the example articles, ids matched by file name', () => {
  const { records, problems } = parsePassimRecords(readFileSync(join(partDir, partFile), 'utf8'), partFile);
  assert.deepEqual(problems, []);
  assert.equal(records.length, 10);
  assert.equal(new Set(records.map((r) => r.cluster)).size, 5);
  const imported = alignResultFromPassim(records, corpus);
  assert.deepEqual(imported.problems, []);
  assert.equal(imported.placed, 10);
  assert.equal(imported.matched.get('000_98a9a7d346d8e616'), 'examples/kazakhstan-2022/000_98a9a7d346d8e616.txt');
  const { documents, clusters } = imported.result;
  assert.equal(documents.length, 5);
  assert.equal(clusters.length, 5);
  const text = new Map(corpus.map((a) => [a.path, a.text]));
  for (const c of clusters) {
    assert.equal(c.origin, 0);
    for (const m of c.members) {
      const doc = documents.find((d) => d.id === m.doc)!;
      assert.equal(text.get(doc.path)!.slice(m.start, m.end), m.text);
      assert.equal(m.line, text.get(doc.path)!.slice(0, m.start).split('\n').length);
      assert.ok(m.score > 0 && m.score <= 1);
    }
  }
  const appeal = clusters.find((c) => c.members[0].text.includes('today I have appealed'))!;
  assert.equal(appeal.kind, 'quote', 'a passage inside quotation marks is a quote');
  assert.equal(documents.find((d) => d.id === appeal.members[0].doc)!.path.includes('002_'), true, 'first in 002 by path order');
  assert.equal(appeal.id, 'p17179869201', 'passim’s cluster id is kept');
  const xi = clusters.find((c) => c.members[0].text.includes('Xi Jinping'))!;
  assert.equal(xi.kind, 'passage');
});

test('passim’s input records can stand in for the article files', () => {
  const inputs = readFileSync(join(fixture, 'input.json'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
  const { records } = parsePassimRecords(readFileSync(join(partDir, partFile), 'utf8'), partFile);
  const imported = alignResultFromPassim(records, inputs.map((r) => ({ path: r.id, text: r.text })));
  assert.equal(imported.placed, 10);
  assert.deepEqual(imported.result.documents.map((d) => d.path), inputs.map((r) => r.id));
});

test('code-point offsets become UTF-16 offsets: emoji and other astral characters before and inside a passage', () => {
  const shared = 'the minister said the 🇰🇿 flag 𝔣𝔬𝔯 order would fly again over every building in the city';
  const a = `Intro 😀😀 line.\n${shared}\n`;
  const b = `Other 𝄞 intro\n\n${shared} today`;
  const cp = (s: string, sub: string) => Array.from(s.slice(0, s.indexOf(sub))).length;
  const rec = (id: string, s: string) => record({ id, cluster: '7', begin: cp(s, shared), end: cp(s, shared) + Array.from(shared).length, text: shared });
  const imported = alignResultFromPassim([rec('a', a), rec('b', b)], [{ path: 'a.txt', text: a }, { path: 'b.txt', text: b }]);
  assert.deepEqual(imported.problems, []);
  const [c] = imported.result.clusters;
  assert.equal(c.members[0].start, a.indexOf(shared));
  assert.equal(c.members[1].start, b.indexOf(shared));
  for (const m of c.members) assert.equal(m.text, shared);
  assert.deepEqual(c.members.map((m) => m.line), [2, 3]);
  const offsets = new CodePointOffsets('a😀b😀');
  assert.deepEqual([0, 1, 2, 3, 4].map((n) => offsets.utf16(n)), [0, 1, 3, 4, 6]);
  assert.equal(offsets.length, 4);
});

test('64-bit cluster ids and uids are read without rounding, so clusters that differ in the last digit stay apart', () => {
  const text = 'one two three four five six seven eight nine ten eleven twelve';
  const line = (id: string, cluster: string) =>
    `{"uid":-9223372036854775807,"cluster":${cluster},"begin":0,"end":${text.length},"src":[{"uid":9007199254740993,"begin":0,"end":3}],"id":"${id}","text":"${text}"}`;
  const source = [line('a', '9007199254740993'), line('b', '9007199254740993'), line('a', '9007199254740992'), line('c', '9007199254740992')].join('\n');
  const { records, problems } = parsePassimRecords(source, 'part-0');
  assert.deepEqual(problems, []);
  assert.deepEqual(records.map((r) => r.cluster), ['9007199254740993', '9007199254740993', '9007199254740992', '9007199254740992']);
  assert.equal(records[0].uid, '-9223372036854775807');
  const imported = alignResultFromPassim(records, ['a', 'b', 'c'].map((p) => ({ path: p, text })));
  assert.deepEqual(imported.result.clusters.map((c) => c.id).sort(), ['p9007199254740992', 'p9007199254740993']);
  // Digits inside strings are text, not numbers.
  assert.deepEqual(splitJsonValues('{"text":"12345678901234567890 is \\"big\\"","n":12345678901234567890}').map((v) => v.text),
    ['{"text":"12345678901234567890 is \\"big\\"","n":"12345678901234567890"}']);
});

test('JSON Lines, values pretty-printed one after another, or one array: the same records', () => {
  const one = { id: 'a', cluster: 1, begin: 0, end: 3, text: 'abc' };
  const two = { id: 'b', cluster: 1, begin: 2, end: 5, text: 'abc' };
  const forms = [
    `${JSON.stringify(one)}\n${JSON.stringify(two)}\n`,
    `${JSON.stringify(one, null, 2)}\n${JSON.stringify(two, null, 2)}`,
    JSON.stringify([one, two], null, 1),
  ];
  for (const form of forms) {
    const { records, problems } = parsePassimRecords(form, 'x');
    assert.deepEqual(problems, []);
    assert.deepEqual(records.map((r) => `${r.id}:${r.begin}`), ['a:0', 'b:2']);
  }
});

test('bad records are named by file and line and left out; the rest is read', () => {
  const source = [
    '{"id":"a","cluster":1,"begin":0,"end":3,"text":"abc"}',
    '{"id":"b","cluster":1,"begin":0,"end":3,"text":"abc"',
    '{"id":"c","begin":0,"end":3,"text":"abc"}',
    '{"id":"d","cluster":1,"begin":5,"end":3,"text":"abc"}',
    '{"id":"e","cluster":1,"begin":0,"end":3}',
    '[1,2]',
  ].join('\n');
  const { records, problems } = parsePassimRecords(source, 'part-00001.json');
  assert.deepEqual(records.map((r) => r.id), ['a']);
  const where = problems.map((p) => p.where);
  assert.ok(where.includes('part-00001.json line 2'), JSON.stringify(problems));
  assert.match(problems.find((p) => p.where.endsWith('line 3'))!.reason, /no `cluster`/);
  assert.match(problems.find((p) => p.where.endsWith('line 4'))!.reason, /begin`\/`end`/);
  assert.match(problems.find((p) => p.where.endsWith('line 5'))!.reason, /passage `text`/);
  assert.match(problems.find((p) => p.where.endsWith('line 6'))!.reason, /not a JSON object/);
  assert.deepEqual(parsePassimRecords('hello', 'f').problems, [{ where: 'f', reason: 'holds no JSON records' }]);
});

test('a passage that does not match its article, an unknown id and an ambiguous id are reported, never placed', () => {
  const text = 'The quick brown fox jumps over the lazy dog near the river bank today.';
  const recs = [
    record({ id: 'a', cluster: '1', begin: 4, end: 19, text: 'quick brown fox' }),
    record({ id: 'b', cluster: '1', begin: 4, end: 19, text: 'quick brown cat' }),
    record({ id: 'c', cluster: '1', begin: 4, end: 19, text: 'quick brown fox' }),
    record({ id: 'zzz', cluster: '1', begin: 4, end: 19, text: 'quick brown fox' }),
    record({ id: 'dup', cluster: '1', begin: 4, end: 19, text: 'quick brown fox' }),
  ];
  const articles = [{ path: 'x/a.txt', text }, { path: 'x/b.txt', text }, { path: 'x/c.md', text }, { path: 'one/dup.txt', text }, { path: 'two/dup.txt', text }];
  const imported = alignResultFromPassim(recs, articles);
  assert.equal(imported.placed, 2);
  assert.equal(imported.result.clusters[0].members.length, 2);
  const reasons = imported.problems.map((p) => `${p.where}: ${p.reason}`).join('\n');
  assert.match(reasons, /document zzz: matches no given article/);
  assert.match(reasons, /document dup: matches 2 articles/);
  assert.match(reasons, /does not match x\/b\.txt/);
});

test('ids match a path, a path without extension, a path’s end or a file name, the first rule that finds anything deciding', () => {
  const paths = ['news/2022/a.txt', 'news/2022/b.md', 'other/a.txt', 'c', 'deep/x/c.txt'];
  const m = matchIds(['news/2022/a.txt', 'news/2022/b', '2022/a', 'b', 'a', 'c', 'missing'], paths);
  assert.deepEqual(m.get('news/2022/a.txt'), { path: 'news/2022/a.txt' });
  assert.deepEqual(m.get('news/2022/b'), { path: 'news/2022/b.md' });
  assert.deepEqual(m.get('2022/a'), { path: 'news/2022/a.txt' });
  assert.deepEqual(m.get('b'), { path: 'news/2022/b.md' });
  assert.deepEqual(m.get('a'), { ambiguous: ['news/2022/a.txt', 'other/a.txt'] });
  assert.deepEqual(m.get('c'), { path: 'c' }, 'an exact path wins over a file name');
  assert.deepEqual(m.get('missing'), { missing: true });
});

test('dates from passim’s records decide the first appearance; repeats within an article are marked; mostly-series clusters are furniture', () => {
  const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa. Then alpha beta gamma delta epsilon zeta eta theta iota kappa.';
  const phrase = 'alpha beta gamma delta epsilon zeta eta theta iota kappa';
  const second = text.indexOf(phrase, 5);
  const recs = [
    record({ id: 'a', cluster: '1', begin: 0, end: phrase.length, text: phrase, date: '1861-05-02' }),
    record({ id: 'b', cluster: '1', begin: 0, end: phrase.length, text: phrase, date: '1861-04-30' }),
    record({ id: 'b', cluster: '1', begin: second, end: second + phrase.length, text: phrase, date: '1861-04-30' }),
    record({ id: 'a', cluster: '2', begin: second, end: second + phrase.length, text: phrase, pboiler: 1 }),
    record({ id: 'b', cluster: '2', begin: second, end: second + phrase.length, text: phrase, pboiler: 1 }),
  ];
  const imported = alignResultFromPassim(recs, [{ path: 'a.txt', text }, { path: 'b.txt', text }]);
  const { documents, clusters } = imported.result;
  assert.deepEqual(documents.map((d) => [d.path, d.date]), [['b.txt', '1861-04-30'], ['a.txt', '1861-05-02']]);
  const c1 = clusters.find((c) => c.id === 'p1')!;
  assert.equal(c1.firstBy, 'date');
  assert.deepEqual(c1.members.map((m) => [m.doc, m.start, m.repeat ?? false]), [['d0', 0, false], ['d0', second, true], ['d1', 0, false]]);
  assert.equal(clusters.find((c) => c.id === 'p2')!.kind, 'boilerplate');
  const byPath = alignResultFromPassim(recs, [{ path: 'a.txt', text }, { path: 'b.txt', text }], { firstAppearance: 'path' });
  assert.equal(byPath.result.documents[0].path, 'a.txt');
  assert.equal(byPath.result.clusters.find((c) => c.id === 'p1')!.firstBy, 'path');
});
