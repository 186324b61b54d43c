import type { DiffPart } from '../core/types';
import type { CompareOptions } from '../shared/protocol';
import { showsPart } from './display';
import { el } from './dom';

const MINOR_LABEL = { case: 'letter case', typography: 'typography', punctuation: 'punctuation' } as const;

/**
 * One side of a word diff as DOM nodes: the left side shows equal and deleted words (in
 * `<del>`), the right side equal and inserted words (in `<ins>`). A change of case or
 * typography is drawn quietly (`.minor`, with the other side's spelling in its tooltip), never
 * struck through; minor changes the options hide are plain text.
 */
export function diffSide(parts: readonly DiffPart[], side: 'left' | 'right', options: CompareOptions): DocumentFragment {
  const frag = document.createDocumentFragment();
  const own = side === 'left' ? 'delete' : 'insert';
  parts.forEach((p, i) => {
    if (p.op === 'equal') frag.append(document.createTextNode(p.text));
    else if (p.op !== own) return;
    else if (!showsPart(p, options) || isSpace(p)) frag.append(document.createTextNode(p.text));
    else if (p.minor === 'case' || p.minor === 'typography') frag.append(quiet(p, partner(parts, i), side === 'left' ? 'right' : 'left'));
    else frag.append(el(side === 'left' ? 'del' : 'ins', p.minor ? { class: 'punct', title: 'Punctuation differs' } : {}, p.text));
  });
  return frag;
}

/**
 * A version against the first appearance in one block: deleted words struck, inserted words
 * underlined. Minor changes show the version's own spelling, quietly, with the first
 * appearance's in the tooltip; hidden ones show it plainly.
 */
export function diffInline(parts: readonly DiffPart[], options: CompareOptions): DocumentFragment {
  const frag = document.createDocumentFragment();
  parts.forEach((p, i) => {
    if (p.op === 'equal') frag.append(document.createTextNode(p.text));
    else if (p.minor && (p.minor !== 'punctuation' || !showsPart(p, options))) {
      if (p.op === 'delete') return; // the version's own spelling (its insert) stands for both
      if (!showsPart(p, options) || isSpace(p)) frag.append(document.createTextNode(p.text));
      else frag.append(quiet(p, partner(parts, i), 'first appearance'));
    } else frag.append(el(p.op === 'delete' ? 'del' : 'ins', p.minor ? { class: 'punct' } : {}, p.text));
  });
  return frag;
}

/** A change of white space only (a line break for a space): nothing to see, so nothing is marked. */
function isSpace(p: DiffPart): boolean {
  return p.minor === 'typography' && !/\S/.test(p.text);
}

/** A quietly marked minor change; its tooltip gives the other spelling. */
function quiet(p: DiffPart, other: DiffPart | undefined, where: string): HTMLElement {
  const kind = MINOR_LABEL[p.minor as keyof typeof MINOR_LABEL];
  const title = other ? `Only ${kind} differs: ${where} has “${other.text}”` : `Only ${kind} differs`;
  return el('span', { class: `minor minor-${p.minor}`, title }, p.text);
}

/** The insert next to a minor delete (or the delete next to a minor insert) with the same mark. */
function partner(parts: readonly DiffPart[], i: number): DiffPart | undefined {
  const p = parts[i];
  const q = p.op === 'delete' ? parts[i + 1] : parts[i - 1];
  return q && q.op !== 'equal' && q.op !== p.op && q.minor === p.minor ? q : undefined;
}
