import { el } from './dom';

/**
 * Moves between the changes of a comparison (or the versions of a passage) with
 * n / p, j / k or Alt+↓ / Alt+↑, and opens the focused one in its editor with Enter.
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
  reset(noun: 'change' | 'version'): void {
    this.noun = noun;
    this.targets = [...this.root.querySelectorAll<HTMLElement>('[data-change]')];
    this.current = -1;
    this.updatePosition();
  }

  /** Buttons for the toolbar. */
  controls(): HTMLElement {
    const prev = el('button', { attrs: { type: 'button', 'aria-keyshortcuts': 'p Alt+ArrowUp' }, title: 'Previous (p, Alt+↑)' }, '↑ Previous');
    const next = el('button', { attrs: { type: 'button', 'aria-keyshortcuts': 'n Alt+ArrowDown' }, title: 'Next (n, Alt+↓)' }, 'Next ↓');
    prev.addEventListener('click', () => this.move(-1));
    next.addEventListener('click', () => this.move(1));
    return el('div', { class: 'nav', attrs: { role: 'group', 'aria-label': 'Go to change' } }, prev, next, this.position);
  }

  /** Focuses target `index` (scrolling it into view unless `scroll` is false). */
  select(index: number, scroll = true): void {
    if (index < 0 || index >= this.targets.length) return;
    this.targets[this.current]?.classList.remove('current');
    this.current = index;
    const t = this.targets[index];
    t.classList.add('current');
    t.focus({ preventScroll: true });
    if (scroll) t.scrollIntoView({ block: 'center' });
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
    if (t && (t.tagName === 'SELECT' || t.tagName === 'INPUT' || t.isContentEditable)) return;
    if (e.ctrlKey || e.metaKey) return;
    const key = e.key;
    if ((e.altKey && key === 'ArrowDown') || (!e.altKey && (key === 'n' || key === 'j'))) {
      this.move(1);
    } else if ((e.altKey && key === 'ArrowUp') || (!e.altKey && (key === 'p' || key === 'k'))) {
      this.move(-1);
    } else if (key === 'Enter' && t?.dataset.change !== undefined) {
      // Enter on a row opens its right side (or its only side) in the editor.
      const text = t.querySelector<HTMLElement>('.cell.right .text') ?? t.querySelector<HTMLElement>('.text');
      text?.click();
    } else {
      return;
    }
    e.preventDefault();
  }

  private updatePosition(): void {
    const n = this.targets.length;
    this.position.textContent =
      n === 0 ? `No ${this.noun}s` : this.current < 0 ? `${n} ${this.noun}s` : `${this.noun[0].toUpperCase()}${this.noun.slice(1)} ${this.current + 1} of ${n}`;
  }
}
