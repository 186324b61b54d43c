// Property tests on hostile Unicode: astral characters, emoji sequences, combining marks, bidi
// controls, line and paragraph separators, invisible characters and controls, inside and
// between words of articles that share passages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignArticles, compareArticles, wordDiff } from '../../src/core/index';
import { decideArticle } from '../../src/core/input/readRule';
import { safeJson, safeName, safeText } from '../../src/cli/terminalText';

/** Characters that trip up offsets, terminals and line counting. */
const HOSTILE = [
  '😀', '👨‍👩‍👧‍👦', '👍🏽', '🇰🇿', '1️⃣', '𝐀', '𠀋', '\u{10FFFD}', // astral and emoji sequences
  '\u0301', '\u0308\u0323', '\u20dd', 'e\u0301', '\u1100\u1161', // combining marks, jamo
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', // bidi
  '\u2028', '\u2029', '\r', '\n', '\r\n', '\u0085', '\u000b', '\u000c', // line breaks, as VS Code does and does not count them
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', // invisible
  '\u0000', '\u001b[31m', '\u0007', '\u009b', '\u007f', // controls
  '“', '”', '«', '»', '"', "'", '—', // quotation marks and dashes
  'שלום', 'مرحبا', 'ﬁ', 'Ｆｕｌｌ', 'İ', 'ß', 'ǅ', // scripts, ligatures, case oddities
];
const WORDS = ['the', 'council', 'said', 'troops', 'were', 'sent', 'to', 'restore', 'order', 'in', 'Almaty', 'peacekeeping', 'contingent', 'republic', 'Thursday'];

const hostile = fc.constantFrom(...HOSTILE);
/** A word, sometimes with a hostile character inside it. */
const word = fc.tuple(fc.constantFrom(...WORDS), fc.option(hostile, { freq: 4 }), fc.nat()).map(([w, h, at]) => (h === null ? w : w.slice(0, at % (w.length + 1)) + h + w.slice(at % (w.length + 1))));
const gap = fc.oneof({ weight: 6, arbitrary: fc.constant(' ') }, { weight: 3, arbitrary: hostile }, { weight: 1, arbitrary: fc.constantFrom('. ', ', ', '\n\n') });
const text = fc.array(fc.tuple(word, gap), { minLength: 4, maxLength: 80 }).map((ps) => ps.map(([w, g]) => w + g).join(''));
/** Articles that share a passage: each is `shared` with its own text around it. */
const articles = fc.tuple(text, fc.array(fc.tuple(text, text), { minLength: 2, maxLength: 4 }))
  .map(([shared, sides]) => sides.map(([before, after], i) => ({ path: `doc${i}.txt`, text: `${before}\n${shared}\n${after}` })));

const splitsPair = (t: string, at: number) => {
  if (at <= 0 || at >= t.length) return false;
  const a = t.charCodeAt(at - 1);
  const b = t.charCodeAt(at);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
};
/** 1-based line as VS Code counts it: CRLF, CR and LF end a line; U+2028 and U+0085 do not. */
const lineOf = (t: string, at: number) => t.slice(0, at).split(/\r\n|\r|\n/).length;
const rebuilds = (parts: readonly { op: string; text: string }[], a: string, b: string) => {
  assert.equal(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join(''), a);
  assert.equal(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join(''), b);
};

test('hostile Unicode: every span round-trips, splits no surrogate pair, and has VS Code\'s line', () => {
  let members = 0;
  fc.assert(fc.property(articles, (inputs) => {
    const r = alignArticles(inputs);
    const byId = new Map(r.documents.map((d) => [d.id, inputs.find((x) => x.path === d.path)!.text]));
    for (const c of r.clusters) {
      for (const m of c.members) {
        const t = byId.get(m.doc)!;
        assert.equal(t.slice(m.start, m.end), m.text);
        assert.ok(!splitsPair(t, m.start) && !splitsPair(t, m.end), `span ${m.start}-${m.end} splits a pair`);
        assert.equal(m.line, lineOf(t, m.start));
        members++;
      }
    }
  }), { numRuns: 80 });
  assert.ok(members > 0, 'the generated articles share passages, so spans were checked');
});

test('hostile Unicode: the result does not depend on the order of the inputs', () => {
  fc.assert(fc.property(articles.chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length }))), ([inputs, shuffled]) => {
    assert.equal(JSON.stringify(alignArticles(shuffled)), JSON.stringify(alignArticles(inputs)));
  }), { numRuns: 40 });
});

test('hostile Unicode: word diffs rebuild both sides exactly', () => {
  fc.assert(fc.property(text, text, (a, b) => {
    rebuilds(wordDiff(a, b).parts, a, b);
    rebuilds(wordDiff(a, a + b).parts, a, a + b);
  }), { numRuns: 150 });
});

test('hostile Unicode: compare rows round-trip, split no pair and rebuild both sides', () => {
  fc.assert(fc.property(text, text, text, (shared, x, y) => {
    const [a, b] = [`${x}\n${shared}`, `${shared}\n${y}`];
    const r = compareArticles({ path: 'l', text: a }, { path: 'r', text: b });
    for (const row of r.rows) {
      for (const [side, t] of [[row.left, a], [row.right, b]] as const) {
        if (!side) continue;
        assert.equal(t.slice(side.start, side.end), side.text);
        assert.ok(!splitsPair(t, side.start) && !splitsPair(t, side.end));
      }
      if (row.diff) rebuilds(row.diff, row.left!.text, row.right!.text);
    }
  }), { numRuns: 40 });
});

test('any Unicode text survives the reading rule: UTF-8 without NULs and UTF-16 with a BOM decode to the same text', () => {
  const anyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 300 });
  fc.assert(fc.property(anyText, (t) => {
    const clean = t.replace(/\u0000/g, '');
    if (/\S/.test(clean)) {
      const d = decideArticle(new TextEncoder().encode(clean));
      assert.equal(d.action, 'read');
      // A leading U+FEFF is a byte-order mark once encoded, and VS Code drops it too.
      assert.equal(d.action === 'read' && d.text, clean.replace(/^\ufeff/, ''));
    }
    for (const le of [true, false]) {
      const bytes = [le ? [0xff, 0xfe] : [0xfe, 0xff]];
      for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); bytes.push(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]); }
      const d = decideArticle(Uint8Array.from(bytes.flat()));
      if (d.action === 'read') assert.equal(d.text, t);
      else assert.match(d.reason, /white space|only a byte-order mark/, `UTF-16 ${le ? 'LE' : 'BE'} refused: ${d.reason}`);
    }
  }), { numRuns: 500 });
});

test('what reaches a terminal holds no control or bidi character, and JSON still parses to the same text', () => {
  const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
  const s = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(hostile, { maxLength: 20 }).map((a) => a.join('')));
  fc.assert(fc.property(s, (x) => {
    assert.doesNotMatch(safeName(x), unsafe);
    assert.doesNotMatch(safeName(x), /\n/);
    // White space (line separators included) is left for the report, which folds it to spaces.
    assert.doesNotMatch(safeText(x).replace(/\s/g, ' '), unsafe);
    const json = safeJson({ text: x });
    assert.doesNotMatch(json.replace(/\n/g, ' '), unsafe);
    assert.equal(JSON.parse(json).text, x);
  }), { numRuns: 500 });
});
