// The comparison view's core parts in plain Node: minor changes in word diffs (case,
// typography, punctuation), omitted and added runs joined without showing a sentence twice,
// and the collation of several versions a column each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { alignArticles, compareArticles, wordDiff, type CompareRow, type DiffPart } from '../../src/core/index';
import { joinRuns } from '../../src/core/compare/joinRuns';
import { collate } from '../../src/core/compare/collate';
import { normalizeText } from '../../src/core/normalize/normalizeText';
import { pairView } from '../../src/extension/webview/pairView';

const dir = join(process.cwd(), 'examples/kazakhstan-2022');
const example = (prefix: string) => {
  const f = readdirSync(dir).find((n) => n.startsWith(`${prefix}_`))!;
  return { path: f, text: readFileSync(join(dir, f), 'utf8') };
};

const word = fc.constantFrom('the', 'council', 'said', 'troops', 'Kazakhstan', '“quoted”', '"straight"', 'Zürich', 'cafe\u0301',
  '😀', 'שלום', 'post-Soviet', 'Washing-ton', 'peace', 'order', 'restored', '—', 'on', 'Friday', 'it’s', "it's");
const sep = fc.constantFrom(' ', ' ', ' ', '\n', '\r\n', '. ', ', ', '; ');
const text = fc.array(fc.tuple(word, sep), { minLength: 3, maxLength: 80 }).map((ps) => ps.map(([w, s]) => w + s).join(''));

const leftOf = (parts: readonly DiffPart[]) => parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('');
const rightOf = (parts: readonly DiffPart[]) => parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('');
const wordChanges = (parts: readonly DiffPart[]) => parts.filter((p) => p.op !== 'equal' && !p.minor).map((p) => `${p.op}:${p.text}`);
const fold = (s: string) => normalizeText(s).text.replace(/\s+/g, ' ').trim();

// ---- defect 4: case and typography are minor changes, never word changes ----

test('the appeal (002/003): a change of case is marked minor; the reworded words stay word changes', () => {
  const row = compareArticles(example('002'), example('003')).rows.find((r) => r.kind === 'changed' && r.left!.text.includes('have appealed'))!;
  const diff = row.diff!;
  assert.ok(!wordChanges(diff).some((c) => /collective/i.test(c)), wordChanges(diff).join(' | '));
  const caseParts = diff.filter((p) => p.minor === 'case').map((p) => `${p.op}:${p.text}`);
  assert.deepEqual(caseParts, ['delete:collective security treaty', 'insert:Collective Security Treaty']);
  assert.ok(wordChanges(diff).includes('delete:have appealed') && wordChanges(diff).includes('insert:turned'));
  assert.equal(leftOf(diff), row.left!.text);
  assert.equal(rightOf(diff), row.right!.text);
});

test('a quote seen again with other case and quote marks (“constitutional order” / Constitutional order) has no word change', () => {
  const d = wordDiff('“constitutional order”', 'Constitutional order');
  assert.deepEqual(wordChanges(d.parts), []);
  assert.deepEqual(d.parts.map((p) => p.minor ?? p.op), ['punctuation', 'case', 'case', 'equal', 'punctuation']);
});

test('curly and straight quotes, dashes and line breaks are typography; a dropped comma is punctuation', () => {
  const d = wordDiff('Kazakhstan’s “order” — restored,\nsaid', 'Kazakhstan\'s "order" - restored said');
  assert.deepEqual(wordChanges(d.parts), []);
  const marks = new Set(d.parts.filter((p) => p.op !== 'equal').map((p) => p.minor));
  assert.deepEqual([...marks].sort(), ['punctuation', 'typography']);
  assert.equal(d.parts.find((p) => p.minor === 'punctuation')!.text.trim(), ',');
});

test('minor parts rebuild both sides, and a text against itself with case and quotes changed has only minor changes', () => {
  const recase = (t: string) => t.replace(/\p{L}+/gu, (w, at: number) => (at % 3 === 0 ? w.toUpperCase() : w)).replace(/“|”/g, '"');
  fc.assert(fc.property(text, text, (a, b) => {
    for (const [x, y] of [[a, b], [a, recase(a)]]) {
      const d = wordDiff(x, y);
      assert.equal(leftOf(d.parts), x);
      assert.equal(rightOf(d.parts), y);
      for (const [k, p] of d.parts.entries()) {
        if (p.minor === 'case' && p.op === 'delete') {
          const next = d.parts[k + 1];
          assert.equal(next.op, 'insert');
          assert.equal(fold(p.text), fold(next.text));
        }
        if (p.minor === 'punctuation') assert.doesNotMatch(p.text, /[\p{L}\p{N}]/u);
      }
    }
    assert.deepEqual(wordChanges(wordDiff(a, recase(a)).parts), []);
  }), { numRuns: 150 });
});

