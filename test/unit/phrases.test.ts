import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignArticles } from '../../src/core/index';
import { ownReporting } from '../support/madeUpText';

// Every article is made-up reporting (nothing shared by chance) with one sentence of interest.
const article = (n: number, sentence: string) => ({ path: `a${String(n).padStart(2, '0')}.txt`, text: `${ownReporting(n, 1)}\n\n${sentence}\n\n${ownReporting(50 + n, 1)}\n` });
const QUOTED = 'The minister said the rioters were “trained abroad” and armed.';

/** Texts of the members of the cluster holding `needle`, or [] when none does. */
const membersWith = (r: ReturnType<typeof alignArticles>, needle: string) =>
  r.clusters.find((c) => c.members.some((m) => m.text.includes(needle)))?.members.map((m) => m.text) ?? [];

test('a quoted phrase is found with a word slipped in, but slipped-in words never cross a sentence end, nor the phrase a line break', () => {
  const r = alignArticles([
    article(0, QUOTED),
    article(1, 'Officials said the gangs were trained mostly abroad, in camps.'),
    article(2, 'Nobody knew where they had trained. Then abroad, the news spread fast.'),
    article(3, 'The recruits were trained\n\nabroad and at home.'),
  ]);
  assert.deepEqual(membersWith(r, 'trained abroad'), ['trained abroad', 'trained mostly abroad']);
});

test('a phrase printed unquoted in more than ten other articles links only its quoted appearances', () => {
  const common = Array.from({ length: 11 }, (_, i) => article(1 + i, `Officials said the gangs were trained abroad, in camps number ${i}.`));
  const quotedAgain = article(20, 'Another outlet repeated that they were “trained abroad” without naming a source.');
  const r = alignArticles([article(0, QUOTED), ...common, quotedAgain]);
  const found = r.clusters.find((c) => c.kind === 'quote' && c.members.some((m) => m.text === 'trained abroad'));
  assert.ok(found, 'the quote still has a cluster');
  assert.deepEqual(found.members.map((m) => r.documents.find((d) => d.id === m.doc)!.path), ['a00.txt', 'a20.txt']);
});

test('up to ten unquoted appearances are all linked to the quote', () => {
  const some = Array.from({ length: 10 }, (_, i) => article(1 + i, `Officials said the gangs were trained abroad, in camps number ${i}.`));
  const r = alignArticles([article(0, QUOTED), ...some]);
  const found = r.clusters.find((c) => c.kind === 'quote' && c.members.some((m) => m.text === 'trained abroad'));
  assert.equal(found?.members.length, 11);
});

test('a content word that stems like a function word stays a content word ("furthered" beside "further")', () => {
  const r = alignArticles([
    { path: 'a.txt', text: 'The minister said the council "furthered reforms" this year.' },
    { path: 'b.txt', text: 'Critics doubted that anyone furthered reforms at all.' },
    // "further" and "Further-more" debris elsewhere in the folder must not change what "furthered" is.
    { path: 'c.txt', text: 'Furthermore, prices rose. Further-\nmore, wages fell. Further talks follow.' },
  ]);
  assert.deepEqual(r.clusters.map((c) => [c.kind, c.members.map((m) => m.text)]), [['quote', ['furthered reforms', 'furthered reforms']]]);
});
