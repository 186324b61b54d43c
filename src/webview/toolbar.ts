import { isolateBidi } from '../core/report/bidi';
import type { CompareModel, CompareOptions, SourceSummary, ViewMode, ViewState } from '../shared/protocol';
import { baseName, el } from './dom';
import { passagePicker } from './renderPassage';

/** What the toolbar changes; main.ts carries it out. */
export interface ToolbarActions {
  mode(mode: ViewMode): void;
  base(path: string): void;
  right(path: string): void;
  passage(id: string): void;
  options(options: CompareOptions): void;
}

const TITLE_CHARS = 48;

const OPTION_LABELS: ReadonlyArray<readonly [keyof CompareOptions, string, string]> = [
  ['ignoreCase', 'Ignore case', 'Do not mark changes of letter case or typography (quote, dash and space styles)'],
  ['ignorePunctuation', 'Ignore punctuation', 'Do not mark changes of punctuation; rows that differ only so count as unchanged'],
  ['onlyChanges', 'Only changes', 'Fold every run of unchanged rows'],
  ['collapseUnchanged', 'Collapse unchanged', 'Fold long runs of unchanged rows and shorten long added or omitted passages'],
];

/** The view's toolbar: mode, base and other source, passage, navigation and options. */
export function toolbar(m: CompareModel, state: ViewState, options: CompareOptions, nav: HTMLElement, act: ToolbarActions): HTMLElement {
  const bar = el('header', { class: 'toolbar' });
  const modes = el('div', { class: 'segmented', attrs: { role: 'group', 'aria-label': 'View' } });
  const available: Array<[ViewMode, string]> = [['pair', 'Side by side'], ['passage', 'Reused passages']];
  if (m.sources.length >= 3) available.push(['columns', 'Columns']);
  for (const [mode, label] of available) {
    const b = el('button', { attrs: { type: 'button', 'aria-pressed': String(state.mode === mode) } }, label);
    if (mode === 'columns') b.title = 'A reused passage in a column per source, lined up';
    b.addEventListener('click', () => state.mode !== mode && act.mode(mode));
    modes.append(b);
  }
  bar.append(modes);

  const base = sourceSelect('base-select', m.sources, m.base);
  base.addEventListener('change', () => act.base(base.value));
  bar.append(el('label', { class: 'field' }, el('span', {}, 'Base'), base));
  if (state.mode === 'pair' && m.pairs.length > 1) {
    const against = sourceSelect('against-select', m.sources.filter((s) => s.path !== m.base), state.right ?? m.right);
    against.addEventListener('change', () => act.right(against.value));
    bar.append(el('label', { class: 'field' }, el('span', {}, 'Against'), against));
  }
  if (state.mode !== 'pair' && m.passages.length > 0) bar.append(passagePicker(m, state.passageId, act.passage));
  bar.append(nav, optionsGroup(options, act.options));
  if (m.skipped.length > 0) bar.append(el('p', { class: 'skipped', attrs: { role: 'note' } }, `Left out: ${m.skipped.join('; ')}`));
  return bar;
}

/** A list of sources, each named by file and title (the file names of a corpus are often hashes). */
function sourceSelect(id: string, sources: readonly SourceSummary[], selected: string): HTMLSelectElement {
  const select = el('select', { attrs: { id } });
  for (const s of sources) {
    const title = isolateBidi(s.title.length > TITLE_CHARS ? `${s.title.slice(0, TITLE_CHARS - 1)}…` : s.title);
    const label = [baseName(s.path), title, s.date ? `(${s.date})` : ''].filter(Boolean).join(' — ');
    const option = new Option(label, s.path);
    option.title = [s.path, s.title, s.date].filter(Boolean).map((t) => isolateBidi(t!)).join(' — ');
    option.selected = s.path === selected;
    select.append(option);
  }
  return select;
}

function optionsGroup(options: CompareOptions, change: (o: CompareOptions) => void): HTMLElement {
  const group = el('div', { class: 'options', attrs: { role: 'group', 'aria-label': 'Comparison options' } });
  for (const [key, label, tip] of OPTION_LABELS) {
    const box = el('input', { attrs: { type: 'checkbox', id: `option-${key}` } });
    box.checked = options[key];
    box.addEventListener('change', () => change({ ...options, [key]: box.checked }));
    group.append(el('label', { class: 'option', title: tip }, box, el('span', {}, label)));
  }
  return group;
}