// ---- defect 2: a sentence in at most one row ----

/** Right (or left) spans of the rows, checked not to overlap; returns them sorted. */
function assertDisjoint(rows: readonly Pick<CompareRow, 'left' | 'right'>[], side: 'left' | 'right'): void {
  const spans = rows.flatMap((r) => (r[side] ? [r[side]!] : [])).sort((x, y) => x.start - y.start);
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i].start >= spans[i - 1].end, `${side} spans overlap: “${spans[i - 1].text.slice(0, 60)}” and “${spans[i].text.slice(0, 60)}”`);
  }
}

test('000 with 004: “(B)y deploying troops” is in the moved row only, not again in an added block', () => {
  const l = example('000');
  const r = example('004');
  const view = pairView(l, r, compareArticles(l, r).rows);
  const holding = view.rows.filter((row) => row.right?.text.includes('(B)y deploying troops'));
  assert.deepEqual(holding.map((row) => row.kind), ['moved']);
  assertDisjoint(view.rows, 'right');
  assertDisjoint(view.rows, 'left');
  // The added sentences around it are still joined where they are neighbours.
  assert.ok(view.rows.some((row) => row.kind === 'added' && row.right!.text.includes('Leave a Reply') && row.right!.text.includes('bloggers like this')));
});

test('joined runs never overlap and hold every row’s sentence exactly once', () => {
  fc.assert(fc.property(text, text, (a, b) => {
    const rows = compareArticles({ path: 'l', text: a }, { path: 'r', text: b }).rows;
    const joined = joinRuns(rows, a, b);
    for (const side of ['left', 'right'] as const) {
      assertDisjoint(joined, side);
      for (const row of rows) {
        const span = row[side];
        if (!span) continue;
        const holders = joined.filter((j) => j[side] && j[side]!.start <= span.start && span.end <= j[side]!.end);
        assert.equal(holders.length, 1);
      }
    }
    for (const j of joined) {
      if (j.left) assert.equal(a.slice(j.left.start, j.left.end), j.left.text);
      if (j.right) assert.equal(b.slice(j.right.start, j.right.end), j.right.text);
    }
  }), { numRuns: 80 });
});

// ---- feature 6: several versions in columns ----

test('collation lines up the versions of the appeal, one row per variant', () => {
  const result = alignArticles(['001', '002', '003', '004'].map(example));
  const cluster = result.clusters.find((c) => c.members.some((m) => m.text.includes('have appealed to the heads')))!;
  const versions = cluster.members.map((m) => m.text);
  const { rows } = collate(versions);
  const appeal = rows.find((r) => r.readings[0].text.includes('have appealed'));
  assert.ok(appeal, JSON.stringify(rows.map((r) => r.readings.map((x) => x.text))));
  assert.equal(appeal.change, 'word');
  const turned = rows.filter((r) => r.readings.some((x) => x.text.includes('turned')));
  assert.equal(turned.length, 1, 'the reworded verb sits in one row beside the original');
  for (const [i, v] of versions.entries()) assert.equal(rows.map((r) => r.readings[i].text).join(''), v);
});

test('the readings of each version, row after row, rebuild it; rows alike in all versions are marked so', () => {
  fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (versions) => {
    const { rows } = collate(versions);
    for (const [i, v] of versions.entries()) {
      assert.equal(rows.map((r) => r.readings[i].text).join(''), v);
      let at = 0;
      for (const r of rows) {
        assert.equal(r.readings[i].start, at);
        assert.equal(v.slice(r.readings[i].start, r.readings[i].end), r.readings[i].text);
        at = r.readings[i].end;
      }
    }
    for (const r of rows) if (r.change === null) assert.ok(r.readings.every((x) => x.text === r.readings[0].text));
  }), { numRuns: 100 });
});

test('compare --json carries the minor mark on diff parts and keeps the ops exact', async () => {
  const { compareJson } = await import('../../src/cli/contract');
  const doc = compareJson(compareArticles(example('002'), example('003'))) as { rows: Array<{ left: { text: string } | null; right: { text: string } | null; diff?: DiffPart[] }> };
  const parts = doc.rows.flatMap((r) => r.diff ?? []);
  assert.ok(parts.some((p) => p.minor === 'case' && p.text === 'Collective Security Treaty'));
  for (const p of parts) assert.deepEqual(Object.keys(p).sort(), p.minor ? ['minor', 'op', 'text'] : ['op', 'text']);
  for (const r of doc.rows) if (r.diff) {
    assert.equal(leftOf(r.diff), r.left!.text);
    assert.equal(rightOf(r.diff), r.right!.text);
  }
});
