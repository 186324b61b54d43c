import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignArticles } from '../../src/core/index';
import { Lexicon } from '../../src/core/normalize/lexicon';
import { tokenize } from '../../src/core/normalize/tokenize';
import { backgroundShare } from '../../src/core/evidence/background';
import { matchStatements, PARAPHRASE_MIN, statementWords, wordWeight } from '../../src/core/paraphrase/statementMatch';
import { kinship, Kinship, sensesOf } from '../../src/core/paraphrase/synonyms';
import { ownReporting } from '../support/madeUpText';

/** The paraphrase score of two sentences (see matchStatements). */
function score(a: string, b: string): number {
  const lexicon = new Lexicon();
  const side = (text: string) => ({ tokens: tokenize(text, lexicon), text });
  const words = (text: string) => { const s = side(text); return statementWords(s, 0, s.tokens.count, lexicon.isStop, (n) => wordWeight(backgroundShare(lexicon.norms[n]))); };
  const wa = words(a);
  const wb = words(b);
  return matchStatements(wa, wb, (k) => sensesOf(lexicon.keys[k]), () => false).score;
}

test('WordNet knows synonyms and broader terms, and keeps antonyms apart', () => {
  assert.equal(kinship('assist', 'help'), Kinship.Synonym);
  assert.equal(kinship('lead', 'head'), Kinship.Synonym);
  assert.equal(kinship('bought', 'acquir'), Kinship.None, 'stems, not words: "bought" is not a stem WordNet lists');
  assert.equal(kinship('buy', 'acquir'), Kinship.Near);
  assert.equal(kinship('rose', 'fell'), Kinship.None);
});

test('a statement in other words scores as one: synonyms, inflections, reordered clauses, the passive', () => {
  const cases: Array<[string, string]> = [
    ['Novell will buy SuSE Linux for $210 million in cash, the companies said.', 'SuSE Linux is being acquired by Novell in a $210 million cash deal, the companies said.'],
    ['Armenian Prime Minister Nikol Pashinyan leads the Collective Security Council this year.', 'Nikol Pashinyan, prime minister of Armenia, is the head of the Collective Security Council this year.'],
    ['Tokayev said the security forces quelled the riots in Almaty within two days.', 'Within two days the riots in Almaty were quelled by security forces, Tokayev said.'],
    ['The CSTO agreed to assist Kazakhstan after Tokayev appealed to its member states.', 'After an appeal by Tokayev to the member states, the CSTO agreed to help Kazakhstan.'],
  ];
  for (const [a, b] of cases) assert.ok(score(a, b) >= PARAPHRASE_MIN, `${score(a, b).toFixed(2)}: ${a} / ${b}`);
});

test('statements only on the same subject, or with other figures or people, do not', () => {
  const cases: Array<[string, string]> = [
    ['Many countries, including the US and Russia, and the EU bloc have been closely monitoring the situation in Kazakhstan.', 'China and other members of the SCO are closely following the situation in Kazakhstan.'],
    ['Corixa shares rose 54 cents to $7.74 on the Nasdaq Stock Market.', 'Corixa shares fell 62 cents to $6.90 on the Nasdaq Stock Market.'],
    ['Chinese President Xi Jinping sent condolences to Kazakh President Tokayev.', 'Russian President Vladimir Putin sent condolences to Kyrgyz President Japarov.'],
  ];
  for (const [a, b] of cases) assert.ok(score(a, b) < PARAPHRASE_MIN, `${score(a, b).toFixed(2)}: ${a} / ${b}`);
});

test('a sentence restated in another article is linked as a paraphrase, with its words marked', () => {
  const others = Array.from({ length: 30 }, (_, i) => ({ path: `z${i}.txt`, text: `${ownReporting(700 + i, 2)}\n` }));
  const a = { path: 'a.txt', text: `${ownReporting(1, 1)}\n\nNovell will buy SuSE Linux for $210 million in cash, the companies said on Tuesday.\n\n${ownReporting(2, 1)}\n` };
  const b = { path: 'b.txt', text: `${ownReporting(3, 1)}\n\nSuSE Linux is being acquired by Novell in a $210 million cash deal, the companies said.\n\n${ownReporting(4, 1)}\n` };
  const r = alignArticles([a, b, ...others]);
  const found = r.clusters.filter((c) => c.members.some((m) => m.text.includes('Novell')));
  assert.equal(found.length, 1);
  const member = found[0].members[1];
  assert.equal(member.evidence?.match, 'paraphrase');
  assert.ok(member.evidence!.words.includes('Novell') && member.evidence!.words.includes('SuSE'), member.evidence!.words.join());
});

test('the example corpus\'s statements on one subject by different people stay apart', () => {
  const kz = 'Many countries, including the US and Russia, and the EU bloc have been closely monitoring the situation in Kazakhstan.';
  const sco = 'China and other members of the SCO are closely following the situation in Kazakhstan.';
  const others = Array.from({ length: 30 }, (_, i) => ({ path: `z${i}.txt`, text: `${ownReporting(900 + i, 2)}\n` }));
  const r = alignArticles([{ path: 'a.txt', text: `${ownReporting(5, 1)}\n\n${kz}\n` }, { path: 'b.txt', text: `${ownReporting(6, 1)}\n\n${sco}\n` }, ...others]);
  assert.deepEqual(r.clusters.filter((c) => c.members.some((m) => m.text.includes('closely'))), []);
});
