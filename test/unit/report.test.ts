import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignArticles, type AlignResult } from '../../src/core/index';
import { REPORT_CSS, REPORT_CSS_SHA256 } from '../../src/core/report/reportStyle';
import {
  articleReuse, buildCsvReport, buildHtmlReport, coveredLength, csvCell, CSV_COLUMNS, describeArticleReuse, REPORT_CSP, reuseEdges,
} from '../../src/core/report';

// The report builder is pure: these run it on the real engine's output for a folder whose
// articles carry markup, script and formula text, and on hand-made results for the counts.
const hostileDir = join(process.cwd(), 'test/fixtures/hostile-corpus');
const hostile = readdirSync(hostileDir).sort().map((f) => ({ path: `hostile/${f}`, text: readFileSync(join(hostileDir, f), 'utf8') }));
const hostileResult = alignArticles(hostile);

/** Tags the report itself writes; anything else in the page came from somewhere it should not have. */
const OWN_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'nav', 'ul', 'li', 'a', 'section',
  'figure', 'figcaption', 'svg', 'line', 'path', 'circle', 'text', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'br', 'article',
  'blockquote', 'del', 'ins', 'footer', 'b']);
const OWN_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'href', 'id', 'class', 'xmlns', 'width', 'height', 'viewBox',
  'role', 'aria-labelledby', 'x1', 'y1', 'x2', 'y2', 'stroke-width', 'd', 'x', 'y', 'text-anchor', 'cx', 'cy', 'r', 'transform']);

/** Fails on any tag or attribute the report does not write itself. */
function assertOwnMarkup(html: string): void {
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    assert.ok(OWN_TAGS.has(m[1].toLowerCase()), `tag <${m[1]}> in the report`);
    const attrs = m[2].replace(/"[^"]*"/g, '""');
    for (const a of attrs.matchAll(/([^\s=]+)(?:=""|(?=\s|$))/g)) {
      if (a[1] === '/') continue;
      assert.ok(OWN_ATTRIBUTES.has(a[1]), `attribute ${a[1]} on <${m[1]}>`);
    }
  }
}

test('the style sheet hash in the CSP matches the style sheet', () => {
  const actual = createHash('sha256').update(REPORT_CSS, 'utf8').digest('base64');
  assert.equal(REPORT_CSS_SHA256, actual, `set REPORT_CSS_SHA256 in src/core/report/reportStyle.ts to '${actual}'`);
  assert.ok(REPORT_CSP.startsWith("default-src 'none'"));
  assert.doesNotMatch(REPORT_CSP, /unsafe|https?:|\*/);
});

