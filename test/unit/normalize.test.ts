import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, toOriginalRange } from '../../src/core/normalize/normalizeText';
import { tokenize } from '../../src/core/normalize/tokenize';
import { Lexicon } from '../../src/core/normalize/lexicon';

const words = (text: string, vocabulary?: (w: string) => boolean) => {
  const lex = new Lexicon();
  const t = tokenize(text, lex, vocabulary);
  return Array.from(t.norms, (n) => lex.norms[n]);
};

test('folds case, curly quotes, dashes, NBSP and soft hyphens', () => {
  assert.equal(normalizeText('“It’s  OK” — she\u00a0said').text, `"it's ok" - she said`);
  assert.equal(normalizeText('co\u00adoperation').text, 'cooperation');
  assert.equal(normalizeText('ﬁne Ｋａｚａｋｈ').text, 'fine kazakh');
});

test('CRLF, lone CR and LF all become one line break', () => {
  assert.equal(normalizeText('a\r\nb\rc\nd').text, 'a\nb\nc\nd');
});

test('NFC and NFD spellings normalise identically', () => {
  const nfc = 'Zürich café naïve'.normalize('NFC');
  const nfd = nfc.normalize('NFD');
  assert.notEqual(nfc, nfd);
  assert.equal(normalizeText(nfc).text, normalizeText(nfd).text);
  assert.deepEqual(words(nfc), ['zurich', 'cafe', 'naive']);
});

test('every normalised range maps back to whole original characters', () => {
  const text = 'A\u0301 😀 “Ш” e\u0301\r\nend';
  const nt = normalizeText(text);
  for (let i = 0; i < nt.text.length; i++) {
    const [s, e] = toOriginalRange(nt, i, i + 1);
    assert.ok(s >= 0 && e <= text.length && s < e);
    const first = text.charCodeAt(s);
    assert.ok(!(first >= 0xdc00 && first <= 0xdfff), 'starts inside a surrogate pair');
  }
});

test('token offsets round-trip to the original spelling', () => {
  const text = 'Kaz-akhstan’s “appeal” to the CS-TO, in Kazakhstan and CSTO.';
  const lex = new Lexicon();
  const t = tokenize(text, lex);
  for (let k = 0; k < t.count; k++) {
    const original = text.slice(t.starts[k], t.ends[k]);
    assert.equal(normalizeText(original).text.replace(/-/g, ''), lex.norms[t.norms[k]]);
  }
});

test('hyphenation debris is mended when the joined word is used elsewhere', () => {
  const text = 'Washing-ton said the req-uest of autho-rities went to Washington with a request from authorities.';
  assert.deepEqual(words(text).slice(0, 7), ['washington', 'said', 'the', 'request', 'of', 'authorities', 'went']);
});

test('debris across a line break is mended too', () => {
  assert.deepEqual(words('the Washing-\nton office; Washington')[1], 'washington');
});

test('real compounds stay two words', () => {
  const text = 'post-Soviet states, counter-terror units and Kassym-Jomart Tokayev; Soviet terror.';
  assert.deepEqual(words(text).slice(0, 6), ['post', 'soviet', 'states', 'counter', 'terror', 'units']);
  assert.ok(words(text).includes('kassym') && words(text).includes('jomart'));
});
