// Quotation marks out of the ordinary: files of nothing but marks, quotes never closed or
// never opened, marks of every kind.
import { pair, REPRINT, REUSE, utf8, type Case } from '../model';

const beside: [string, string][] = [
  ['only-straight-quotes', '"'.repeat(5000)],
  ['only-curly-quotes', '“”'.repeat(3000)],
  ['only-guillemets', '«»‹›'.repeat(1000)],
  ['only-single-quotes', "''‘’".repeat(1000)],
  ['only-mixed-marks', '"“”„‟«»\'‘’‚‛`´'.repeat(500)],
  ['only-marks-lines', '“\n”\n'.repeat(2000)],
  ['empty-quotes', '"" “” «» '.repeat(500)],
  ['unclosed-quote', 'He said: “We will stay as long as needed, and the council agreed with every word of it\n\nThe next paragraph goes on.\n'],
  ['unopened-quote', 'We will stay as long as needed,” he said, and left.\n'],
  ['nested-unbalanced', '“She said ‘he said “no” and ’ then “left.\n'],
  ['quote-spanning-1000-lines', '“' + 'a line inside one long quote\n'.repeat(1000) + '”\n'],
  ['apostrophes-everywhere', "It's the council's and the troops' and the city's 'order' o'clock '90s.\n".repeat(200)],
];

export const quoteCases: Case[] = [
  ...beside.map(([name, text]): Case => ({
    name: `quotes-${name}`,
    about: `a file of ${name.replace(/-/g, ' ')} beside the pair`,
    files: [...pair(), { path: 'marks.txt', bytes: utf8(text) }],
    expect: { exit: 0, lines: [], reuse: REUSE },
  })),
  {
    name: 'quotes-unclosed-in-reprint',
    about: 'the reprint opens a quote before the reused passage and never closes it',
    files: pair(REPRINT.replace('On Thursday', '“On Thursday')),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
  {
    name: 'quotes-straight-for-curly',
    about: 'the reprint with straight quotes where the source has curly ones',
    files: pair(REPRINT.replace(/[“”]/g, '"')),
    expect: { exit: 0, lines: [], reuse: REUSE },
  },
];
