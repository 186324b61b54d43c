// Scope tests for the news-article grammar (syntaxes/reprint-article.tmLanguage.json).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { scopesOf, tokenize, wholeHas } from './tokenize';

const CURLY = 'string.quoted.double.curly.reprint-article';
const STRAIGHT = 'string.quoted.double.straight.reprint-article';
const SPEAKER = 'entity.name.person.speaker.reprint-article';
const VERB = 'keyword.other.attribution.reprint-article';
const ATTRIBUTION = 'meta.attribution.reprint-article';
const PLACE = 'entity.name.section.dateline.place.reprint-article';
const AUTHOR = 'entity.name.person.author.reprint-article';

async function line(text: string) {
  return (await tokenize(text))[0];
}

describe('quotations', () => {
  it('scopes a curly quote with its marks, and the attribution after it', async () => {
    const l = await line(
      '“In this regard, relying on the collective security treaty, today I have appealed to the heads of the CSTO states,” Tokayev said.',
    );
    assert.ok(wholeHas(l, 'In this regard, relying on the collective security treaty', CURLY));
    assert.ok(scopesOf(l, '“').includes('punctuation.definition.string.begin.reprint-article'));
    assert.ok(scopesOf(l, '”').includes('punctuation.definition.string.end.reprint-article'));
    assert.ok(!scopesOf(l, 'Tokayev').includes(CURLY), 'the attribution is outside the quote');
    assert.ok(scopesOf(l, 'Tokayev').includes(SPEAKER));
    assert.ok(scopesOf(l, 'said').includes(VERB));
    assert.ok(scopesOf(l, 'said').includes(ATTRIBUTION));
  });

  it('scopes a straight-quoted phrase and nothing after it', async () => {
    const l = await line('He called them "terrorist gangs" on Wednesday.');
    assert.ok(wholeHas(l, 'terrorist gangs', STRAIGHT));
    assert.ok(!scopesOf(l, 'on Wednesday').includes(STRAIGHT));
    assert.ok(!scopesOf(l, 'He called').includes(STRAIGHT));
  });

  it('ends an unclosed quote at the end of its paragraph', async () => {
    const [first, second] = await tokenize('“We will act without delay,\nThe ministry added on Friday.');
    assert.ok(wholeHas(first, 'We will act without delay', CURLY));
    assert.ok(!scopesOf(second, 'The ministry').includes(CURLY));
    assert.ok(scopesOf(second, 'ministry').includes(SPEAKER));
    assert.ok(scopesOf(second, 'added').includes(VERB));
  });

  it('tells single quotes from apostrophes', async () => {
    const l = await line('It became a ‘cold shower’ for NATO’s plans and the organization’s charter.');
    assert.ok(wholeHas(l, 'cold shower', 'string.quoted.single.curly.reprint-article'));
    assert.ok(!scopesOf(l, 'for NATO’s plans').some((s) => s.startsWith('string.')));
    assert.ok(!scopesOf(l, 'organization’s charter').some((s) => s.startsWith('string.')));
  });

  it('scopes guillemets', async () => {
    const l = await line('Le président a parlé de «gangs terroristes» hier.');
    assert.ok(wholeHas(l, 'gangs terroristes', 'string.quoted.double.guillemet.reprint-article'));
  });
});

describe('attributions', () => {
  it('finds a pronoun with a reporting verb', async () => {
    const l = await line('“Was the request justified? We do not know this yet,” she said on January 6.');
    assert.ok(scopesOf(l, 'she').includes(SPEAKER));
    assert.ok(scopesOf(l, 'said').includes(VERB));
  });

  it('finds a verb before the speaker', async () => {
    const l = await line('“The situation is under control,” said Kassym-Jomart Tokayev.');
    assert.ok(scopesOf(l, 'said').includes(VERB));
    assert.ok(wholeHas(l, 'Kassym-Jomart Tokayev', SPEAKER));
  });

  it('finds a full name, an adverb and a "the <noun>" speaker', async () => {
    const l = await line('Kazakh President Kassym-Zhomart Tokayev publicly stated that the gangs were trained abroad.');
    assert.ok(scopesOf(l, 'Tokayev').includes(SPEAKER));
    assert.ok(scopesOf(l, 'stated').includes(VERB));
    const m = await line('the aggression must end,” the statement said.');
    assert.ok(wholeHas(m, 'the statement', SPEAKER));
  });

  it('leaves ordinary verbs alone', async () => {
    const l = await line('Russia sent troops and Kazakhstan appealed to the CSTO.');
    assert.ok(!l.some((t) => t.scopes.includes(ATTRIBUTION)));
  });
});

describe('datelines and bylines', () => {
  it('scopes a one-word dateline', async () => {
    const l = await line('BEIJING: China said on Friday it supported the measures.');
    assert.ok(wholeHas(l, 'BEIJING', PLACE));
    assert.ok(scopesOf(l, ':').includes('punctuation.separator.dateline.reprint-article'));
    assert.ok(!scopesOf(l, 'China').includes(PLACE));
  });

  it('scopes a dateline with a date and an agency', async () => {
    const l = await line('NUR-SULTAN, Jan 6 (Reuters) - Kazakhstan’s president said on Thursday.');
    assert.ok(wholeHas(l, 'NUR-SULTAN', PLACE));
    assert.ok(scopesOf(l, '(Reuters)').includes('constant.other.dateline.detail.reprint-article'));
  });

  it('does not take a capitalised word or mid-line capitals for a dateline', async () => {
    for (const text of ['In Kazakhstan: protests grew.', 'The CSTO: a military alliance.', 'Protests grew. ALMATY: calm returned.']) {
      const l = await line(text);
      assert.ok(!l.some((t) => t.scopes.includes(PLACE)), text);
    }
  });

  it('scopes a byline', async () => {
    const l = await line('By Andre Ismagambet and Jane Doe, Reuters');
    assert.ok(scopesOf(l, 'By').includes('keyword.other.byline.reprint-article'));
    assert.ok(wholeHas(l, 'Andre Ismagambet and Jane Doe', AUTHOR));
  });

  it('does not take a sentence starting with "By" for a byline', async () => {
    const l = await line('By the end of the week, the troops had left.');
    assert.ok(!l.some((t) => t.scopes.includes(AUTHOR)));
  });
});

describe('front matter', () => {
  it('scopes keys of a front-matter block on the first line only', async () => {
    const [open, date, close, body] = await tokenize('---\ndate: 2022-01-06\n---\ndate: not front matter');
    assert.ok(scopesOf(open, '---').includes('meta.front-matter.reprint-article'));
    assert.ok(scopesOf(date, 'date').includes('variable.other.key.front-matter.reprint-article'));
    assert.ok(scopesOf(close, '---').includes('meta.front-matter.reprint-article'));
    assert.ok(!scopesOf(body, 'date').includes('variable.other.key.front-matter.reprint-article'));
  });
});

describe('speaker boundaries', () => {
  it('does not take a sentence-opening preposition into the speaker', async () => {
    const l = await line('In Kazakhstan told reporters that the situation was calm.');
    assert.ok(!scopesOf(l, 'In').includes(SPEAKER));
  });
});
