import { isolateBidi } from '../core/report/bidi';
import type { CompareModel, CompareOptions, PassageModel } from '../shared/protocol';
import { diffInline } from './diffText';
import { baseName, el, percent } from './dom';
import { lineLabel } from './folds';
import type { ViewActions } from './renderPair';

/** A list to choose one reused passage of the compared sources. */
export function passagePicker(model: CompareModel, selected: string | undefined, choose: (id: string) => void): HTMLElement {
  const select = el('select', { attrs: { id: 'passage-select' } });
  for (const p of model.passages) {
    const kind = p.kind === 'quote' ? 'Quote' : 'Passage';
    const option = new Option(`${kind} in ${p.sources} sources: ${isolateBidi(p.preview)} — ${baseName(p.originPath)}:${p.originLine}`, p.id);
    option.selected = p.id === selected;
    select.append(option);
  }
  select.addEventListener('change', () => choose(select.value));
  return el('label', { class: 'field wide' }, el('span', {}, 'Reused passage'), select);
}

function firstByTitle(passage: PassageModel): string {
  return passage.firstBy === 'date' ? 'Decided by the date in the articles\' front matter' : 'Decided by natural path order (no earlier date given)';
}

/** Every version of one passage, stacked, each marked against the first appearance. */
export function passageVersions(passage: PassageModel, actions: ViewActions, options: CompareOptions): HTMLElement {
  const list = el('div', { class: 'versions', attrs: { role: 'list', 'aria-label': 'Versions of the passage' } });
  passage.versions.forEach((v, i) => {
    const heading = el(
      'div',
      { class: 'meta' },
      el('strong', { title: v.path }, baseName(v.path)),
      el('span', { class: 'line-no' }, lineLabel(v.passage)),
      v.isOrigin
        ? el('span', { class: 'badge kind-origin', title: firstByTitle(passage) }, `First appearance${passage.firstBy === 'date' ? ' (by date)' : passage.firstBy === 'path' ? ' (by path order)' : ''}`)
        : el('span', { class: 'badge kind-changed' }, `${percent(v.score)} similar to the first`),
      v.repeat && el('span', { class: 'badge', title: 'A further appearance in the same article: a repeat, not reuse between sources' }, 'repeat'),
      v.truncated && el('span', { class: 'badge' }, 'coarse diff'),
    );
    const why = v.why ? el('div', { class: 'why' }, v.why) : null;
    const text = el('div', { class: 'text', title: `Open ${baseName(v.path)} at ${lineLabel(v.passage)}` }, diffInline(v.parts, options));
    text.addEventListener('click', () => {
      if (window.getSelection()?.isCollapsed !== false) actions.reveal(v.path, v.passage);
    });
    list.append(
      el(
        'article',
        {
          class: `version${v.isOrigin ? ' origin' : ''}`,
          attrs: { role: 'listitem', tabindex: '-1', 'data-change': String(i), 'aria-label': `${v.path}, ${lineLabel(v.passage)}` },
        },
        heading,
        why,
        text,
      ),
    );
  });
  return list;
}
