import { el } from './dom';

/**
 * Moves between the changes of a comparison (or the versions of a passage, or the rows of
 * an N-way view that differ) with n / p, j / k or Alt+↓ / Alt+↑, and opens the current one in
 * its editor with Enter. Targets are real boxes (rows are grids, not `display: contents`),
 * so each can be scrolled to and holds the keyboard focus.
 */
export class Navigator {
  private targets: HTMLElement[] = [];
  private current = -1;
  private noun = 'change';
  private readonly position = el('span', { class: 'position', attrs: { 'aria-live': 'polite' } });

  constructor(
    private readonly root: HTMLElement,
    private readonly onMove: (index: number) => void,
  ) {
    document.addEventListener('keydown', (e) => this.onKey(e));
    root.addEventListener('click', (e) => {
      const target = (e.target as Element | null)?.closest<HTMLElement>('[data-change]');
      if (target) this.select(this.targets.indexOf(target), false);
    });
  }

  /** Re-reads the targets after a draw. */
  reset(noun: 'change' | 'version' | 'difference'): void {
    this.noun = noun;
    this.targets = [...this.root.querySelectorAll<HTMLElement>('[data-change]')];
    this.current = -1;
    this.updatePosition();
  }

  /** Index of the first target that `wanted` accepts, else of the first target (-1: none). */
  firstWhere(wanted: (target: HTMLElement) => boolean): number {
    const i = this.targets.findIndex(wanted);
    return i >= 0 ? i : this.targets.length > 0 ? 0 : -1;
  }

  /** Buttons for the toolbar. */
  controls(): HTMLElement {
    const prev = el('button', { attrs: { type: 'button', 'aria-keyshortcuts': 'p Alt+ArrowUp' }, title: 'Previous (p, Alt+↑)' }, '↑ Previous');
    const next = el('button', { attrs: { type: 'button', 'aria-keyshortcuts': 'n Alt+ArrowDown' }, title: 'Next (n, Alt+↓)' }, 'Next ↓');
    prev.addEventListener('click', () => this.move(-1));
    next.addEventListener('click', () => this.move(1));
    return el('div', { class: 'nav', attrs: { role: 'group', 'aria-label': 'Go to change' } }, prev, next, this.position);
  }

  /**
   * Makes target `index` the current one and gives it the focus. `scroll`: 'center' puts it in
   * the middle of the view (moving with n / p), 'nearest' scrolls only if it is out of view
   * (opening a comparison), 'none' leaves the scroll position alone.
   */
  select(index: number, scroll: 'center' | 'nearest' | 'none' | boolean = 'center'): void {
    if (index < 0 || index >= this.targets.length) return;
    const how = scroll === true ? 'center' : scroll === false ? 'none' : scroll;
    this.targets[this.current]?.classList.remove('current');
    this.current = index;
    const t = this.targets[index];
    t.classList.add('current');
    t.focus({ preventScroll: true });
    // A row taller than most of the window is read from its top, not centred past it.
    const tall = t.getBoundingClientRect().height > window.innerHeight * 0.7;
    if (how !== 'none') t.scrollIntoView({ block: tall ? 'start' : how });
    this.updatePosition();
    this.onMove(index);
  }

  /** Focuses any element; when it is a target, it becomes the current one. */
  focusElement(element: HTMLElement): void {
    const i = this.targets.indexOf(element);
    if (i >= 0) this.select(i);
    else {
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'center' });
    }
  }

  private move(delta: number): void {
    if (this.targets.length === 0) return;
    const from = this.current < 0 ? (delta > 0 ? -1 : this.targets.length) : this.current;
    this.select(Math.max(0, Math.min(this.targets.length - 1, from + delta)));
  }

  private onKey(e: KeyboardEvent): void {
    const t = e.target as HTMLElement | null;
    // Keys belong to lists and text fields; a checkbox (an option just ticked) lets them through.
    if (t && (t.tagName === 'SELECT' || (t instanceof HTMLInputElement && t.type !== 'checkbox') || t.isContentEditable)) return;
    if (e.ctrlKey || e.metaKey) return;
    const key = e.key;
    if ((e.altKey && key === 'ArrowDown') || (!e.altKey && (key === 'n' || key === 'j'))) {
      this.move(1);
    } else if ((e.altKey && key === 'ArrowUp') || (!e.altKey && (key === 'p' || key === 'k'))) {
      this.move(-1);
    } else if (key === 'Enter' && t?.dataset.change !== undefined) {
      // Enter on a target opens the passage it marks as primary (a row's right side, say).
      const text = t.querySelector<HTMLElement>('[data-primary]') ?? t.querySelector<HTMLElement>('.text');
      text?.click();
    } else {
      return;
    }
    e.preventDefault();
  }

  private updatePosition(): void {
    const n = this.targets.length;
    const plural = `${this.noun}s`;
    this.position.textContent =
      n === 0 ? `No ${plural}` : this.current < 0 ? `${n} ${plural}` : `${this.noun[0].toUpperCase()}${this.noun.slice(1)} ${this.current + 1} of ${n}`;
  }
}
