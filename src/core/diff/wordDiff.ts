import { diffChars } from 'diff';
import { longestIncreasing } from '../compare/order';
import type { DiffPart } from '../types';

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
/** Code units usable as one-token symbols: all of the BMP but the surrogate range. */
const SYMBOLS = 0xd800 + (0x10000 - 0xe000);

/**
 * Word-level diff of two passages. Each word, with its trailing white space, is replaced by one
 * code unit (diff-match-patch's "line mode" trick, applied to words) and jsdiff's Myers diff
 * runs on those short strings with `diffChars`: comparing symbols instead of substrings keeps a
 * 40 KB reprint fast, and every character belongs to exactly one token, so the parts rebuild
 * both texts exactly. Always bounded: past `maxEditLength` edits or `timeoutMs` milliseconds jsdiff
 * gives up (Myers' diff is quadratic on unrelated texts), and the answer is then "all of a
 * deleted, all of b inserted", marked truncated, rather than late.
 */
export function wordDiff(a: string, b: string, options: { maxEditLength?: number; timeoutMs?: number } = {}): WordDiff {
  if (a === b) return { parts: a ? [{ op: 'equal', text: a }] : [], truncated: false };
  const ids = new Map<string, number>();
  const tokens: string[] = [];
  const encode = (text: string): string | null => {
    const out: string[] = [];
    for (const m of text.matchAll(TOKEN)) {
      let id = ids.get(m[0]);
      if (id === undefined) {
        id = tokens.length;
        if (id >= SYMBOLS) return null;
        ids.set(m[0], id);
        tokens.push(m[0]);
      }
      out.push(String.fromCharCode(id < 0xd800 ? id : id - 0xd800 + 0xe000));
    }
    return out.join('');
  };
  const ea = encode(a);
  const eb = encode(b);
  const changes = ea === null || eb === null ? undefined
    : anchoredDiff(ea, eb, options.maxEditLength ?? 20_000, options.timeoutMs ?? 200);
  if (!changes) {
    const parts: DiffPart[] = [];
    if (a) parts.push({ op: 'delete', text: a });
    if (b) parts.push({ op: 'insert', text: b });
    return { parts, truncated: true };
  }
  const decode = (symbols: string) => {
    let out = '';
    for (let i = 0; i < symbols.length; i++) {
      const c = symbols.charCodeAt(i);
      out += tokens[c < 0xd800 ? c : c - 0xe000 + 0xd800];
    }
    return out;
  };
  const parts: DiffPart[] = [];
  for (const c of changes) {
    if (!c.value) continue;
    push(parts, c.added ? 'insert' : c.removed ? 'delete' : 'equal', decode(c.value));
  }
  return { parts: joinChanges(parts), truncated: false };
}

/** Below this many symbols a diff runs in one piece. */
const ANCHOR_FROM = 1_000;

/**
 * Myers' diff is O(N·D): fine for a sentence, slow for a long article. Long inputs are first
 * cut at anchors, as patience diff does: symbols found exactly once in each text, kept where
 * their order agrees (a longest increasing subsequence). Between two anchors the texts are
 * short and diffed on their own, all within one shared time budget; `undefined` when the
 * budget or the edit bound runs out.
 */
function anchoredDiff(a: string, b: string, maxEditLength: number, timeoutMs: number): Array<{ value: string; added?: boolean; removed?: boolean }> | undefined {
  if (a.length + b.length < ANCHOR_FROM) return diffChars(a, b, { maxEditLength, timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  const once = (t: string) => {
    const seen = new Map<number, number>();
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      seen.set(c, seen.has(c) ? -1 : i);
    }
    return seen;
  };
  const inA = once(a);
  const inB = once(b);
  const pairs: Array<[number, number]> = [];
  for (const [c, i] of inA) {
    const j = inB.get(c);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const keep = longestIncreasing(pairs.map((p) => p[1]));
  const anchors = pairs.filter((_, k) => keep.has(k));
  anchors.push([a.length, b.length]);
  const out: Array<{ value: string; added?: boolean; removed?: boolean }> = [];
  let i0 = 0;
  let j0 = 0;
  for (const [i, j] of anchors) {
    const sa = a.slice(i0, i);
    const sb = b.slice(j0, j);
    if (sa && sb) {
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      const part = diffChars(sa, sb, { maxEditLength, timeout: left });
      if (!part) return undefined;
      out.push(...part);
    } else if (sa) out.push({ value: sa, removed: true });
    else if (sb) out.push({ value: sb, added: true });
    if (i < a.length) out.push({ value: a[i] });
    i0 = i + 1;
    j0 = j + 1;
  }
  return out;
}

/**
 * Reads better as "[-have appealed-]{+turned+}" than word by word: runs of changes separated
 * only by white space become one deletion and one insertion, and white space both sides share
 * at the edges of a change moves back out into the unchanged text. Both sides still rebuild.
 */
function joinChanges(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (!del && !ins) return;
    const lead = commonEdge(del, ins, true);
    const trail = commonEdge(del.slice(lead.length), ins.slice(lead.length), false);
    if (lead) push(out, 'equal', lead);
    push(out, 'delete', del.slice(lead.length, del.length - trail.length));
    push(out, 'insert', ins.slice(lead.length, ins.length - trail.length));
    if (trail) push(out, 'equal', trail);
    del = '';
    ins = '';
  };
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.op === 'equal') {
      const next = parts[i + 1];
      if ((del || ins) && /^\s+$/.test(p.text) && next && next.op !== 'equal') { del += p.text; ins += p.text; continue; }
      flush();
      push(out, 'equal', p.text);
    } else if (p.op === 'delete') del += p.text;
    else ins += p.text;
  }
  flush();
  return out;
}

function commonEdge(a: string, b: string, leading: boolean): string {
  const ma = (leading ? /^\s*/ : /\s*$/).exec(a)![0];
  const mb = (leading ? /^\s*/ : /\s*$/).exec(b)![0];
  let n = 0;
  while (n < ma.length && n < mb.length && (leading ? ma[n] === mb[n] : ma[ma.length - 1 - n] === mb[mb.length - 1 - n])) n++;
  if (n === 0) return '';
  return leading ? ma.slice(0, n) : ma.slice(ma.length - n);
}

function push(out: DiffPart[], op: DiffPart['op'], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) out[out.length - 1] = { op, text: last.text + text };
  else out.push({ op, text });
}
