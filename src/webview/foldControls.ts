import type { PairView, RowView } from '../shared/protocol';
import { el } from './dom';
import { lineLabel } from './folds';
import type { ViewActions } from './renderPair';

/** The bar standing for a folded run of unchanged rows; its button shows them. */
export function foldBar(pair: PairView, from: number, to: number, actions: ViewActions): HTMLElement {
  const first = pair.rows[from];
  const last = pair.rows[to - 1];
  const where = first.left && last.left ? `, ${lineLabel({ ...first.left, lastLine: last.left.lastLine })}` : '';
  const n = to - from;
  const button = el('button', { class: 'link', attrs: { type: 'button', 'aria-expanded': 'false' } }, `Show ${n} unchanged ${n === 1 ? 'row' : 'rows'}${where}`);
  const bar = el('div', { class: 'fold', attrs: { role: 'row' } }, el('span', { class: 'fold-mark', attrs: { 'aria-hidden': 'true' } }, '⋯'), button);
  button.addEventListener('click', () => {
    for (let s = bar.nextElementSibling; s instanceof HTMLElement && s.hidden; s = s.nextElementSibling) s.hidden = false;
    bar.remove();
    actions.expand(from);
  });
  return bar;
}

/** Shortens a long added or omitted passage to its first lines, with a button to show it all. */
export function shortened(row: HTMLElement, view: RowView, index: number, actions: ViewActions): void {
  const span = (view.left ?? view.right)!;
  const text = row.querySelector<HTMLElement>('.cell:not(.gap) .text');
  if (!text) return;
  text.classList.add('clamped');
  const lines = span.lastLine - span.line + 1;
  const button = el('button', { class: 'link more', attrs: { type: 'button', 'aria-expanded': 'false' } }, lines > 1 ? `Show all ${lines} lines` : 'Show all of it');
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    text.classList.remove('clamped');
    button.remove();
    actions.expand(index);
  });
  text.after(button);
}