test('hostile article text (script, img onerror, javascript: links, quotes) is escaped in the HTML report', () => {
  assert.ok(hostileResult.clusters.length >= 2, 'the hostile folder has reuse to report');
  const html = buildHtmlReport(hostileResult, { lengths: new Map(hostile.map((a) => [a.path, a.text.length])), subject: '<b>subject</b>' });
  assertOwnMarkup(html);
  assert.doesNotMatch(html, /<script|<img|<a href="javascript/i);
  for (const m of html.matchAll(/\shref="([^"]*)"/g)) assert.ok(m[1].startsWith('#'), `link to ${m[1]}`);
  assert.doesNotMatch(REPORT_CSS, /url\(|@import/i, 'the style sheet loads nothing');
  // The text is all there, as text.
  assert.ok(html.includes('&lt;script&gt;window.pwned=&#39;quote&#39;&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=&quot;window.pwned=&#39;img&#39;&quot;&gt;'));
  assert.ok(html.includes('&lt;a href=&quot;javascript:window.pwned=&#39;link&#39;&quot;&gt;'));
  assert.ok(html.includes('&lt;b&gt;subject&lt;/b&gt;'));
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(csp && csp[1] === REPORT_CSP.replace(/'/g, '&#39;'), 'the CSP meta tag comes first in the head');
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<title>'));
});

test('every file name, title and cluster id is escaped, in text, attributes and the figure', () => {
  const evil = '"><svg onload=alert(1)>.txt';
  const result: AlignResult = {
    documents: [
      { id: 'd0', path: `a/${evil}`, title: '<iframe src=x>', date: null, order: 0 },
      { id: 'd1', path: "b/it's.txt", title: 'plain', date: '2022-01-07', order: 1 },
    ],
    clusters: [{ id: 'c0"><x', kind: 'quote', origin: 0, members: [
      { doc: 'd0', start: 0, end: 5, line: 1, text: 'a & b', score: 1 },
      { doc: 'd1', start: 3, end: 8, line: 2, text: 'a &amp; b', score: 0.8, evidence: { match: 'reworded', similarity: 0.8, chance: 0.01, words: ['<u>'], changed: 1 } },
    ] }],
  };
  const html = buildHtmlReport(result);
  assertOwnMarkup(html);
  assert.match(html, /id="cluster-c0_22_3e_3cx"/);
  // (The word diff may put a tag inside the entity's letters; the letters stay escaped text.)
  assert.ok(html.replace(/<[^>]+>/g, '').includes('&amp;amp;'), 'entity text in an article stays text');
  assert.ok(html.includes('&lt;u&gt;'), 'evidence words are escaped');
  assert.ok(html.includes('same passage, 1 distinctive word; 1 word changed'));
});

test('the side-by-side rows strike what a later version dropped and mark what it added', () => {
  const html = buildHtmlReport(hostileResult);
  assert.match(html, /a <del>limited<\/del> peacekeeping/);
  assert.match(html, /a <ins>small<\/ins> peacekeeping/);
  const copy = hostileResult.clusters.find((c) => c.kind === 'passage')!.members[1];
  assert.ok(html.includes(`${Math.round(copy.score * 100)}% similar`));
});

test('the side-by-side rows never strike a change of letter case', () => {
  const base = 'The court said on Monday that the Constitutional council would review the emergency decree issued by the president before the end of the month, according to officials.';
  const result = alignArticles([
    { path: 'a.txt', text: `Title A\n\n${base}\n` },
    { path: 'b.txt', text: `Title B\n\n${base.replace('Constitutional', 'constitutional').replace('Monday', 'Tuesday')}\n` },
  ]);
  const html = buildHtmlReport(result);
  assert.match(html, /<del>Monday<\/del>/, 'a changed word is struck');
  assert.match(html, /<ins>Tuesday<\/ins>/);
  assert.doesNotMatch(html, /<(del|ins)>[Cc]onstitutional<\/(del|ins)>/, 'the case change is not');
  assert.ok(html.includes('the Constitutional council') && html.includes('the constitutional council'), 'each side keeps its spelling');
});

test('the overview figure draws one arc per pair of articles linked by reuse, with a title each', () => {
  const edges = reuseEdges(hostileResult);
  const html = buildHtmlReport(hostileResult);
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
  assert.equal((svg.match(/<path class="arc/g) ?? []).length, edges.length);
  assert.equal((svg.match(/<circle /g) ?? []).length, 3);
  assert.match(svg, /hostile\/003-weekly\.txt took 1 quote first seen in hostile\/001-wire\.txt/);
});

test('reuse per article: repeats, page furniture and the first appearance itself are not counted', () => {
  const result: AlignResult = {
    documents: [0, 1, 2].map((n) => ({ id: `d${n}`, path: `p${n}.txt`, title: '', date: null, order: n })),
    clusters: [
      { id: 'c0', kind: 'quote', origin: 0, members: [
        { doc: 'd0', start: 0, end: 10, line: 1, text: 'x', score: 1 },
        { doc: 'd1', start: 10, end: 20, line: 1, text: 'x', score: 1 },
        { doc: 'd1', start: 50, end: 60, line: 3, text: 'x', score: 1, repeat: true },
      ] },
      { id: 'c1', kind: 'passage', origin: 0, members: [
        { doc: 'd0', start: 30, end: 40, line: 2, text: 'y', score: 1 },
        { doc: 'd1', start: 15, end: 30, line: 1, text: 'y', score: 0.9 },
        { doc: 'd2', start: 0, end: 10, line: 1, text: 'y', score: 0.9 },
      ] },
      { id: 'c2', kind: 'boilerplate', origin: 0, members: [
        { doc: 'd1', start: 90, end: 100, line: 9, text: 'z', score: 1 },
        { doc: 'd2', start: 90, end: 100, line: 9, text: 'z', score: 1 },
      ] },
    ],
  };
  const lengths = new Map([['d0', 100], ['p1.txt', 100]]);
  const [a0, a1, a2] = articleReuse(result, lengths);
  assert.deepEqual([a1.quotes, a1.passages, a1.takenChars, a1.share], [1, 1, 20, 0.2], 'spans 10–20 and 15–30 cover 20 characters; the repeat at 50 is left out');
  assert.deepEqual(a1.sources, [{ doc: 'd0', quotes: 1, passages: 1 }]);
  assert.equal(a2.share, undefined, 'no length, no share');
  assert.deepEqual([a0.firstQuotes, a0.firstPassages, a0.takenChars], [1, 1, 0]);
  assert.deepEqual(a0.takenBy, [{ doc: 'd1', clusters: 2 }, { doc: 'd2', clusters: 1 }]);
  assert.equal(describeArticleReuse(a1), '20% reused · 1 quote and 1 passage from 1 source');
  assert.equal(describeArticleReuse(a0), 'origin of 1 quote and 1 passage taken up by 2 articles');
  assert.equal(describeArticleReuse({ ...a2, quotes: 0, passages: 0, sources: [] }), 'no reuse found');
  assert.deepEqual(reuseEdges(result).map((e) => `${e.from}>${e.to}:${e.quotes}q${e.passages}p`), ['d0>d1:1q1p', 'd0>d2:0q1p']);
  assert.equal(coveredLength([[5, 10], [0, 3], [8, 12], [20, 21]]), 3 + 7 + 1);
});

/** A small RFC 4180 reader, to read the CSV back as a spreadsheet would. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

test('CSV: quoted cells survive commas, quotes and line breaks; formula-like cells are defused', () => {
  const text = 'He said, "no"\r\nthen left';
  const result: AlignResult = {
    documents: [{ id: 'd0', path: 'a,b.txt', title: '=cmd|" /C calc"!A0', date: null, order: 0 }, { id: 'd1', path: '@x.txt', title: '+1', date: null, order: 1 }],
    clusters: [{ id: 'c0', kind: 'passage', origin: 0, members: [
      { doc: 'd0', start: 0, end: text.length, line: 1, text, score: 1 },
      { doc: 'd1', start: 4, end: 20, line: 2, text: '=HYPERLINK("http://x")', score: 0.5 },
      { doc: 'd1', start: 30, end: 40, line: 3, text: '-2+3', score: 0.5, repeat: true },
    ] }],
  };
  const csv = buildCsvReport(result);
  assert.ok(csv.startsWith('\ufeff'), 'a byte-order mark, so spreadsheets read UTF-8');
  const rows = readCsv(csv.slice(1));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length, 4);
  assert.ok(rows.every((r) => r.length === CSV_COLUMNS.length), 'every row has every column');
  const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
  assert.equal(rows[1][col('text')], text, 'a comma, quotes and a line break stay inside the cell');
  assert.equal(rows[1][col('article')], 'a,b.txt');
  assert.equal(rows[1][col('title')], `'=cmd|" /C calc"!A0`);
  assert.equal(rows[2][col('text')], `'=HYPERLINK("http://x")`);
  assert.equal(rows[2][col('article')], "'@x.txt");
  assert.equal(rows[2][col('title')], "'+1");
  assert.equal(rows[3][col('text')], "'-2+3");
  assert.deepEqual(rows.slice(1).map((r) => r[col('role')]), ['first', 'copy', 'repeat']);
  assert.equal(rows[2][col('similarity')], '0.5');
  assert.equal(csvCell('\tx'), `"'\tx"`);
  assert.equal(csvCell(3), '3');
  assert.equal(csvCell(undefined), '');
});

test('a result without reuse gives a report that says so', () => {
  const html = buildHtmlReport({ documents: [{ id: 'd0', path: 'a.txt', title: 'A', date: null, order: 0 }], clusters: [] });
  assert.match(html, /No reused quotes or passages were found/);
  assert.match(html, /No article took a quote or passage from another/);
  assert.equal(buildCsvReport({ documents: [], clusters: [] }), `\ufeff${CSV_COLUMNS.join(',')}\r\n`);
});
