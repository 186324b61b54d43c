import type { DiffPart, MinorChange } from '../types';

/** What a run of changes touches: words, or only one kind of minor change. */
type ChangeClass = MinorChange | 'word';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_ONLY = /^\s*$/;

/**
 * Reads better as "[-have appealed-]{+turned+}" than word by word: runs of changes of one
 * class separated only by white space become one deletion and one insertion, and white space
 * both sides share at the edges of a change moves back out into the unchanged text. A run of
 * word changes that touches no letter or digit is marked `punctuation` (white space alone:
 * `typography`); runs already marked minor keep their mark. Both sides still rebuild.
 */
export function joinChanges(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  let cls: ChangeClass = 'word';
  const flush = () => {
    if (!del && !ins) return;
    const lead = commonEdge(del, ins, true);
    const trail = commonEdge(del.slice(lead.length), ins.slice(lead.length), false);
    const d = del.slice(lead.length, del.length - trail.length);
    const i = ins.slice(lead.length, ins.length - trail.length);
    const minor = cls !== 'word' ? cls : classify(d, i);
    if (lead) push(out, 'equal', lead);
    push(out, 'delete', d, minor);
    push(out, 'insert', i, minor);
    if (trail) push(out, 'equal', trail);
    del = '';
    ins = '';
  };
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p.op === 'equal') {
      const next = parts[k + 1];
      const bridges = (del || ins) && /^\s+$/.test(p.text) && next && next.op !== 'equal' && classOf(next) === cls;
      if (bridges) {
        del += p.text;
        ins += p.text;
        continue;
      }
      flush();
      push(out, 'equal', p.text);
      continue;
    }
    if ((del || ins) && classOf(p) !== cls) flush();
    cls = classOf(p);
    if (p.op === 'delete') del += p.text;
    else ins += p.text;
  }
  flush();
  return out;
}

function classOf(p: DiffPart): ChangeClass {
  return p.minor ?? 'word';
}

/** A word change that touches no letter or digit is punctuation (or, white space alone, typography). */
function classify(deleted: string, inserted: string): MinorChange | undefined {
  if (LETTER_OR_DIGIT.test(deleted) || LETTER_OR_DIGIT.test(inserted)) return undefined;
  return SPACE_ONLY.test(deleted) && SPACE_ONLY.test(inserted) ? 'typography' : 'punctuation';
}

function commonEdge(a: string, b: string, leading: boolean): string {
  const ma = (leading ? /^\s*/ : /\s*$/).exec(a)![0];
  const mb = (leading ? /^\s*/ : /\s*$/).exec(b)![0];
  let n = 0;
  while (n < ma.length && n < mb.length && (leading ? ma[n] === mb[n] : ma[ma.length - 1 - n] === mb[mb.length - 1 - n])) n++;
  if (n === 0) return '';
  return leading ? ma.slice(0, n) : ma.slice(ma.length - n);
}

/** Appends a part, merging it into the last one when both have the same op and mark. */
export function push(out: DiffPart[], op: DiffPart['op'], text: string, minor?: MinorChange): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op && last.minor === minor) out[out.length - 1] = withMinor(op, last.text + text, minor);
  else out.push(withMinor(op, text, minor));
}

function withMinor(op: DiffPart['op'], text: string, minor: MinorChange | undefined): DiffPart {
  return minor && op !== 'equal' ? { op, text, minor } : { op, text };
}
