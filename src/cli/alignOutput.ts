import { version } from '../../package.json';
import type { AlignResult } from '../core/types';
import { alignJson } from './contract';
import { formatAlign, styleFor } from './format';
import { alignForTerminal, safeJson } from './terminalText';

/** Whether text output is coloured: a terminal, no --json, and NO_COLOR unset. */
export function colorFor(json: boolean): boolean {
  return !json && process.stdout.isTTY === true && !process.env.NO_COLOR;
}

/**
 * What `align` prints for a result, and `import-passim` for passim's: the contract's JSON, or
 * the text report; either way with the article text made safe for a terminal.
 */
export function alignOutput(result: AlignResult, json: boolean, color: boolean): string {
  return json ? safeJson(alignJson(result, version)) + '\n' : formatAlign(alignForTerminal(result), styleFor(color));
}
