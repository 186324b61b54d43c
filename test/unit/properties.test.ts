import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignArticles, compareArticles, wordDiff } from '../../src/core/index';
import { Lexicon } from '../../src/core/normalize/lexicon';
import { tokenize } from '../../src/core/normalize/tokenize';

// Words from a small vocabulary (so articles share passages), with noise the engine must
// survive: curly quotes, emoji, right-to-left words, accents, CRLF.
const word = fc.constantFrom('the', 'council', 'said', 'troops', 'Kazakhstan', '“quoted”', '"straight"', 'Zürich', 'cafe\u0301',
  '😀', 'שלום', 'مرحبا', 'post-Soviet', 'Washing-ton', 'Washington', 'peace', 'order', 'restored', '—', 'on', 'Friday');
const sep = fc.constantFrom(' ', ' ', ' ', '\n', '\r\n', '. ', ', ');
const text = fc.array(fc.tuple(word, sep), { minLength: 5, maxLength: 120 }).map((ps) => ps.map(([w, s]) => w + s).join(''));

function isSurrogateSplit(t: string, offset: number): boolean {
  if (offset <= 0 || offset >= t.length) return false;
  const before = t.charCodeAt(offset - 1);
  const after = t.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

test('every cluster member round-trips to its article and splits no surrogate pair', () => {
  fc.assert(fc.property(fc.array(text, { minLength: 2, maxLength: 4 }), (texts) => {
    const inputs = texts.map((t, i) => ({ path: `doc${i}.txt`, text: t }));
    const r = alignArticles(inputs);
    const byId = new Map(r.documents.map((d) => [d.id, inputs.find((x) => x.path === d.path)!.text]));
    for (const c of r.clusters) {
      assert.ok(c.members.length >= 2);
      for (const m of c.members) {
        const t = byId.get(m.doc)!;
        assert.equal(t.slice(m.start, m.end), m.text);
        assert.ok(!isSurrogateSplit(t, m.start) && !isSurrogateSplit(t, m.end));
        assert.equal(m.line, t.slice(0, m.start).split(/\r\n|\r|\n/).length);
        assert.ok(m.score >= 0 && m.score <= 1);
      }
    }
  }), { numRuns: 60 });
});

test('output does not depend on the order of the inputs', () => {
  fc.assert(fc.property(fc.array(text, { minLength: 2, maxLength: 4 }), fc.nat(), (texts, seed) => {
    const inputs = texts.map((t, i) => ({ path: `doc${i}.txt`, text: t }));
    const shuffled = [...inputs].sort((x, y) => ((x.path.charCodeAt(3) * (seed + 7)) % 11) - ((y.path.charCodeAt(3) * (seed + 7)) % 11));
    assert.equal(JSON.stringify(alignArticles(inputs)), JSON.stringify(alignArticles(shuffled.reverse())));
  }), { numRuns: 40 });
});

test('NFC and NFD inputs give the same findings', () => {
  fc.assert(fc.property(fc.array(text, { minLength: 2, maxLength: 3 }), (texts) => {
    const strip = (r: ReturnType<typeof alignArticles>) => r.clusters.map((c) => c.members.map((m) => `${m.doc}:${m.line}:${m.score}`));
    const nfc = texts.map((t, i) => ({ path: `d${i}`, text: t.normalize('NFC') }));
    const nfd = texts.map((t, i) => ({ path: `d${i}`, text: t.normalize('NFD') }));
    assert.deepEqual(strip(alignArticles(nfc)), strip(alignArticles(nfd)));
  }), { numRuns: 40 });
});

test('each word diff rebuilds both sides', () => {
  fc.assert(fc.property(text, text, (a, b) => {
    const d = wordDiff(a, b);
    assert.equal(d.parts.filter((p) => p.op !== 'insert').map((p) => p.text).join(''), a);
    assert.equal(d.parts.filter((p) => p.op !== 'delete').map((p) => p.text).join(''), b);
  }), { numRuns: 100 });
});

test('compare rows round-trip, keep left order and rebuild both sides from each diff', () => {
  fc.assert(fc.property(text, text, (a, b) => {
    const r = compareArticles({ path: 'l', text: a }, { path: 'r', text: b });
    let lastLeft = -1;
    for (const row of r.rows) {
      if (row.left) {
        assert.equal(a.slice(row.left.start, row.left.end), row.left.text);
        assert.ok(row.left.start > lastLeft);
        lastLeft = row.left.start;
      }
      if (row.right) assert.equal(b.slice(row.right.start, row.right.end), row.right.text);
      if (row.diff) {
        assert.equal(row.diff.filter((p) => p.op !== 'insert').map((p) => p.text).join(''), row.left!.text);
        assert.equal(row.diff.filter((p) => p.op !== 'delete').map((p) => p.text).join(''), row.right!.text);
      }
    }
  }), { numRuns: 60 });
});

test('tokens never split a surrogate pair and lie in bounds', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => {
    const tokens = tokenize(t, new Lexicon());
    for (let k = 0; k < tokens.count; k++) {
      assert.ok(tokens.starts[k] >= 0 && tokens.ends[k] <= t.length && tokens.starts[k] < tokens.ends[k]);
      assert.ok(!isSurrogateSplit(t, tokens.starts[k]) && !isSurrogateSplit(t, tokens.ends[k]));
    }
  }), { numRuns: 300 });
});

test('long word diffs (cut at anchors) rebuild both sides and keep shared text equal', () => {
  const longText = fc.array(fc.tuple(word, sep), { minLength: 600, maxLength: 1500 }).map((ps) => ps.map(([w, s]) => w + s).join(''));
  fc.assert(fc.property(longText, fc.array(fc.tuple(fc.nat(), word)), (a, edits) => {
    const words = a.split(' ');
    for (const [at, w] of edits) words[at % words.length] = w;
    const b = words.join(' ');
    const d = wordDiff(a, b, { timeoutMs: 5000 });
    assert.equal(d.truncated, false);
    assert.equal(d.parts.filter((p) => p.op !== 'insert').map((p) => p.text).join(''), a);
    assert.equal(d.parts.filter((p) => p.op !== 'delete').map((p) => p.text).join(''), b);
    if (edits.length === 0) assert.deepEqual(d.parts, [{ op: 'equal', text: a }]);
  }), { numRuns: 30 });
});
