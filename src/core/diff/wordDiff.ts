import type { DiffPart } from '../types';
import { normalizeText } from '../normalize/normalizeText';
import { anchoredDiff } from './anchoredDiff';
import { joinChanges, push } from './joinChanges';

/** A word diff and whether it had to give up on detail. */
export interface WordDiff {
  readonly parts: DiffPart[];
  /** True when the edit-length or time bound was hit and the diff is one coarse replacement. */
  readonly truncated: boolean;
}

/**
 * A word (letters, digits, inner apostrophes) or one other character, with the white space
 * after it; leading white space alone. Carrying the space with its word halves the symbols
 * the diff works on; `joinChanges` moves shared spaces back out of the changes.
 */
const TOKEN = /^\s+|(?:[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[\s\S])\s*/gu;
/** A token's body and the white space after it. */
const BODY_AND_SPACE = /^([\s\S]*?)(\s*)$/;
/** Code units usable as one-token symbols: all of the BMP but the surrogate range. */
const SYMBOLS = 0xd800 + (0x10000 - 0xe000);
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/**
 * Word-level diff of two passages. Each word is replaced by one code unit (diff-match-patch's
 * "line mode" trick, applied to words) and jsdiff's Myers diff runs on those short strings
 * with `diffChars`: comparing symbols instead of substrings keeps a 40 KB reprint fast.
 *
 * A word's symbol stands for its folded form (case, accents, quote and dash styles, as the
 * engine's normaliser folds them; the white space after it left out), so "collective" and
 * "Collective", or “ and ", are the same symbol. Where such words differ in their original
 * spelling, the diff still says so with a delete and an insert, both marked `minor` (`case` or
 * `typography`): a reader sees the difference quietly, never as a changed word, and every
 * character still belongs to exactly one part, so the parts rebuild both texts exactly.
 *
 * Always bounded: past `maxEditLength` edits or `timeoutMs` milliseconds jsdiff gives up
 * (Myers' diff is quadratic on unrelated texts), and the answer is then "all of a deleted, all
 * of b inserted", marked truncated, rather than late.
 */
export function wordDiff(a: string, b: string, options: { maxEditLength?: number; timeoutMs?: number } = {}): WordDiff {
  if (a === b) return { parts: a ? [{ op: 'equal', text: a }] : [], truncated: false };
  const ids = new Map<string, number>();
  const folds = new Map<string, string>();
  const encode = (text: string, tokens: string[]): string | null => {
    const out: string[] = [];
    for (const m of text.matchAll(TOKEN)) {
      const token = m[0];
      let key = folds.get(token);
      if (key === undefined) {
        key = foldToken(token);
        folds.set(token, key);
      }
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        if (id >= SYMBOLS) return null;
        ids.set(key, id);
      }
      tokens.push(token);
      out.push(String.fromCharCode(id < 0xd800 ? id : id - 0xd800 + 0xe000));
    }
    return out.join('');
  };
  const ta: string[] = [];
  const tb: string[] = [];
  const ea = encode(a, ta);
  const eb = encode(b, tb);
  const changes = ea === null || eb === null ? undefined
    : anchoredDiff(ea, eb, options.maxEditLength ?? 20_000, options.timeoutMs ?? 200);
  if (!changes) {
    const parts: DiffPart[] = [];
    if (a) parts.push({ op: 'delete', text: a });
    if (b) parts.push({ op: 'insert', text: b });
    return { parts, truncated: true };
  }
  const parts: DiffPart[] = [];
  let ia = 0;
  let ib = 0;
  for (const c of changes) {
    const n = c.value.length;
    if (c.removed) for (let k = 0; k < n; k++) push(parts, 'delete', ta[ia++]);
    else if (c.added) for (let k = 0; k < n; k++) push(parts, 'insert', tb[ib++]);
    else for (let k = 0; k < n; k++) sameWord(parts, ta[ia++], tb[ib++]);
  }
  return { parts: joinChanges(parts), truncated: false };
}

/** The comparable form of a token: its body folded, white space dropped (a lone space token: one space). */
function foldToken(token: string): string {
  const [, body] = BODY_AND_SPACE.exec(token)!;
  if (!body) return ' ';
  return PLAIN_WORD.test(body) ? body.toLowerCase() : normalizeText(body).text;
}

/**
 * Two tokens with the same folded form: equal when spelt alike, else the word and the white
 * space after it each become equal or a minor delete and insert.
 */
function sameWord(parts: DiffPart[], x: string, y: string): void {
  if (x === y) {
    push(parts, 'equal', x);
    return;
  }
  const [, bx, sx] = BODY_AND_SPACE.exec(x)!;
  const [, by, sy] = BODY_AND_SPACE.exec(y)!;
  if (bx === by) push(parts, 'equal', bx);
  else {
    const minor = bx.toLowerCase() === by.toLowerCase() ? 'case' : 'typography';
    push(parts, 'delete', bx, minor);
    push(parts, 'insert', by, minor);
  }
  if (sx === sy) push(parts, 'equal', sx);
  else {
    push(parts, 'delete', sx, 'typography');
    push(parts, 'insert', sy, 'typography');
  }
}
