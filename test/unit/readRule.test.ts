import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeArticle } from '../../src/core/input/decode';
import { decideArticle, decideText } from '../../src/core/input/readRule';
import { firstInvalidUtf8 } from '../../src/core/input/utf8';
import { parseDate, readHeader } from '../../src/core/input/frontMatter';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16 = (s: string, le: boolean) => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff])); }
  return out;
};
const text = 'The council said the contingent would stay for a short period. '.repeat(20);

test('a NUL byte in the first 512 bytes makes a file binary, naming the offset (VS Code rule)', () => {
  for (const at of [0, 1, 100, 511]) {
    const bytes = utf8(text);
    bytes[at] = 0;
    const d = decideArticle(bytes);
    assert.equal(d.action, 'refuse', `NUL at ${at}`);
    assert.match((d as { reason: string }).reason, new RegExp(`^is binary, not text \\(a NUL byte at offset ${at}; VS Code`));
  }
});

test('a NUL byte after the first 512 bytes is kept as a character, with a note, offsets unchanged', () => {
  for (const at of [512, 513, 6144, text.length - 1]) {
    const bytes = utf8(text + text.repeat(8));
    bytes[at] = 0;
    const d = decideArticle(bytes);
    assert.equal(d.action, 'read', `NUL at ${at}`);
    if (d.action !== 'read') continue;
    assert.equal(d.text.length, bytes.length, 'one character per ASCII byte: offsets are the byte offsets');
    assert.equal(d.text.charCodeAt(at), 0);
    assert.equal(d.note, `holds a NUL character (at byte offset ${at}); read as text with it kept, as VS Code shows it`);
  }
  const many = utf8(text + '\0\0\0' + text);
  const d = decideArticle(many);
  assert.equal(d.action, 'read');
  assert.match((d as { note: string }).note, new RegExp(`^holds 3 NUL characters \\(the first at byte offset ${text.length}\\)`));
});

test('a UTF-8 BOM is dropped, and does not excuse a NUL in the first 512 bytes', () => {
  const d = decodeArticle(cat([0xef, 0xbb, 0xbf], utf8('Hello')));
  assert.deepEqual(d, { ok: true, text: 'Hello', encoding: 'utf-8', bom: true });
  const twice = decodeArticle(cat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('Hi')));
  assert.equal(twice.ok && twice.text, '\ufeffHi', 'only the first BOM is a BOM, as in VS Code');
  assert.equal(decodeArticle(cat([0xef, 0xbb, 0xbf], utf8('a'), [0], utf8('b'))).ok, false);
});

test('UTF-16 with a BOM is read whatever it holds, NULs included', () => {
  const le = decodeArticle(cat([0xff, 0xfe], utf16('Привет “мир” 😀', true)));
  assert.deepEqual(le, { ok: true, text: 'Привет “мир” 😀', encoding: 'utf-16le', bom: true });
  const be = decodeArticle(cat([0xfe, 0xff], utf16('Hello\u0000there', false)));
  assert.equal(be.ok && be.text, 'Hello\u0000there');
  assert.match((be as { note: string }).note, /holds a NUL character \(at character 5\)/);
});

