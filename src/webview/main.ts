/**
 * The comparison webview. It draws what the host sends (two articles in aligned rows, every
 * version of one passage, or one passage in a column per source), keeps the reader's place
 * with setState, and asks the host for anything else: another base, a passage, opening an
 * article at a passage, remembering the options.
 */
import { DEFAULT_OPTIONS } from '../shared/protocol';
import type { ColumnsModel, CompareModel, CompareOptions, HostMessage, PassageModel, ViewMode, ViewState } from '../shared/protocol';
import { clear, el } from './dom';
import { Navigator } from './navigation';
import { columnsTable } from './renderColumns';
import { overviewTable, pairRows, pairSummary } from './renderPair';
import type { ViewActions } from './renderPair';
import { passageVersions } from './renderPassage';
import { toolbar } from './toolbar';
import { host } from './vscodeApi';

const app = document.getElementById('app')!;
let model: CompareModel | undefined;
let passage: PassageModel | null | undefined;
let columns: ColumnsModel | null | undefined;
let options: CompareOptions = DEFAULT_OPTIONS;
let state: ViewState = host.getState() ?? { mode: 'pair' };
/** Scroll and focus to put back once, after the first draw that follows a reload. */
let restore: ViewState | undefined = host.getState();

const actions: ViewActions = {
  reveal: (path, span) => host.postMessage({ type: 'reveal', path, start: span.start, end: span.end }),
  focusTarget: (target) => nav.focusElement(target),
  expand: (row) => save({ expanded: [...(state.expanded ?? []), row] }),
};
const nav = new Navigator(app, (index) => save({ focus: index }));

function save(patch: Partial<ViewState>): void {
  state = { ...state, ...patch };
  host.setState(state);
}

/** A fresh view: no place, nothing expanded, the top of the page. */
const FRESH: Partial<ViewState> = { focus: undefined, scrollTop: 0, expanded: undefined };

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'showCompare': {
      if (model && model.session !== message.model.session) {
        // New sources: the old passage, place and scroll position mean nothing here.
        passage = undefined;
        columns = undefined;
        restore = undefined;
        state = { mode: 'pair' };
      }
      const baseChanged = model?.base !== message.model.base;
      model = message.model;
      options = message.options;
      const rights = model.pairs.map((p) => p.right);
      const right = !baseChanged && state.right && rights.includes(state.right) ? state.right : model.right || rights[0];
      save({ base: model.base, right });
      draw(true);
      return;
    }
    case 'showPassage':
      passage = message.passage;
      save({ mode: 'passage', passageId: passage?.id ?? state.passageId });
      draw(true);
      return;
    case 'showColumns':
      columns = message.columns;
      save({ mode: 'columns', passageId: columns?.id ?? state.passageId });
      draw(true);
      return;
    case 'options':
      options = message.options;
      draw(false);
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

/** Draws the view; `fresh` opens it on its first change, otherwise the scroll position is kept. */
function draw(fresh: boolean): void {
  if (!model) return;
  const keepScroll = window.scrollY;
  clear(app);
  app.append(toolbar(model, state, options, nav.controls(), {
    mode: (mode: ViewMode) => { save({ mode, ...FRESH }); draw(true); },
    base: (base) => { save({ ...FRESH, expanded: undefined }); host.postMessage({ type: 'selectBase', base }); },
    right: (right) => { save({ right, ...FRESH }); draw(true); },
    passage: (id) => {
      save({ passageId: id, ...FRESH });
      host.postMessage({ type: state.mode === 'columns' ? 'selectColumns' : 'selectPassage', id });
    },
    options: (o) => { options = o; host.postMessage({ type: 'setOptions', options: o }); draw(false); },
  }));
  const drawn = body(model);
  if (!drawn) return;
  nav.reset(state.mode === 'passage' ? 'version' : state.mode === 'columns' ? 'difference' : 'change');
  if (restore) {
    const r = restore;
    restore = undefined;
    if (r.focus !== undefined) nav.select(r.focus, 'none');
    window.scrollTo(0, r.scrollTop ?? 0);
  } else if (fresh && state.mode !== 'passage') {
    // Open on the first change worth reading: a reworded or moved passage before whole added or omitted ones.
    nav.select(nav.firstWhere((t) => t.matches('.kind-changed, .kind-moved, .crow')), 'nearest');
  } else if (!fresh) {
    window.scrollTo(0, keepScroll);
  }
  host.postMessage({ type: 'rendered', view: state.mode, left: drawn.left, right: drawn.right, rows: drawn.rows });
}

/** Draws the body for the mode; undefined when it waits for the host. */
function body(m: CompareModel): { rows: number; left: string | null; right: string | null } | undefined {
  if (state.mode === 'passage' || state.mode === 'columns') {
    const wanted = state.passageId ?? m.passages[0]?.id;
    const shown = state.mode === 'passage' ? passage : columns;
    if (m.passages.length === 0) {
      app.append(el('p', { class: 'status' }, 'The compared sources share no reused passage.'));
    } else if (shown === undefined || (shown !== null && shown.id !== wanted)) {
      app.append(el('p', { class: 'status', attrs: { role: 'status' } }, 'Loading the passage…'));
      host.postMessage({ type: state.mode === 'passage' ? 'selectPassage' : 'selectColumns', id: wanted! });
      return undefined;
    } else if (shown === null) {
      app.append(el('p', { class: 'status' }, 'This passage is no longer found in the sources.'));
    } else if (state.mode === 'passage') {
      app.append(passageVersions(shown as PassageModel, actions, options));
      return { rows: (shown as PassageModel).versions.length, left: null, right: null };
    } else {
      app.append(columnsTable(shown as ColumnsModel, actions, options));
      return { rows: (shown as ColumnsModel).rows.length, left: null, right: null };
    }
    return { rows: 0, left: null, right: null };
  }
  const pair = m.pairs.find((p) => p.right === state.right) ?? m.pairs[0];
  if (!pair) {
    app.append(el('p', { class: 'status', attrs: { role: 'status' } }, 'No sources to compare.'));
    return undefined;
  }
  if (m.pairs.length > 1) app.append(overviewTable(m, pair.right, options, (r) => { save({ right: r, ...FRESH }); draw(true); }));
  app.append(pairSummary(pair, options), pairRows(pair, m.sources, actions, options, new Set(state.expanded ?? [])));
  return { rows: pair.rows.length, left: pair.left, right: pair.right };
}

host.postMessage({ type: 'ready', restore: restore ?? null });
