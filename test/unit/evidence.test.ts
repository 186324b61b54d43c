import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignArticles, type AlignResult } from '../../src/core/index';
import { explainEvidence } from '../../src/core/evidence/memberEvidence';
import { ownReporting } from '../support/madeUpText';

// The chance model's rules, one case each. Articles are made-up reporting (nothing shared by
// chance) around the sentences of interest, among forty more made-up articles, so the folder
// is big enough for its counts to say which words are rare.
const others = Array.from({ length: 40 }, (_, i) => ({ path: `z${String(i).padStart(2, '0')}.txt`, text: `${ownReporting(400 + i, 2)}\n` }));
const STORY = 'The regional security bloc agreed on Thursday to send a limited peacekeeping contingent to the republic for a short period, officials in the capital said after a night of unrest.';
/** An article of made-up reporting with `sentence` in the middle and, with `story`, the shared story at the end. */
const article = (name: string, sentence: string, story = false) => ({
  path: `${name}.txt`,
  text: `${ownReporting(name.charCodeAt(0) * 7 + name.length, 1)}\n\n${sentence}\n\n${ownReporting(name.charCodeAt(0) * 11 + 3, 1)}\n${story ? `\n${STORY}\n` : ''}`,
});
const align = (...inputs: Array<{ path: string; text: string }>) => alignArticles([...inputs, ...others]);

/** The texts of the members of every cluster holding `needle`, by article path. */
function membersWith(r: AlignResult, needle: string): string[][] {
  const path = new Map(r.documents.map((d) => [d.id, d.path]));
  return r.clusters.filter((c) => c.members.some((m) => m.text.includes(needle))).map((c) => c.members.map((m) => `${path.get(m.doc)}: ${m.text}`));
}

test('two common words in quotes never link two unrelated articles', () => {
  const r = align(article('a', 'She said the shelter was a “safe place” for everyone.'), article('b', 'Volunteers called the old library a “safe place” to study.'));
  assert.deepEqual(membersWith(r, 'safe place'), []);
});

test('a short quote of distinctive words links unrelated articles', () => {
  const r = align(article('a', 'The minister said the rioters were “drilled by Vostrikov” before the march.'), article('b', 'Witnesses claimed the men had been “drilled by Vostrikov” in the hills.'));
  assert.deepEqual(membersWith(r, 'Vostrikov'), [['a.txt: drilled by Vostrikov', 'b.txt: drilled by Vostrikov']]);
});

test('the same common quote links two articles that another link shows to be related', () => {
  const r = align(article('a', 'She said the shelter was a “safe place” for everyone.', true), article('b', 'Volunteers called the old library a “safe place” to study.', true));
  assert.deepEqual(membersWith(r, 'safe place'), [['a.txt: safe place', 'b.txt: safe place']]);
});

test('gap words and a name matched only by case count against a match, even between related articles', () => {
  const r = align(
    article('a', 'Her book on the “New Thought” movement sold well.', true),
    article('b', 'It was a new idea: a New Zealand thought experiment.', true),
  );
  assert.deepEqual(membersWith(r, 'Thought'), []);
});

test('a repeat inside one article is not reuse: no cluster, and marked where the quote also travelled', () => {
  const alone = align(article('a', 'He said “drilled by Vostrikov” twice: “drilled by Vostrikov”.'));
  assert.deepEqual(membersWith(alone, 'Vostrikov'), []);
  const r = align(article('a', 'He said “drilled by Vostrikov” twice: “drilled by Vostrikov”.'), article('b', 'Others repeated that they were “drilled by Vostrikov”.'));
  const [cluster] = r.clusters.filter((c) => c.members.some((m) => m.text.includes('Vostrikov')));
  assert.deepEqual(cluster.members.map((m) => m.repeat === true), [false, true, false]);
});

test('every member after the first explains its link', () => {
  const r = align(article('a', 'The minister said the rioters were “drilled by Vostrikov” before the march.'), article('b', 'Witnesses claimed the men had been “drilled by Vostrikov” in the hills.'));
  const [cluster] = r.clusters.filter((c) => c.members.some((m) => m.text.includes('Vostrikov')));
  const e = cluster.members[1].evidence!;
  assert.equal(e.match, 'verbatim');
  assert.deepEqual(e.words, ['Vostrikov', 'drilled']);
  assert.ok(e.chance < 1e-4, String(e.chance));
  assert.equal(explainEvidence(e).split(';')[0], 'same words, 2 distinctive words');
  assert.equal(cluster.firstBy, 'path');
});

test('the first appearance says when a date decided it', () => {
  const dated = (name: string, date: string) => ({ ...article(name, 'Witnesses said they were “drilled by Vostrikov” at dawn.'), text: `---\ndate: ${date}\n---\n${article(name, 'Witnesses said they were “drilled by Vostrikov” at dawn.').text}` });
  const r = align(dated('b', '2022-01-05'), dated('a', '2022-01-07'));
  const [cluster] = r.clusters.filter((c) => c.members.some((m) => m.text.includes('Vostrikov')));
  assert.equal(cluster.firstBy, 'date');
  assert.equal(r.documents.find((d) => d.id === cluster.members[cluster.origin].doc)!.path, 'b.txt');
});

// Articles for the properties: two on one story (a shared reworded passage and a short quote),
// and unrelated made-up ones.
const related = [
  article('p', 'Officials described the group as “trained in Zarqavan camps” and armed.', true),
  article('q', 'A spokesman said the men were “trained in Zarqavan camps” last year.', true),
];
const linksBetween = (r: AlignResult, a: string, b: string) => {
  const id = (p: string) => r.documents.find((d) => d.path === p)!.id;
  return r.clusters.filter((c) => c.members.some((m) => m.doc === id(a)) && c.members.some((m) => m.doc === id(b))).map((c) => c.members.filter((m) => m.doc === id(a) || m.doc === id(b)).map((m) => m.text).join(' | ')).sort();
};

test('the result, chance figures included, does not depend on the order of the input', () => {
  const inputs = [...related, ...others.slice(0, 12)];
  const expected = JSON.stringify(alignArticles(inputs));
  fc.assert(fc.property(fc.shuffledSubarray(inputs, { minLength: inputs.length, maxLength: inputs.length }), (shuffled) => {
    assert.equal(JSON.stringify(alignArticles(shuffled)), expected);
  }), { numRuns: 12 });
});

test('adding unrelated articles to a folder never removes a link between two related ones', () => {
  const before = linksBetween(alignArticles(related), 'p.txt', 'q.txt');
  assert.equal(before.length, 2, 'the passage and the quote');
  fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 1000 }), (count, seed) => {
    const added = Array.from({ length: count }, (_, i) => ({ path: `u${i}.txt`, text: `${ownReporting(seed * 61 + i, 2)}\n` }));
    assert.deepEqual(linksBetween(alignArticles([...related, ...added]), 'p.txt', 'q.txt'), before);
  }), { numRuns: 10 });
});
