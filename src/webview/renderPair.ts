import { isolateBidi } from '../core/report/bidi';
import type { CompareModel, CompareOptions, PairView, PassageText, RowView, SourceSummary } from '../shared/protocol';
import { diffSide } from './diffText';
import { countKinds, showsPart, shownKind } from './display';
import { baseName, el, percent } from './dom';
import { foldBar, shortened } from './foldControls';
import { foldsFor, isLong, lineLabel } from './folds';

/** What a drawn view needs from the page around it. */
export interface ViewActions {
  /** Opens the article at `path` with the span selected. */
  reveal(path: string, span: { readonly start: number; readonly end: number }): void;
  /** Scrolls to and focuses a navigation target by its element. */
  focusTarget(target: HTMLElement): void;
  /** The reader opened a fold or a shortened passage (by its first row), to keep it open on the next draw. */
  expand(row: number): void;
}

const KIND_LABEL: Record<RowView['kind'], string> = {
  same: 'Same',
  changed: 'Changed',
  omitted: 'Omitted',
  added: 'Added',
  moved: 'Moved',
};

/** The header line: how much of the right article is reused and how many rows of each kind. */
export function pairSummary(pair: PairView, options: CompareOptions): HTMLElement {
  const c = countKinds(pair.rows, options);
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
export function overviewTable(model: CompareModel, shownRight: string, options: CompareOptions, choose: (right: string) => void): HTMLElement {
  const body = el('tbody');
  for (const pair of model.pairs) {
    const button = el('button', { class: 'link', attrs: { type: 'button' } }, baseName(pair.right));
    button.title = sourceTooltip(model.sources, pair.right);
    button.addEventListener('click', () => choose(pair.right));
    const current = pair.right === shownRight;
    const c = countKinds(pair.rows, options);
    body.append(
      el(
        'tr',
        { class: current ? 'current' : '', attrs: current ? { 'aria-current': 'true' } : {} },
        el('th', { attrs: { scope: 'row' } }, button),
        el('td', {}, percent(pair.reusedShare)),
        ...[c.changed, c.omitted, c.added, c.moved].map((n) => el('td', {}, String(n))),
      ),
    );
  }
  const head = el(
    'thead',
    {},
    el('tr', {}, ...['Source', 'Reused', 'Changed', 'Omitted', 'Added', 'Moved'].map((h) => el('th', { attrs: { scope: 'col' } }, h))),
  );
  const table = el('table', { class: 'overview' }, el('caption', {}, `Each source against ${baseName(model.base)}`), head, body);
  // The wrapper scrolls sideways on its own when the window is very narrow or zoomed in.
  return el('div', { class: 'overview-wrap', attrs: { role: 'region', 'aria-label': 'Sources', tabindex: '0' } }, table);
}

/** "path — title (date)" for tooltips. */
export function sourceTooltip(sources: readonly SourceSummary[], path: string): string {
  const s = sources.find((x) => x.path === path);
  return [s?.path ?? path, s?.title, s?.date].filter(Boolean).map((t) => isolateBidi(t!)).join(' — ');
}

/**
 * The aligned rows of one comparison, each row a grid of its own, so it has a box to scroll
 * to and to focus. Rows shown as changes are navigation targets (`data-change`); clicking a
 * side's text reveals it in its editor. Runs of unchanged rows fold and long added or omitted
 * passages are shortened, as the options say, each with a control to open it.
 */
export function pairRows(
  pair: PairView, sources: readonly SourceSummary[], actions: ViewActions, options: CompareOptions, expanded: ReadonlySet<number>,
): HTMLElement {
  const grid = el('div', { class: 'grid', attrs: { role: 'table', 'aria-label': `${pair.left} against ${pair.right}` } });
  grid.append(el('div', { class: 'grid-head', attrs: { role: 'row' } }, columnHeader(sources, pair.left), columnHeader(sources, pair.right)));
  const kinds = pair.rows.map((r) => shownKind(r, options));
  const folds = foldsFor(kinds, options, expanded);
  const rowEls: HTMLElement[] = [];
  let change = 0;
  pair.rows.forEach((row, i) => {
    const kind = kinds[i];
    const r = el('div', {
      class: `row kind-${kind}`,
      attrs: { role: 'row', tabindex: '-1', 'data-row': String(i), 'aria-label': rowLabel(row, kind) },
    });
    if (kind !== 'same') r.dataset.change = String(change++);
    const shorten = options.collapseUnchanged && (kind === 'added' || kind === 'omitted') && isLong(row.left ?? row.right) && !expanded.has(i);
    r.append(cell(row, kind, 'left', pair.left, actions, options), cell(row, kind, 'right', pair.right, actions, options));
    if (shorten) shortened(r, row, i, actions);
    if (kind === 'moved' && row.right) r.querySelector('.cell.right')?.append(movedLink(row.right, pair, rowEls, actions));
    const fold = folds.find((f) => f.from <= i && i < f.to);
    if (fold) {
      r.hidden = true;
      if (fold.from === i) grid.append(foldBar(pair, fold.from, fold.to, actions));
    }
    rowEls.push(r);
    grid.append(r);
  });
  return grid;
}

function columnHeader(sources: readonly SourceSummary[], path: string): HTMLElement {
  const title = sources.find((s) => s.path === path)?.title;
  return el(
    'div',
    { class: 'cell', attrs: { role: 'columnheader' }, title: sourceTooltip(sources, path) },
    el('span', { class: 'name' }, baseName(path)),
    title ? el('span', { class: 'title' }, isolateBidi(title)) : null,
  );
}

function cell(row: RowView, kind: RowView['kind'], side: 'left' | 'right', path: string, actions: ViewActions, options: CompareOptions): HTMLElement {
  const span = row[side];
  if (!span) {
    return el(
      'div',
      { class: `cell ${side} gap`, attrs: { role: 'cell' } },
      el('span', { class: 'gap-label' }, row.kind === 'omitted' ? `Left out of ${baseName(path)}` : `Not in ${baseName(path)}`),
    );
  }
  const text = el('div', { class: 'text', title: `Open ${baseName(path)} at ${lineLabel(span)}` });
  if (row.parts && row.parts.some((p) => showsPart(p, options))) text.append(diffSide(row.parts, side, options));
  else text.append(span.text);
  text.addEventListener('click', (e) => {
    if (window.getSelection()?.isCollapsed !== false) actions.reveal(path, span);
    e.stopPropagation();
  });
  const meta = el('div', { class: 'meta' }, el('span', { class: 'line-no' }, lineLabel(span)));
  if (kind !== 'same') {
    const score = kind === 'changed' || kind === 'moved' ? ` · ${percent(row.score)} similar` : '';
    meta.append(el('span', { class: `badge kind-${kind}` }, `${KIND_LABEL[kind]}${side === 'left' ? score : ''}`));
  }
  if (row.truncated && side === 'left') meta.append(el('span', { class: 'badge' }, 'coarse diff'));
  const c = el('div', { class: `cell ${side}`, attrs: { role: 'cell' } }, meta, text);
  // Enter on a row opens its right side, or its only side.
  if (side === 'right' || !row.right) text.dataset.primary = '';
  return c;
}

/** A moved passage links to the row after which it now sits in the right article. */
function movedLink(span: PassageText, pair: PairView, rowEls: readonly HTMLElement[], actions: ViewActions): HTMLElement {
  const link = el('button', { class: 'link moved-link', attrs: { type: 'button' } }, `Moved: now at ${lineLabel(span)} ↓`);
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
      if (target.hidden) openFoldAround(target);
      target.classList.add('flash');
      setTimeout(() => target.classList.remove('flash'), 1500);
      actions.focusTarget(target);
    }
  });
  return link;
}

/** Opens the fold that hides `row`. */
function openFoldAround(row: HTMLElement): void {
  let s = row.previousElementSibling;
  while (s && !s.classList.contains('fold')) s = s.previousElementSibling;
  s?.querySelector('button')?.click();
}

function rowLabel(row: RowView, kind: RowView['kind']): string {
  const l = row.left ? `left ${lineLabel(row.left)}` : 'nothing on the left';
  const r = row.right ? `right ${lineLabel(row.right)}` : 'nothing on the right';
  return `${KIND_LABEL[kind]}: ${l}, ${r}`;
}
