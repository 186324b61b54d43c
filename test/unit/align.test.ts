import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignArticles, compareArticles, findPhrase, ReuseIndex, wordDiff } from '../../src/core/index';

const base = 'The council said on Thursday that the regional security organisation had decided to send a limited peacekeeping contingent to the republic for a short period to stabilise the situation.';
const fillers = ['Markets opened lower while traders weighed fresh figures on inflation.', 'Rain is expected across the north with snow on higher ground tonight.',
  'The football club confirmed the signing of a young striker from abroad.'];
const filler = (n: number) => fillers[n];

test('a passage with one word swapped is found in both articles', () => {
  const a = { path: 'a.txt', text: `${filler(0)}\n\n${base}` };
  const b = { path: 'b.txt', text: `${base.replace('decided', 'agreed')}\n\n${filler(1)}` };
  const r = alignArticles([a, b]);
  assert.equal(r.clusters.length, 1);
  const [c] = r.clusters;
  assert.equal(c.kind, 'passage');
  assert.equal(c.members.length, 2);
  assert.equal(r.documents[0].path, 'a.txt');
  assert.ok(c.members[0].text.includes('decided to send'));
  assert.ok(c.members[1].text.includes('agreed to send'));
  assert.ok(c.members[1].score > 0.8 && c.members[1].score < 1);
});

test('typography noise does not hide reuse', () => {
  const a = { path: 'a.txt', text: `“We are ready to help,” the minister said, adding that the Collective Security Treaty forces would leave Kazakhstan soon.` };
  const b = { path: 'b.txt', text: `"We are ready to help," the minister said, adding that the Collective Security Treaty forces would leave Kazakhs-tan soon.\nKazakhstan` };
  const r = alignArticles([a, b]);
  assert.equal(r.clusters.length, 1);
  assert.equal(r.clusters[0].members[1].score, 1);
});

test('topical likeness is not reuse', () => {
  const a = { path: 'a.txt', text: 'Many countries have been closely monitoring the situation in the region since Monday.' };
  const b = { path: 'b.txt', text: 'Members of the bloc are closely following the situation in the region, officials said.' };
  assert.equal(alignArticles([a, b]).clusters.length, 0);
});

test('an article repeating its own footer is not reuse', () => {
  const footer = 'You are commenting using your account. Log Out / Change your settings and try again later please.';
  const a = { path: 'a.txt', text: `${base}\n\n${footer}\n\n${footer}` };
  const b = { path: 'b.txt', text: filler(2) };
  assert.equal(alignArticles([a, b]).clusters.length, 0);
});

test('a short quoted phrase links to its re-worded appearances in articles on the same story', () => {
  // The three articles report one story (they share its wire paragraph), so the phrase's
  // unquoted appearances in the others count as reuse.
  const a = { path: 'a.txt', text: `${base}\n\nThe president called them “terrorist gangs” that were “trained abroad.”` };
  const b = { path: 'b.txt', text: `${base}\n\nOfficials spoke of an invasion by gangs trained from abroad last week.` };
  const c = { path: 'c.txt', text: `${base}\n\nHe said the rioters had received extensive training abroad.` };
  const r = alignArticles([c, b, a]);
  const cluster = r.clusters.find((x) => x.members.some((m) => m.text === 'trained abroad'));
  assert.ok(cluster, 'cluster for "trained abroad"');
  assert.equal(cluster.kind, 'quote');
  assert.deepEqual(cluster.members.map((m) => m.text), ['trained abroad', 'trained from abroad', 'training abroad']);
});

test('first appearance follows front-matter dates before paths', () => {
  const text = (d: string) => `---\ndate: ${d}\n---\n${base}`;
  const r = alignArticles([{ path: 'a.txt', text: text('2022-01-08') }, { path: 'b.txt', text: text('2022-01-06') }]);
  assert.equal(r.documents[0].path, 'b.txt');
  assert.equal(r.documents[0].date, '2022-01-06');
  assert.equal(r.clusters[0].members[r.clusters[0].origin].doc, r.documents[0].id);
});

test('natural path order: 2 before 10', () => {
  const r = alignArticles([{ path: 'art10.txt', text: base }, { path: 'art2.txt', text: base }]);
  assert.deepEqual(r.documents.map((d) => d.path), ['art2.txt', 'art10.txt']);
});

