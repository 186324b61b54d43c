import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../types';

/** A word diff and whether it had to give up on detail. */
export interface WordDiff {
  readonly parts: DiffPart[];
  /** True when the edit-length or time bound was hit and the diff is one coarse replacement. */
  readonly truncated: boolean;
}

/**
 * Word-level diff of two passages with jsdiff's `diffWordsWithSpace` (plain `diffWords` may
 * report an unchanged word with the other side's white space, so its parts would not rebuild
 * both texts exactly; this one treats spaces as tokens of their own). Always bounded: past
 * `maxEditLength` edits or `timeoutMs` milliseconds jsdiff gives up (Myers' diff on two
 * unrelated long texts is otherwise quadratic), and the answer is then "all of a deleted, all
 * of b inserted", marked truncated, rather than late.
 */
export function wordDiff(a: string, b: string, options: { maxEditLength?: number; timeoutMs?: number } = {}): WordDiff {
  if (a === b) return { parts: a ? [{ op: 'equal', text: a }] : [], truncated: false };
  const changes = diffWordsWithSpace(a, b, { maxEditLength: options.maxEditLength ?? 400, timeout: options.timeoutMs ?? 200 });
  if (!changes) {
    const parts: DiffPart[] = [];
    if (a) parts.push({ op: 'delete', text: a });
    if (b) parts.push({ op: 'insert', text: b });
    return { parts, truncated: true };
  }
  const parts: DiffPart[] = [];
  for (const c of changes) {
    if (!c.value) continue;
    const op = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) parts[parts.length - 1] = { op, text: last.text + c.value };
    else parts.push({ op, text: c.value });
  }
  return { parts: joinChanges(parts), truncated: false };
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
