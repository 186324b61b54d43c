import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectReuse, panDocument } from '../../src/core/pan/index';
import { codePointOffset } from '../../src/core/util/codePoints';
import { runPan } from '../../src/cli/pan';

// Small synthetic documents: unrelated filler around one reused passage.
const passage =
  'The regional water authority confirmed on Tuesday that the northern reservoir had fallen to its lowest level in forty years. ' +
  'Engineers blamed an unusually dry winter and a sharp rise in agricultural demand across the valley. ' +
  'Farmers were told that irrigation quotas would be cut by a third until the autumn rains return. ' +
  'The authority also promised to publish weekly figures so that residents could follow the recovery.';

const fillerA = [
  'Our grandmother kept a small bakery on the corner of the market square for most of her life.',
  'Every morning she rolled out dough before sunrise and sold warm loaves to the early commuters.',
  'The shop smelled of cinnamon, burnt sugar and the strong coffee she brewed for the delivery drivers.',
  'When she retired the building was sold to a bookseller who kept the old oven as a curiosity.',
  'Children still press their noses against the window to look at the iron door of that oven.',
].join(' ');

const fillerB = [
  'The chess club meets on Thursday evenings in the back room of the public library.',
  'Beginners are paired with experienced players who explain openings with patience and humour.',
  'Last season the club organised a tournament that attracted players from three neighbouring towns.',
  'The winner, a retired pharmacist, donated his prize money to buy new boards and clocks.',
  'Membership is free, although visitors are encouraged to bring biscuits for the half-time break.',
].join(' ');

const fillerC = [
  'Migrating cranes pass over the marshes in late October, calling to each other in long ragged lines.',
  'Birdwatchers gather on the dykes with telescopes, flasks of tea and notebooks full of tallies.',
  'The reserve wardens ask visitors to keep to the paths so that the nesting grounds stay undisturbed.',
  'A new hide with wide windows opened last year and is accessible to wheelchair users.',
].join(' ');

test('a verbatim copy is found with exact offsets on both sides', () => {
  const susp = `${fillerA}\n\n${passage}\n\n${fillerC}`;
  const src = `${fillerB}\n\n${passage}`;
  const found = detectReuse({ path: 'susp.txt', text: susp }, { path: 'src.txt', text: src });
  assert.equal(found.length, 1);
  assert.equal(susp.slice(found[0].a.start, found[0].a.end), passage);
  assert.equal(src.slice(found[0].b.start, found[0].b.end), passage);
});

test('a passage the source repeats is reported once', () => {
  const susp = `${fillerA}\n\n${passage}`;
  const src = `${passage}\n\n${fillerB}\n\n${passage}`;
  const found = detectReuse({ path: 'susp.txt', text: susp }, { path: 'src.txt', text: src });
  assert.equal(found.length, 1);
  assert.equal(susp.slice(found[0].a.start, found[0].a.end), passage);
  assert.equal(src.slice(found[0].b.start, found[0].b.end), passage);
});

test('an unrelated pair gives nothing', () => {
  assert.deepEqual(detectReuse({ path: 'a.txt', text: `${fillerA}\n\n${fillerC}` }, { path: 'b.txt', text: fillerB }), []);
});

test('a reworded passage is found at sentence level', () => {
  const reworded =
    'On Tuesday the regional water authority said the northern reservoir had dropped to its lowest level for forty years. ' +
    'Its engineers pointed to an unusually dry winter and a steep increase in agricultural demand in the valley. ' +
    'Farmers heard that their irrigation quotas will be cut by one third until the autumn rains come back. ' +
    'The authority further promised weekly figures so residents can follow how the reservoir recovers.';
  const susp = `${fillerA}\n\n${reworded}\n\n${fillerC}`;
  const src = `${fillerB}\n\n${passage}`;
  const found = detectReuse({ path: 'susp.txt', text: susp }, { path: 'src.txt', text: src });
  assert.equal(found.length, 1);
  const start = susp.indexOf(reworded);
  assert.ok(found[0].a.start <= start + 5 && found[0].a.end >= start + reworded.length - 5, 'covers the reworded passage');
  assert.ok(found[0].a.start >= start - 5, 'does not reach into the filler before it');
  assert.equal(src.slice(found[0].b.start, found[0].b.end), passage);
});

test('offsets are UTF-16 and round-trip through code points', () => {
  // Astral characters (two UTF-16 units, one code point) before the passage on both sides.
  const susp = `🦀🦀 Crab notes 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.\n\n${fillerA}\n\n${passage}`;
  const src = `𝒜 heading ✨\n\n${passage}\n\n${fillerB}`;
  const [d] = detectReuse(panDocument(susp), panDocument(src));
  assert.equal(susp.slice(d.a.start, d.a.end), passage);
  assert.equal(src.slice(d.b.start, d.b.end), passage);
  const cpSusp = Array.from(susp);
  const from = codePointOffset(susp, d.a.start);
  const to = codePointOffset(susp, d.a.end);
  assert.equal(cpSusp.slice(from, to).join(''), passage);
  assert.equal(to - from, Array.from(passage).length);
  assert.ok(from < d.a.start, 'code-point offset is smaller than the UTF-16 offset here');
});

test('pan command: one XML per pair in code points, only the output folder written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reprint-lens-pan-'));
  try {
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'susp'));
    const susp = `🦀 ${fillerA}\n\n${passage}\n\n${fillerC}`;
    writeFileSync(join(dir, 'susp', 'suspicious-document00001.txt'), susp);
    // A stray NUL, as a few PAN documents have: read as text, not refused as binary.
    writeFileSync(join(dir, 'src', 'source-document00002.txt'), `${fillerB}\u0000\n\n${passage}`);
    writeFileSync(join(dir, 'src', 'source-document00003.txt'), fillerB);
    writeFileSync(join(dir, 'pairs'), 'suspicious-document00001.txt source-document00002.txt\nsuspicious-document00001.txt source-document00003.txt\n');
    const status = runPan(join(dir, 'pairs'), join(dir, 'src'), join(dir, 'susp'), join(dir, 'out'));
    assert.equal(status, 0);
    assert.deepEqual(readdirSync(join(dir, 'out')).sort(), [
      'suspicious-document00001-source-document00002.xml',
      'suspicious-document00001-source-document00003.xml',
    ]);
    const xml = readFileSync(join(dir, 'out', 'suspicious-document00001-source-document00002.xml'), 'utf8');
    const m = /this_offset="(\d+)" this_length="(\d+)" source_reference="source-document00002.txt" source_offset="(\d+)" source_length="(\d+)"/.exec(xml);
    assert.ok(m, xml);
    const cps = Array.from(susp);
    assert.equal(cps.slice(Number(m[1]), Number(m[1]) + Number(m[2])).join(''), passage);
    assert.equal(Number(m[3]), fillerB.length + 3);
    assert.equal(Number(m[4]), passage.length);
    const empty = readFileSync(join(dir, 'out', 'suspicious-document00001-source-document00003.xml'), 'utf8');
    assert.equal(empty, '<document reference="suspicious-document00001.txt">\n</document>\n');
    assert.deepEqual(readdirSync(dir).sort(), ['out', 'pairs', 'src', 'susp']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
