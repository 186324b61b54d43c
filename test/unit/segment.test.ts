import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphs } from '../../src/core/segment/paragraphs';
import { sentences } from '../../src/core/segment/sentences';
import { quotations } from '../../src/core/segment/quotes';
import { decodeArticle } from '../../src/core/input/decode';

const quoted = (text: string) => quotations(text).map((q) => text.slice(q.start, q.end));

test('curly and straight quotations', () => {
  assert.deepEqual(quoted('He said “go home” and "stay there".'), ['go home', 'stay there']);
});

test('apostrophes are not quotation marks', () => {
  assert.deepEqual(quoted('Kazakhstan’s army and the peacekeepers’ task; it’s “fine”.'), ['fine']);
});

test('a quotation may span sentences, and an unclosed one ends with its paragraph', () => {
  const text = '“First sentence. Second one,” he said.\n“This runs on to the end\n\nNext paragraph.';
  assert.deepEqual(quoted(text), ['First sentence. Second one,', 'This runs on to the end']);
  assert.equal(quotations(text)[1].closed, false);
});

test('a mistyped opening mark used as a closer still closes', () => {
  assert.deepEqual(quoted('“not to be robbed or raped, “- said the spokesman.'), ['not to be robbed or raped,']);
});

test('single-quoted phrases', () => {
  assert.deepEqual(quoted("They called it a ‘cold shower’ for NATO."), ['cold shower']);
});

test('paragraphs: one per line, blank-line blocks, hard-wrapped blocks joined', () => {
  const perLine = 'Title\nFirst paragraph here.\nSecond paragraph.';
  assert.equal(paragraphs(perLine).length, 3);
  const wrapped = [
    'The Collective Security Council of the organisation made the decision to',
    'send peacekeeping forces to the republic, the chairman of the council said',
    'on Thursday in a statement published by the government press service.',
    '',
    'Another paragraph.',
  ].join('\n');
  const ps = paragraphs(wrapped);
  assert.equal(ps.length, 2);
  assert.ok(wrapped.slice(ps[0].start, ps[0].end).endsWith('press service.'));
});

test('sentences respect abbreviations and stay inside paragraphs', () => {
  const text = 'Mr. Smith arrived. He left at 5 p.m. on Friday.\nNew line here';
  const s = sentences(text).map((r) => text.slice(r.start, r.end));
  assert.deepEqual(s, ['Mr. Smith arrived.', 'He left at 5 p.m. on Friday.', 'New line here']);
});

// Fixture folder: each .txt has a .json snapshot of its sentences and quotations.
// Run with UPDATE_SNAPSHOTS=1 to rewrite the snapshots after a deliberate change.
const dir = join(process.cwd(), 'test/fixtures/segment');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  test(`segmentation fixture ${file}`, () => {
    const decoded = decodeArticle(readFileSync(join(dir, file)));
    assert.ok(decoded.ok);
    const text = decoded.text;
    const actual = {
      sentences: sentences(text).map((r) => text.slice(r.start, r.end)),
      quotations: quotations(text).map((q) => ({ text: text.slice(q.start, q.end), closed: q.closed })),
    };
    for (const r of [...sentences(text), ...quotations(text)]) {
      assert.ok(r.start >= 0 && r.end <= text.length && r.start < r.end, 'offsets in bounds');
    }
    const snap = join(dir, file.replace(/\.txt$/, '.json'));
    if (process.env.UPDATE_SNAPSHOTS || !existsSync(snap)) writeFileSync(snap, JSON.stringify(actual, null, 2) + '\n');
    assert.deepEqual(actual, JSON.parse(readFileSync(snap, 'utf8')));
  });
}
