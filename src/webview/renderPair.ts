import type { CompareModel, PairView, PassageText, RowView } from '../shared/protocol';
import { diffSide } from './diffText';
import { baseName, el, percent } from './dom';

/** What a drawn view needs from the page around it. */
export interface ViewActions {
  reveal(path: string, span: PassageText): void;
  /** Scrolls to and focuses a navigation target by its element. */
  focusTarget(target: HTMLElement): void;
}

const KIND_LABEL: Record<RowView['kind'], string> = {
  same: 'Same',
  changed: 'Changed',
  omitted: 'Omitted',
  added: 'Added',
  moved: 'Moved',
};

/** The header line: how much of the right article is reused and how many rows of each kind. */
export function pairSummary(pair: PairView): HTMLElement {
  const c = pair.counts;
  return el(
    'p',
    { class: 'summary', attrs: { 'aria-label': 'Comparison summary' } },
    el('strong', { class: 'reused' }, `${percent(pair.reusedShare)} reused`),
    ` — share of ${baseName(pair.right)} also found in ${baseName(pair.left)}. `,
    ...(['changed', 'omitted', 'added', 'moved', 'same'] as const).flatMap((k) => [countChip(k, c[k]), ' ']),
  );
}

function countChip(kind: RowView['kind'], n: number): HTMLElement {
  return el('span', { class: `chip kind-${kind}` }, `${n} ${KIND_LABEL[kind].toLowerCase()}`);
}

/** With three or more sources: every other source against the base, one line each. */
export function overviewTable(model: CompareModel, shownRight: string, choose: (right: string) => void): HTMLElement {
  const body = el('tbody');
  for (const pair of model.pairs) {
    const button = el('button', { class: 'link', attrs: { type: 'button' } }, baseName(pair.right));
    button.title = pair.right;
    button.addEventListener('click', () => choose(pair.right));
    const current = pair.right === shownRight;
    body.append(
      el(
        'tr',
        { class: current ? 'current' : '', attrs: current ? { 'aria-current': 'true' } : {} },
        el('th', { attrs: { scope: 'row' } }, button),
        el('td', {}, percent(pair.reusedShare)),
        el('td', {}, String(pair.counts.changed)),
        el('td', {}, String(pair.counts.omitted)),
        el('td', {}, String(pair.counts.added)),
        el('td', {}, String(pair.counts.moved)),
      ),
    );
  }
  const head = el(
    'thead',
    {},
    el(
      'tr',
      {},
      ...['Source', 'Reused', 'Changed', 'Omitted', 'Added', 'Moved'].map((h) => el('th', { attrs: { scope: 'col' } }, h)),
    ),
  );
  const table = el('table', { class: 'overview' }, el('caption', {}, `Each source against ${baseName(model.base)}`), head, body);
  // The wrapper scrolls sideways on its own when the window is very narrow or zoomed in.
  return el('div', { class: 'overview-wrap', attrs: { role: 'region', 'aria-label': 'Sources', tabindex: '0' } }, table);
}

/**
 * The aligned rows of one comparison. Rows that are not "same" are navigation targets
 * (`data-change`); clicking a side's text reveals it in its editor.
 */
export function pairRows(pair: PairView, actions: ViewActions): HTMLElement {
  const grid = el('div', { class: 'grid', attrs: { role: 'table', 'aria-label': `${pair.left} against ${pair.right}` } });
  grid.append(
    el(
      'div',
      { class: 'grid-head', attrs: { role: 'row' } },
      el('div', { class: 'cell', attrs: { role: 'columnheader' }, title: pair.left }, baseName(pair.left)),
      el('div', { class: 'cell', attrs: { role: 'columnheader' }, title: pair.right }, baseName(pair.right)),
    ),
  );
  const rowEls: HTMLElement[] = [];
  let change = 0;
  pair.rows.forEach((row, i) => {
    const r = el('div', {
      class: `row kind-${row.kind}`,
      attrs: { role: 'row', tabindex: '-1', 'data-row': String(i), 'aria-label': rowLabel(row) },
    });
    if (row.kind !== 'same') r.dataset.change = String(change++);
    r.append(cell(row, 'left', pair.left, actions), cell(row, 'right', pair.right, actions));
    if (row.kind === 'moved' && row.right) r.querySelector('.cell.right')?.append(movedLink(row.right, pair, rowEls, actions));
    rowEls.push(r);
    grid.append(r);
  });
  return grid;
}

function cell(row: RowView, side: 'left' | 'right', path: string, actions: ViewActions): HTMLElement {
  const span = row[side];
  if (!span) {
    return el(
      'div',
      { class: `cell ${side} gap`, attrs: { role: 'cell' } },
      el('span', { class: 'gap-label' }, row.kind === 'omitted' ? `Left out of ${baseName(path)}` : `Not in ${baseName(path)}`),
    );
  }
  const text = el('div', { class: 'text', title: `Open ${baseName(path)} at line ${span.line}` });
  if (row.parts && (row.kind === 'changed' || row.kind === 'moved')) text.append(diffSide(row.parts, side));
  else text.append(span.text);
  text.addEventListener('click', (e) => {
    if (window.getSelection()?.isCollapsed !== false) actions.reveal(path, span);
    e.stopPropagation();
  });
  const meta = el('div', { class: 'meta' }, el('span', { class: 'line-no' }, `line ${span.line}`));
  if (row.kind !== 'same') {
    const score = row.kind === 'changed' || row.kind === 'moved' ? ` · ${percent(row.score)} similar` : '';
    meta.append(el('span', { class: `badge kind-${row.kind}` }, `${KIND_LABEL[row.kind]}${side === 'left' ? score : ''}`));
  }
  if (row.truncated && side === 'left') meta.append(el('span', { class: 'badge' }, 'coarse diff'));
  return el('div', { class: `cell ${side}`, attrs: { role: 'cell' } }, meta, text);
}

/** A moved passage links to the row after which it now sits in the right article. */
function movedLink(span: PassageText, pair: PairView, rowEls: readonly HTMLElement[], actions: ViewActions): HTMLElement {
  const link = el('button', { class: 'link moved-link', attrs: { type: 'button' } }, `Moved: now at line ${span.line} ↓`);
  link.title = `Show where this passage sits in ${baseName(pair.right)}`;
  link.addEventListener('click', (e) => {
    e.stopPropagation();
    // The nearest row (not itself moved) that comes before the passage in the right article.
    let best = -1;
    pair.rows.forEach((r, i) => {
      if (r.kind !== 'moved' && r.right && r.right.start <= span.start && (best < 0 || r.right.start > pair.rows[best].right!.start)) best = i;
    });
    const target = rowEls[best] ?? rowEls[0];
    if (target) {
      target.classList.add('flash');
      setTimeout(() => target.classList.remove('flash'), 1500);
      actions.focusTarget(target);
    }
  });
  return link;
}

function rowLabel(row: RowView): string {
  const l = row.left ? `left line ${row.left.line}` : 'nothing on the left';
  const r = row.right ? `right line ${row.right.line}` : 'nothing on the right';
  return `${KIND_LABEL[row.kind]}: ${l}, ${r}`;
}
