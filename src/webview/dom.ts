/** Small DOM helpers. Text always goes in through text nodes, never through HTML strings. */
import { isolateBidi } from '../core/report/bidi';

type Child = Node | string | null | undefined | false;

/** Creates an element with classes, attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; attrs?: Record<string, string>; title?: string } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

/** Removes every child of `node`. */
export function clear(node: Element): void {
  node.replaceChildren();
}

/** A percentage for people: 0.624 -> "62%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The file name of a workspace path, its bidi controls kept inside it (it is set among our own words). */
export function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return isolateBidi(i >= 0 ? path.slice(i + 1) : path);
}
