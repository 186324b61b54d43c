/**
 * The comparison webview. It draws what the host sends (two articles in aligned rows, or
 * every version of one passage), keeps the reader's place with setState, and asks the host
 * for anything else: another base, a passage's versions, opening an article at a passage.
 */
import type { CompareModel, HostMessage, PassageModel, PassageText, ViewState } from '../shared/protocol';
import { baseName, clear, el } from './dom';
import { Navigator } from './navigation';
import { overviewTable, pairRows, pairSummary } from './renderPair';
import type { ViewActions } from './renderPair';
import { passagePicker, passageVersions } from './renderPassage';
import { host } from './vscodeApi';

const app = document.getElementById('app')!;
let model: CompareModel | undefined;
let passage: PassageModel | null | undefined;
let state: ViewState = host.getState() ?? { mode: 'pair' };
/** Scroll and focus to put back once, after the first draw that follows a reload. */
let restore: ViewState | undefined = host.getState();

const actions: ViewActions = {
  reveal: (path: string, span: PassageText) => host.postMessage({ type: 'reveal', path, start: span.start, end: span.end }),
  focusTarget: (target) => nav.focusElement(target),
};
const nav = new Navigator(app, (index) => save({ focus: index }));

function save(patch: Partial<ViewState>): void {
  state = { ...state, ...patch };
  host.setState(state);
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'showCompare': {
      if (model && model.session !== message.model.session) {
        // New sources: the old passage, place and scroll position mean nothing here.
        passage = undefined;
        restore = undefined;
        state = { mode: 'pair' };
      }
      model = message.model;
      const rights = model.pairs.map((p) => p.right);
      save({ base: model.base, right: state.right && rights.includes(state.right) ? state.right : rights[0] });
      draw();
      return;
    }
    case 'showPassage':
      passage = message.passage;
      save({ mode: 'passage', passageId: passage?.id });
      draw();
      return;
    case 'showError':
      clear(app);
      app.append(el('p', { class: 'status error', attrs: { role: 'alert' } }, message.message));
      return;
    default: {
      const unexpected: never = message;
      console.warn('Reprint Lens: unexpected message', unexpected);
    }
  }
});

window.addEventListener(
  'scroll',
  () => {
    if (!restore) save({ scrollTop: Math.round(window.scrollY) });
  },
  { passive: true },
);

function draw(): void {
  if (!model) return;
  clear(app);
  app.append(toolbar(model));
  let rows = 0;
  let left: string | null = null;
  let right: string | null = null;
  if (state.mode === 'passage') {
    if (model.passages.length === 0) {
      app.append(el('p', { class: 'status' }, 'The compared sources share no reused passage.'));
    } else if (passage === undefined || passage?.id !== state.passageId) {
      app.append(el('p', { class: 'status', attrs: { role: 'status' } }, 'Loading the passage…'));
      host.postMessage({ type: 'selectPassage', id: state.passageId ?? model.passages[0].id });
      return;
    } else if (passage === null) {
      app.append(el('p', { class: 'status' }, 'This passage is no longer found in the sources.'));
    } else {
      app.append(passageVersions(passage, actions));
      rows = passage.versions.length;
    }
  } else {
    const pair = model.pairs.find((p) => p.right === state.right) ?? model.pairs[0];
    if (!pair) {
      app.append(el('p', { class: 'status', attrs: { role: 'status' } }, 'No sources to compare.'));
      return;
    }
    if (model.pairs.length > 1) app.append(overviewTable(model, pair.right, (r) => { save({ right: r, focus: undefined }); draw(); }));
    app.append(pairSummary(pair), pairRows(pair, actions));
    rows = pair.rows.length;
    left = pair.left;
    right = pair.right;
  }
  nav.reset(state.mode === 'passage' ? 'version' : 'change');
  if (restore) {
    const r = restore;
    restore = undefined;
    if (r.focus !== undefined) nav.select(r.focus, false);
    window.scrollTo(0, r.scrollTop ?? 0);
  }
  host.postMessage({ type: 'rendered', view: state.mode, left, right, rows });
}

function toolbar(m: CompareModel): HTMLElement {
  const bar = el('header', { class: 'toolbar' });
  const modes = el('div', { class: 'segmented', attrs: { role: 'group', 'aria-label': 'View' } });
  for (const [mode, label] of [['pair', 'Side by side'], ['passage', 'Reused passages']] as const) {
    const b = el('button', { attrs: { type: 'button', 'aria-pressed': String(state.mode === mode) } }, label);
    b.addEventListener('click', () => {
      if (state.mode === mode) return;
      save({ mode, focus: undefined, scrollTop: 0 });
      draw();
    });
    modes.append(b);
  }
  bar.append(modes);

  const base = el('select', { attrs: { id: 'base-select' } });
  for (const s of m.sources) {
    const option = new Option(s.date ? `${baseName(s.path)} (${s.date})` : baseName(s.path), s.path);
    option.title = s.title;
    option.selected = s.path === m.base;
    base.append(option);
  }
  base.addEventListener('change', () => {
    save({ focus: undefined, scrollTop: 0 });
    host.postMessage({ type: 'selectBase', base: base.value });
  });
  bar.append(el('label', { class: 'field' }, el('span', {}, 'Base'), base));

  if (state.mode === 'pair' && m.pairs.length > 1) {
    const against = el('select', { attrs: { id: 'against-select' } });
    for (const p of m.pairs) {
      const option = new Option(baseName(p.right), p.right);
      option.selected = p.right === state.right;
      against.append(option);
    }
    against.addEventListener('change', () => {
      save({ right: against.value, focus: undefined, scrollTop: 0 });
      draw();
    });
    bar.append(el('label', { class: 'field' }, el('span', {}, 'Against'), against));
  }
  if (state.mode === 'passage' && m.passages.length > 0) {
    bar.append(
      passagePicker(m, state.passageId, (id) => {
        save({ passageId: id, focus: undefined, scrollTop: 0 });
        host.postMessage({ type: 'selectPassage', id });
      }),
    );
  }
  bar.append(nav.controls());
  if (m.skipped.length > 0) {
    bar.append(el('p', { class: 'skipped', attrs: { role: 'note' } }, `Left out: ${m.skipped.join('; ')}`));
  }
  return bar;
}

host.postMessage({ type: 'ready', restore: restore ?? null });
