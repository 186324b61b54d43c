import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readArticles } from '../../src/core/input/article';
import { Lexicon } from '../../src/core/normalize/lexicon';
import { quotations } from '../../src/core/segment/quotes';
import { buildClusters, ClusterGroups } from '../../src/core/cluster/buildClusters';
import type { Link } from '../../src/core/match/quotePhrases';
import { ownReporting } from '../support/madeUpText';

// Four articles of made-up words (with one quotation each, so some clusters are quotes).
const lexicon = new Lexicon();
const articles = readArticles([0, 1, 2, 3].map((n) => ({ path: `a${n}.txt`, text: `He said “${ownReporting(50 + n, 1).slice(0, 60)}” today.\n\n${ownReporting(n, 2)}` })), lexicon);
const quotes = articles.map((a) => quotations(a.text));
const words = Math.min(...articles.map((a) => a.tokens.count));

const span = fc.record({ doc: fc.integer({ min: 0, max: 3 }), start: fc.integer({ min: 0, max: words - 12 }), length: fc.integer({ min: 2, max: 12 }) })
  .map(({ doc, start, length }) => ({ doc, start, end: start + length }));
const link = fc.record({ a: span, b: span, quote: fc.boolean() });

test('groups kept between updates equal clusters built from scratch, whatever links come and go', () => {
  // Each step keeps some of the previous links (the same objects) and adds new ones.
  const step = fc.record({ keep: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), add: fc.array(link, { maxLength: 12 }) });
  fc.assert(fc.property(fc.array(link, { maxLength: 30 }), fc.array(step, { minLength: 1, maxLength: 6 }), (start, steps) => {
    const groups = new ClusterGroups();
    let links: Link[] = start;
    assert.deepEqual(groups.update(articles, links, quotes), buildClusters(articles, links, quotes));
    for (const s of steps) {
      links = [...links.filter((_, i) => s.keep[i % s.keep.length]), ...s.add];
      assert.deepEqual(groups.update(articles, links, quotes), buildClusters(articles, links, quotes));
    }
  }), { numRuns: 200 });
});
