// Terminal escape sequences and control characters in article text (and titles): the text
// report shows them as visible escapes, the JSON as JSON escapes; none reaches the terminal.
import { pair, REPRINT, REUSE, type Case } from '../model';

const sequences: [string, string][] = [
  ['csi-colour', '\u001b[31;1mred\u001b[0m'],
  ['clear-screen', '\u001b[2J\u001b[H'],
  ['osc-title', '\u001b]0;pwned\u0007'],
  ['osc8-hyperlink', '\u001b]8;;https://example.com\u001b\\click\u001b]8;;\u001b\\'],
  ['bell', '\u0007\u0007\u0007'],
  ['backspaces', 'abc\b\b\bxyz'],
  ['delete', 'ab\u007fcd'],
  ['c1-csi', '\u009b31mred'],
  ['dcs', '\u001bP+q544e\u001b\\'],
  ['reset', '\u001bc'],
  ['cursor-moves', '\u001b[10A\u001b[2K'],
  ['nul-and-controls', '\u0001\u0002\u0003\u0004\u0005\u0006\u000e\u000f\u0010\u001f'],
];

export const terminalCases: Case[] = [
  ...sequences.flatMap(([name, seq]): Case[] => [
    {
      name: `terminal-${name}-in-passage`,
      about: `${name.replace(/-/g, ' ')} inside the reused passage`,
      files: pair(REPRINT.replace('limited peacekeeping', `limited ${seq} peacekeeping`)),
      expect: { exit: 0, lines: [], reuse: REUSE },
    },
    {
      name: `terminal-${name}-in-title`,
      about: `${name.replace(/-/g, ' ')} in the first line (the title)`,
      files: pair(REPRINT.replace('Mission approved', `Mission ${seq} approved`)),
      expect: { exit: 0, lines: [], reuse: REUSE },
    },
  ]),
];
