import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isolateBidi } from '../../src/core/report/bidi';
import { buildHtmlReport } from '../../src/core/report';
import type { AlignResult } from '../../src/core/types';
import { markdownText } from '../../src/extension/util/markdownText';
import { plainText } from '../../src/extension/util/plainText';

// The helpers that keep article text, titles and file names inert where the editor shows them
// (the UI tests in test/ui/hostileText*.test.ts show them at work in VS Code itself).

const RLO = '\u202e';
const FSI = '\u2068';
const PDI = '\u2069';
/** Text mixing the characters these helpers care about with ordinary ones. */
const tricky = fc.array(fc.constantFrom('a', ' ', 'b c', '$(', ')', '](', '[', 'http://x.y', '&lt;', '<!--', '\\', '*', '`', '\n', RLO, '\u202a', '\u202c', '\u2066', '\u2067', FSI, PDI, 'שלום', '😀'), { maxLength: 30 }).map((a) => a.join(''));

/** Bidi isolate depth after the text; -1 if a PDI closes an isolate the text did not open. */
function isolateDepth(s: string): number {
  let depth = 0;
  for (const ch of s) {
    if (ch === '\u2066' || ch === '\u2067' || ch === FSI) depth++;
    else if (ch === PDI && --depth < 0) return -1;
  }
  return depth;
}

test('isolateBidi leaves text without bidi controls alone', () => {
  for (const s of ['', '04 brief.txt', 'שלום עולם', '$(flame) [x](command:y)']) assert.equal(isolateBidi(s), s);
});

test('isolateBidi keeps an override inside the name', () => {
  assert.equal(isolateBidi(`04 brief${RLO}cod.txt`), `${FSI}04 brief${RLO}cod.txt${PDI}`);
  // An isolate the name leaves open is closed; a PDI with nothing to close cannot end ours early.
  assert.equal(isolateBidi(`a\u2067b`), `${FSI}a\u2067b${PDI}${PDI}`);
  assert.equal(isolateBidi(`a${PDI}${RLO}b`), `${FSI}a${RLO}b${PDI}`);
});

test('isolateBidi always returns one balanced isolate holding all the visible text', () => {
  fc.assert(fc.property(tricky, (s) => {
    const out = isolateBidi(s);
    if (!/[\u202a-\u202e\u2066-\u2069]/.test(s)) return assert.equal(out, s);
    assert.ok(out.startsWith(FSI) && out.endsWith(PDI));
    // Balanced, and the first FSI is closed by the last PDI only.
    assert.equal(isolateDepth(out), 0);
    assert.ok(isolateDepth(out.slice(0, -1)) === 1);
    assert.equal(out.replace(/[\u2066-\u2069]/g, ''), s.replace(/[\u2066-\u2069]/g, ''));
  }));
});

test('plainText breaks theme icons and notification links, invisibly', () => {
  assert.equal(plainText('$(flame) [x](command:workbench.action.quit)'), '$\u200b(flame) [x]\u200b(command:workbench.action.quit)');
  fc.assert(fc.property(tricky, (s) => {
    const out = plainText(s);
    assert.ok(!out.includes('$(') && !out.includes(']('));
    assert.equal(out.replace(/\u200b/g, ''), isolateBidi(s));
  }));
});

/** What a CommonMark reader makes of markdownText's output, as text: escapes undone, entities read. */
function readBack(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&nbsp;/g, ' ').replace(/\n\n/g, '\n');
}

test('markdownText escapes every ASCII punctuation character, so nothing can start markup', () => {
  assert.equal(markdownText('&lt;b&gt; http://x.y/z'), '\\&lt\\;b\\&gt\\;&nbsp;http\\:\\/\\/x\\.y\\/z');
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), tricky, (a, b) => {
    const s = (a + b).replace(/\r/g, '');
    const out = markdownText(s);
    // Every punctuation character is escaped; the only unescaped ones are those of &nbsp;.
    assert.doesNotMatch(out.replace(/&nbsp;/g, '').replace(/\\[!-/:-@[-`{-~]/g, ''), /[!-/:-@[-`{-~]/);
    // Tabs become spaces, as MarkdownString.appendText makes them.
    assert.equal(readBack(out), isolateBidi(s).replace(/\t/g, ' '));
  }), { numRuns: 500 });
});

test('the HTML report keeps a bidi override inside the file name and the title', () => {
  const result: AlignResult = {
    schema: 1,
    documents: [
      { id: 'd0', path: `a${RLO}cod.txt`, title: `t${RLO}eltit`, date: null, order: 0 },
      { id: 'd1', path: 'b.txt', title: 'b', date: null, order: 1 },
    ],
    clusters: [],
  } as unknown as AlignResult;
  const html = buildHtmlReport(result);
  assert.ok(html.includes(`${FSI}a${RLO}cod.txt${PDI}`), 'path isolated');
  assert.ok(html.includes(`${FSI}t${RLO}eltit${PDI}`), 'title isolated');
  assert.ok(!html.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), '').includes(RLO), 'no override outside an isolate');
});
