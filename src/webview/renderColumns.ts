import { isolateBidi } from '../core/report/bidi';
import type { CellChange, ColumnCell, ColumnSource, ColumnsModel, CompareOptions } from '../shared/protocol';
import { hidesChange } from './display';
import { baseName, el, percent } from './dom';
import { lineLabel } from './folds';
import type { ViewActions } from './renderPair';

/** A reading that agrees in every source and is longer than this is shortened when long stretches collapse. */
const LONG_AGREEMENT = 280;
const CHANGE_LABEL = { case: 'letter case differs', typography: 'typography differs', punctuation: 'punctuation differs', word: 'wording differs' } as const;

/**
 * One passage in a column per source, as a collation table: rows where every source reads
 * alike alternate with rows where some differ, and each source's reading sits beside the
 * others'. Readings that differ from the first appearance are tinted (quietly for case and
 * typography alone); a source with nothing in a row shows a hatched gap. Rows with a
 * difference the options do not hide are navigation targets; clicking a reading opens it.
 */
export function columnsTable(model: ColumnsModel, actions: ViewActions, options: CompareOptions): HTMLElement {
  const wrap = el('div', { class: 'columns-wrap', attrs: { role: 'region', 'aria-label': 'The passage in each source', tabindex: '0' } });
  if (model.absent.length > 0) {
    wrap.append(el('p', { class: 'note' }, `Not found in ${model.absent.map(baseName).join(', ')}.`));
  }
  const head = el('thead', {}, el('tr', {}, ...model.columns.map(columnHead)));
  const body = el('tbody');
  let target = 0;
  model.rows.forEach((row) => {
    const shown = shownChange(row.cells, options);
    const isTarget = shown === 'word' || shown === 'punctuation';
    const tr = el('tr', { class: `crow change-${shown ?? 'none'}`, attrs: { tabindex: '-1' } });
    if (isTarget) tr.dataset.change = String(target++);
    const agree = shown === null;
    const long = agree && row.cells[0].text.length > LONG_AGREEMENT;
    row.cells.forEach((c, i) => tr.append(cellOf(c, model.columns[i], i === 0, shown, actions, options, agree && options.onlyChanges, long && options.collapseUnchanged)));
    const primary = tr.querySelector<HTMLElement>('.differs .text') ?? tr.querySelector<HTMLElement>('.text');
    if (primary) primary.dataset.primary = '';
    body.append(tr);
  });
  const table = el('table', { class: 'columns' }, el('caption', {}, `${model.kind === 'quote' ? 'Quote' : 'Passage'} in ${model.columns.length} sources`), head, body);
  table.style.setProperty('--columns', String(model.columns.length));
  wrap.append(table);
  if (model.truncated) wrap.append(el('p', { class: 'note' }, 'Some versions differ too much to line up word by word; their rows are coarse.'));
  return wrap;
}

/** The strongest difference in a row that the options still show. */
function shownChange(cells: readonly ColumnCell[], options: CompareOptions): CellChange {
  const order: CellChange[] = [null, 'case', 'typography', 'punctuation', 'word'];
  let best: CellChange = null;
  for (const c of cells) {
    const change = hidesChange(c.change, options) ? null : c.change;
    if (order.indexOf(change) > order.indexOf(best)) best = change;
  }
  return best;
}

function columnHead(c: ColumnSource): HTMLElement {
  return el(
    'th',
    { attrs: { scope: 'col' }, title: [c.path, c.title].filter(Boolean).map((t) => isolateBidi(t!)).join(' — ') },
    el('span', { class: 'name' }, baseName(c.path)),
    c.title ? el('span', { class: 'title' }, isolateBidi(c.title)) : null,
    el(
      'span',
      { class: 'meta' },
      el('span', { class: 'line-no' }, lineLabel(c.passage)),
      c.isOrigin ? el('span', { class: 'badge kind-origin' }, 'First appearance') : el('span', { class: 'badge' }, `${percent(c.score)} similar to the first`),
      c.repeats > 0 ? el('span', { class: 'badge' }, `repeated ${c.repeats}× more in this source`) : null,
    ),
  );
}

function cellOf(
  c: ColumnCell, source: ColumnSource, isBase: boolean, rowChange: CellChange, actions: ViewActions, options: CompareOptions,
  elide: boolean, shorten: boolean,
): HTMLElement {
  const change = hidesChange(c.change, options) ? null : c.change;
  const classes = ['ccell'];
  if (!c.text.trim() && rowChange !== null) classes.push('gap');
  if (change === 'word' || change === 'punctuation') classes.push('differs');
  else if (change) classes.push('minor');
  if (isBase && (rowChange === 'word' || rowChange === 'punctuation')) classes.push('base-reading');
  const td = el('td', { class: classes.join(' ') });
  if (elide) {
    td.append(el('span', { class: 'elided', title: 'Alike in every source (hidden by Only changes)' }, '⋯'));
    return td;
  }
  if (!c.text.trim()) {
    if (rowChange !== null) td.append(el('span', { class: 'gap-label' }, `Not in ${baseName(source.path)}`));
    return td;
  }
  // White space at the edges of a reading is where the row was cut, not part of what it says.
  const text = el('span', { class: 'text', title: change ? `${baseName(source.path)}: ${CHANGE_LABEL[change]}` : `Open ${baseName(source.path)} here` }, c.text.trim());
  text.addEventListener('click', () => {
    if (window.getSelection()?.isCollapsed !== false) actions.reveal(source.path, c);
  });
  td.append(text);
  if (shorten) {
    text.classList.add('clamped');
    const more = el('button', { class: 'link more', attrs: { type: 'button' } }, 'Show all');
    more.addEventListener('click', () => {
      for (const t of td.closest('tr')?.querySelectorAll('.clamped') ?? []) t.classList.remove('clamped');
      for (const b of td.closest('tr')?.querySelectorAll('.more') ?? []) b.remove();
    });
    td.append(more);
  }
  return td;
}
