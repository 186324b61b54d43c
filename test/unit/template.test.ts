import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignArticles, isReuse, ReuseIndex } from '../../src/core/index';
import { formatAlign, styleFor } from '../../src/cli/format';
import { ownReporting } from '../support/madeUpText';

const FOOTER = 'Leave a Reply. Your email address will not be published. Required fields are marked. Save my name, email, and website in this browser for the next time I comment.';
/**
 * A long footer of rare words (made-up names): even in a fifth of the folder its thirty words in
 * a row are unlikely by chance, so only the template rule sets it apart.
 */
const RARE_FOOTER = 'Subscribe to the Quorvel Tribune digest from Zantari Dobsen and Vrelkovo Mirtash for the Quorvel valley news each Ostrander morning. '
  + 'Letters to the editor go to Brannock Heights Press, Lindqvist Street, Quorvel, and are published every Tarrow weekday with the crossword and weather almanac.';
const STORY = 'The regional security bloc agreed on Thursday to send a limited peacekeeping contingent to the republic for a short period, officials in the capital said after a night of unrest. '
  + 'The president thanked the member states and said the contingent would guard strategic facilities while the police restored order in the largest city.';

const kinds = (r: ReturnType<typeof alignArticles>, needle: string) =>
  r.clusters.filter((c) => c.members.some((m) => m.text.includes(needle))).map((c) => `${c.kind}:${c.members.length}`);

test('a common footer at the foot of many unrelated articles is never reuse: its words are common in the folder', () => {
  const inputs = Array.from({ length: 10 }, (_, i) => ({ path: `a${i}.txt`, text: `${ownReporting(i)}\n\n${FOOTER}\n` }));
  const r = alignArticles(inputs);
  assert.equal(r.clusters.filter(isReuse).length, 0);
});

/** Forty articles without the footer, so the folder shows its words to be rare. */
const others = Array.from({ length: 40 }, (_, i) => ({ path: `z${i}.txt`, text: `${ownReporting(300 + i)}\n` }));

test('a distinctive footer at the foot of many unrelated articles is reported as boilerplate, not reuse', () => {
  const inputs = Array.from({ length: 10 }, (_, i) => ({ path: `a${i}.txt`, text: `${ownReporting(i)}\n\n${RARE_FOOTER}\n` }));
  const r = alignArticles([...inputs, ...others]);
  assert.deepEqual(kinds(r, 'Quorvel'), ['boilerplate:10']);
  assert.equal(r.clusters.filter(isReuse).length, 0);
});

test('the same footer in fewer articles than the template threshold stays a passage', () => {
  const inputs = Array.from({ length: 4 }, (_, i) => ({ path: `a${i}.txt`, text: `${ownReporting(i)}\n\n${FOOTER}\n` }));
  assert.deepEqual(kinds(alignArticles(inputs), 'email address'), ['passage:4']);
});

test('a story reprinted whole in many articles is reuse, not boilerplate', () => {
  const inputs = Array.from({ length: 12 }, (_, i) => ({ path: `a${i}.txt`, text: `Headline number ${i}\n\n${STORY}\n` }));
  assert.deepEqual(kinds(alignArticles(inputs), 'peacekeeping'), ['passage:12']);
});

test('a paragraph reused in the middle of many articles is reuse, not boilerplate', () => {
  const inputs = Array.from({ length: 10 }, (_, i) => ({ path: `a${i}.txt`, text: `${ownReporting(i, 2)}\n\n${STORY}\n\n${ownReporting(100 + i, 2)}\n` }));
  assert.deepEqual(kinds(alignArticles(inputs), 'peacekeeping'), ['passage:10']);
});

test('shared text that makes up most of each article is a reprint, even at its foot', () => {
  const inputs = Array.from({ length: 10 }, (_, i) => ({ path: `a${i}.txt`, text: `Note ${i}.\n\n${FOOTER}\n` }));
  assert.deepEqual(kinds(alignArticles(inputs), 'email address'), ['passage:10']);
});

test('boilerplate is listed apart in the text report and gets no hovers', () => {
  const inputs = Array.from({ length: 9 }, (_, i) => ({ path: `a${i}.txt`, text: `${ownReporting(i)}\n\n${RARE_FOOTER}\n` }));
  const r = alignArticles([...inputs, ...others]);
  const report = formatAlign(r, styleFor(false));
  assert.match(report, /49 articles, 0 reused passages and quotes/);
  assert.match(report, /Page furniture at the head or foot of many articles \(1, not counted as reuse\):\n {2}c0 {2}9 appearances, first in a0\.txt:7 {2}“Subscribe to the Quorvel/);
  const index = new ReuseIndex(r);
  const at = inputs[3].text.indexOf('Quorvel');
  assert.equal(index.appearancesAt('a3.txt', at).length, 0);
});
