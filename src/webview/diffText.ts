import type { DiffPart } from '../core/types';
import { el } from './dom';

/**
 * One side of a word diff as DOM nodes: the left side shows equal and deleted words (in
 * `<del>`), the right side equal and inserted words (in `<ins>`).
 */
export function diffSide(parts: readonly DiffPart[], side: 'left' | 'right'): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const p of parts) {
    if (p.op === 'equal') frag.append(document.createTextNode(p.text));
    else if (p.op === 'delete' && side === 'left') frag.append(el('del', {}, p.text));
    else if (p.op === 'insert' && side === 'right') frag.append(el('ins', {}, p.text));
  }
  return frag;
}

/** A version against the first appearance in one block: deletions and insertions inline. */
export function diffInline(parts: readonly DiffPart[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const p of parts) {
    if (p.op === 'equal') frag.append(document.createTextNode(p.text));
    else if (p.op === 'delete') frag.append(el('del', {}, p.text));
    else frag.append(el('ins', {}, p.text));
  }
  return frag;
}
