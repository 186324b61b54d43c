import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignArticles } from '../../src/core/index';
import { Lexicon } from '../../src/core/normalize/lexicon';
import { readArticles } from '../../src/core/input/article';
import { quotations } from '../../src/core/segment/quotes';
import { findPhraseHits, phraseLinks, phrasesOf, TokenSpan } from '../../src/core/match/quotePhrases';
import { insideQuotes } from '../../src/core/cluster/buildClusters';
import { ownReporting } from '../support/madeUpText';

// Every article is made-up reporting (nothing shared by chance) with one sentence of interest.
const article = (n: number, sentence: string) => ({ path: `a${String(n).padStart(2, '0')}.txt`, text: `${ownReporting(n, 1)}\n\n${sentence}\n\n${ownReporting(50 + n, 1)}\n` });
const QUOTED = 'The minister said the rioters were “trained abroad” and armed.';

/**
 * The phrase search alone (no chance model): the appearances of the first article's quoted
 * phrases across the articles, as texts by article path, and the links phraseLinks makes of them.
 */
function phraseSearch(sentences: readonly string[]) {
  const lexicon = new Lexicon();
  const articles = readArticles(sentences.map((s, n) => article(n, s)), lexicon);
  const phrases = phrasesOf(articles[0], 0, quotations(articles[0].text), lexicon.isStop);
  const hits = findPhraseHits(articles, phrases, lexicon.isStop);
  const text = (h: TokenSpan) => { const t = articles[h.doc].tokens; return articles[h.doc].text.slice(t.starts[h.start], t.ends[h.end - 1]); };
  const quoted = (h: TokenSpan) => { const t = articles[h.doc].tokens; return insideQuotes(t.starts[h.start], t.ends[h.end - 1], quotations(articles[h.doc].text)); };
  const links = phraseLinks(phrases, hits, 50, quoted);
  return { hits: hits.flat().map(text), linked: links.map((l) => articles[l.b.doc].info.path) };
}

test('a quoted phrase is found with a word slipped in, but slipped-in words never cross a sentence end, nor the phrase a line break', () => {
  const { hits } = phraseSearch([
    QUOTED,
    'Officials said the gangs were trained mostly abroad, in camps.',
    'Nobody knew where they had trained. Then abroad, the news spread fast.',
    'The recruits were trained\n\nabroad and at home.',
  ]);
  assert.deepEqual(hits, ['trained mostly abroad']);
});

test('a phrase printed unquoted in more than ten other articles links only its quoted appearances', () => {
  const common = Array.from({ length: 11 }, (_, i) => `Officials said the gangs were trained abroad, in camps number ${i}.`);
  const { linked } = phraseSearch([QUOTED, ...common, 'Another outlet repeated that they were “trained abroad” without naming a source.']);
  assert.deepEqual(linked, ['a12.txt']);
});

test('up to ten unquoted appearances are all linked to the quote', () => {
  const some = Array.from({ length: 10 }, (_, i) => `Officials said the gangs were trained abroad, in camps number ${i}.`);
  assert.equal(phraseSearch([QUOTED, ...some]).linked.length, 10);
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
