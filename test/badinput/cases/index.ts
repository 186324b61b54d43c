// Every bad-input case, in a fixed order (large ones last).
import type { Case } from '../model';
import { blankCases } from './blank';
import { nulCases } from './nul';
import { utf8Cases } from './utf8';
import { utf16Cases } from './utf16';
import { lineCases } from './lines';
import { sizeCases } from './sizes';
import { folderCases } from './folders';
import { nameCases } from './names';
import { unicodeCases } from './unicode';
import { quoteCases } from './quotes';
import { frontMatterCases } from './frontMatter';
import { terminalCases } from './terminal';

const all: Case[] = [
  ...blankCases, ...nulCases, ...utf8Cases, ...utf16Cases, ...lineCases, ...folderCases, ...nameCases,
  ...unicodeCases, ...quoteCases, ...frontMatterCases, ...terminalCases, ...sizeCases,
];

/** The cases, small ones first. */
export const CASES: readonly Case[] = [...all.filter((c) => !c.big), ...all.filter((c) => c.big)];