test('UTF-16 without a BOM is read when VS Code would guess it, and binary otherwise', () => {
  const le = decodeArticle(Uint8Array.from(utf16(text, true)));
  assert.equal(le.ok && le.text, text);
  assert.match((le as { note: string }).note, /^has no byte-order mark but reads as UTF-16 LE \(a NUL byte at every odd offset/);
  const be = decodeArticle(Uint8Array.from(utf16(text, false)));
  assert.equal(be.ok && be.encoding, 'utf-16be');
  // Cyrillic in UTF-16 LE has no NUL high bytes: VS Code calls it binary, and so does this.
  const cyrillic = decodeArticle(Uint8Array.from(utf16('Привет, мир. Hello world. '.repeat(5), true)));
  assert.equal(cyrillic.ok, false);
  assert.match((cyrillic as { reason: string }).reason, /^is binary/);
});

test('broken UTF-16 is refused with the byte offset', () => {
  assert.deepEqual(decodeArticle(cat([0xff, 0xfe], utf16('abc', true), [0x41])), { ok: false, reason: 'is not valid UTF-16 LE (an odd number of bytes, 9)' });
  const lone = decodeArticle(cat([0xff, 0xfe], utf16('ab\ud83dc', true)));
  assert.deepEqual(lone, { ok: false, reason: 'is not valid UTF-16 LE (an unpaired surrogate at byte offset 6)' });
  const loneLow = decodeArticle(cat([0xfe, 0xff], utf16('a\ude00', false)));
  assert.deepEqual(loneLow, { ok: false, reason: 'is not valid UTF-16 BE (an unpaired surrogate at byte offset 4)' });
});

test('each kind of invalid UTF-8 is named with the offset of its first byte', () => {
  const cases: [number[], number, RegExp][] = [
    [[0xc0, 0x80], 2, /overlong/],
    [[0xc1, 0xbf], 2, /overlong/],
    [[0xe0, 0x80, 0x80], 2, /overlong/],
    [[0xf0, 0x80, 0x80, 0x80], 2, /overlong/],
    [[0x80], 2, /continuation byte with no lead/],
    [[0xbf, 0x41], 2, /continuation byte with no lead/],
    [[0xed, 0xa0, 0x80], 2, /encoded surrogate/],
    [[0xed, 0xbf, 0xbf], 2, /encoded surrogate/],
    [[0xf4, 0x90, 0x80, 0x80], 2, /past U\+10FFFF/],
    [[0xf5, 0x80, 0x80, 0x80], 2, /never appears/],
    [[0xff], 2, /never appears/],
    [[0xe2, 0x82, 0x41], 2, /cut short$/],
  ];
  for (const [bad, at, why] of cases) {
    const r = firstInvalidUtf8(cat(utf8('ab'), bad, utf8('cd')));
    assert.equal(r?.offset, at, bad.map((b) => b.toString(16)).join(' '));
    assert.match(r!.why, why);
  }
  for (const cut of [[0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98]]) {
    const r = firstInvalidUtf8(cat(utf8('abc'), cut));
    assert.deepEqual(r, { offset: 3, why: 'a sequence cut short by the end of the file' });
  }
  const d = decideArticle(cat(utf8('Caf'), [0xe9], utf8(' au lait')));
  assert.deepEqual(d, { action: 'refuse', reason: 'is not valid UTF-8 (first bad byte at offset 3, 0xE9: a sequence cut short; not guessed at)' });
});

test('firstInvalidUtf8 agrees with a fatal TextDecoder on random bytes', () => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const bytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0x41)), { maxLength: 40 });
  fc.assert(fc.property(bytes, (bs) => {
    const b = Uint8Array.from(bs);
    let valid = true;
    try { decoder.decode(b); } catch { valid = false; }
    const bad = firstInvalidUtf8(b);
    assert.equal(bad === null, valid);
    if (bad) {
      // Everything before the reported byte is valid on its own.
      assert.doesNotThrow(() => decoder.decode(b.subarray(0, bad.offset)));
    }
  }), { numRuns: 3000 });
});

test('empty, BOM-only and blank files are skipped with a note; text is read', () => {
  assert.deepEqual(decideArticle(new Uint8Array()), { action: 'skip', reason: 'is empty; nothing to align' });
  assert.deepEqual(decideArticle(Uint8Array.from([0xef, 0xbb, 0xbf])), { action: 'skip', reason: 'holds no text (only a byte-order mark); nothing to align' });
  for (const blank of [' ', '\n\n', '\r\n\t ', '\u00a0\u3000', '\u2028\u2029']) {
    assert.equal(decideArticle(utf8(blank)).action, 'skip', JSON.stringify(blank));
  }
  assert.deepEqual(decideArticle(utf8('Words.')), { action: 'read', text: 'Words.', encoding: 'utf-8' });
  assert.equal(decideText(' \n').action, 'skip');
  assert.equal(decideText('x'.repeat(8_000_001)).action, 'refuse');
});

test('front-matter dates must exist on the calendar', () => {
  assert.equal(parseDate('2022-01-07'), '2022-01-07');
  assert.equal(parseDate('2022-01-07T10:30'), '2022-01-07T10:30');
  assert.equal(parseDate('2022-01-07 10:30:59Z'), '2022-01-07T10:30:59');
  assert.equal(parseDate('2024-02-29'), '2024-02-29');
  for (const bad of ['2022-13-45', '2023-02-29', '2022-00-10', '2022-04-31', '2022-01-07T24:00', '2022-01-07T10:60', '<script>alert(1)</script>',
    '99999-01-01', '1e308', '2022-01-0799', '-2022-01-01', '', '2022-1-7']) {
    assert.equal(parseDate(bad), null, bad);
  }
  const h = readHeader('---\r\ntitle: <script>alert(1)</script>\r\ndate: 2022-13-45\r\n__proto__: x\r\nconstructor: y\r\n---\r\nBody');
  assert.deepEqual(h, { title: '<script>alert(1)</script>', date: null });
  assert.deepEqual(readHeader('---\rdate: 2022-01-05\r---\rBody'), { title: 'Body', date: '2022-01-05' }, 'lone CR line breaks');
});