test('compare marks omitted, added, moved and changed sentences', () => {
  const s = ['Alpha troops arrived at the airport on Monday morning.', 'Bravo officials denied any role in the unrest yesterday.',
    'Charlie residents queued for bread and fuel in the city.', 'Delta the curfew will be lifted at the end of the week.',
    'Foxtrot schools will reopen after the holiday break next month.'];
  const left = { path: 'l.txt', text: s.join(' ') };
  const right = { path: 'r.txt', text: [s[0].replace('Monday', 'Tuesday'), s[2], 'Echo an entirely new sentence about weather appears here.', s[3], s[1]].join(' ') };
  const rows = compareArticles(left, right).rows;
  assert.deepEqual(rows.map((r) => r.kind), ['changed', 'moved', 'same', 'added', 'same', 'omitted']);
  assert.deepEqual(rows[0].diff!.filter((p) => p.op !== 'equal').map((p) => `${p.op}:${p.text}`), ['delete:Monday', 'insert:Tuesday']);
  assert.equal(rows[5].left!.text, s[4]);
  assert.equal(rows[3].right!.text.startsWith('Echo'), true);
});

test('word diff is bounded and marks a truncated result', () => {
  const words = (seed: number) => Array.from({ length: 3000 }, (_, i) => `w${(i * seed) % 997}`).join(' ');
  const d = wordDiff(words(7), words(13), { maxEditLength: 50 });
  assert.equal(d.truncated, true);
  assert.deepEqual(d.parts.map((p) => p.op), ['delete', 'insert']);
});

test('reuse index answers by offset, innermost first', () => {
  const r = alignArticles([
    { path: 'a.txt', text: `${base} He called them “trained abroad” yesterday.` },
    { path: 'b.txt', text: `${base}` },
    { path: 'c.txt', text: `${filler(2)} ${base}\n\nGangs trained abroad were blamed.` },
  ]);
  const index = new ReuseIndex(r);
  const at = index.appearancesAt('a.txt', 10);
  assert.equal(at.length, 1);
  assert.equal(at[0].originDocument.path, 'a.txt');
  assert.equal(index.appearancesAt('a.txt', base.length + 200).length, 0);
  assert.ok(index.appearancesIn('c.txt').some((x) => x.member.text === 'trained abroad'));
});

test('findPhrase finds looser versions of a selection', () => {
  const hits = findPhrase([{ path: 'x.txt', text: 'They were trained from abroad.' }, { path: 'y.txt', text: 'Nothing here.' }], 'trained abroad');
  assert.equal(hits.length, 1);
  assert.equal(hits[0].path, 'x.txt');
  assert.equal(hits[0].span.text, 'trained from abroad');
});

test('firstAppearance "path" ignores front-matter dates', () => {
  const text = (d: string) => `---\ndate: ${d}\n---\n${base}`;
  const inputs = [{ path: 'a.txt', text: text('2022-01-08') }, { path: 'b.txt', text: text('2022-01-06') }];
  assert.equal(alignArticles(inputs).documents[0].path, 'b.txt');
  const byPath = alignArticles(inputs, { firstAppearance: 'path' });
  assert.equal(byPath.documents[0].path, 'a.txt');
  assert.equal(byPath.clusters[0].members[byPath.clusters[0].origin].doc, byPath.documents[0].id);
});

test('compare pairs sentences that carry a reused passage even when the rest was rewritten', () => {
  const passage = 'at the Institute of Russian, Eastern European and Central Asian Studies at the Chinese Academy of Social Sciences';
  const left = { path: 'l.txt', text: `The decision to deploy forces was legitimate under the treaty, Yang Jin, a research fellow ${passage}, told the newspaper on Friday.` };
  const right = { path: 'r.txt', text: `Despite criticism of the deployment, research fellow Yang Jin ${passage} said the following.` };
  const rows = compareArticles(left, right).rows;
  assert.equal(rows.length, 1);
  assert.equal(rows[0].kind, 'changed');
  assert.ok(rows[0].score < 0.8, `row score is the sentences' similarity, got ${rows[0].score}`);
});
