// Browser-side checks, kept as plain JavaScript text (a transpiled function would carry tsx's
// helper calls, which do not exist in the page), and what the tests make of their answers.
import * as assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { FILES } from './corpus';

/** What an audit of part of a page found. */
export interface Audit {
  /** How many elements matched the root selector. */
  readonly roots: number;
  /** Elements that can run, load, submit or link, by tag, counted. */
  readonly tags: Record<string, number>;
  /** Event-handler attributes (tag[onerror]). */
  readonly handlers: string[];
  /** Attributes that load or navigate and point at a script, command, the loopback beacon or a CSS url(). */
  readonly urls: { readonly tag: string; readonly attr: string; readonly value: string }[];
  /** Every link's target (data-href, as VS Code's Markdown renders them, else href; '' for none). */
  readonly links: string[];
  /** The visible text, and all text (textContent, folded rows included). */
  readonly text: string;
  readonly allText: string;
  /** Codicons drawn from `$(flame)` in article text or names. */
  readonly flames: number;
}

const AUDIT_SOURCE = `function (rootSelector) {
  const roots = [...document.querySelectorAll(rootSelector)];
  const risky = ['script', 'img', 'image', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'style', 'svg', 'base',
    'video', 'audio', 'source', 'textarea', 'title', 'noscript', 'template', 'a', 'math', 'marquee', 'b', 'strong', 'em', 'code', 'blockquote', 'del', 'ins'];
  const loading = ['href', 'src', 'srcset', 'action', 'formaction', 'style', 'background', 'poster', 'data', 'xlink:href', 'http-equiv', 'content', 'data-href'];
  const tags = {};
  const handlers = [];
  const urls = [];
  const links = [];
  let flames = 0;
  for (const root of roots) {
    for (const e of root.querySelectorAll('*')) {
      const t = e.tagName.toLowerCase();
      if (risky.includes(t)) tags[t] = (tags[t] || 0) + 1;
      if (e.classList.contains('codicon-flame')) flames++;
      for (const a of e.attributes) {
        if (/^on/i.test(a.name)) handlers.push(t + '[' + a.name + ']');
        if (loading.includes(a.name.toLowerCase()) && /javascript:|command:|127\\.0\\.0\\.1|url\\(/i.test(a.value)) urls.push({ tag: t, attr: a.name, value: a.value });
      }
      if (t === 'a') links.push(e.getAttribute('data-href') || e.getAttribute('href') || '');
    }
  }
  return {
    roots: roots.length, tags, handlers, urls, links, flames,
    text: roots.map((r) => r.innerText).join('\\n'),
    allText: roots.map((r) => r.textContent).join('\\n'),
  };
}`;

/** Audits the elements matching `rootSelector` in a page or frame. */
export async function audit(where: Page | Frame, rootSelector: string): Promise<Audit> {
  return (await where.evaluate(`(${AUDIT_SOURCE})(${JSON.stringify(rootSelector)})`)) as Audit;
}

/**
 * Fails unless the audited part holds no element that runs, loads or links beyond `allowed`
 * (tags the surface draws itself, such as the `a` of a tree label), no event handler, no
 * loading attribute aimed at a script, command or the beacon, and no link but `linkOk` allows.
 */
export function assertInert(a: Audit, where: string, allowed: readonly string[] = [], linkOk: (target: string) => boolean = (t) => t === ''): void {
  assert.ok(a.roots > 0, `${where}: nothing to audit`);
  const extra = Object.keys(a.tags).filter((t) => !allowed.includes(t));
  assert.deepEqual(extra, [], `${where}: article text became elements ${JSON.stringify(a.tags)}`);
  assert.deepEqual(a.handlers, [], `${where}: event handlers`);
  const badLinks = a.links.filter((l) => !linkOk(l));
  assert.deepEqual(badLinks, [], `${where}: links made from article text`);
  const badUrls = a.urls.filter((u) => !(u.tag === 'a' && (u.attr === 'data-href' || u.attr === 'href') && linkOk(u.value)));
  assert.deepEqual(badUrls, [], `${where}: attributes that load or navigate`);
  assert.equal(a.flames, 0, `${where}: "$(flame)" in article text or a name was drawn as an icon`);
}

/** Whether `target` is a link the extension makes itself: its open command, with the path of an article. */
export function isOwnOpenLink(target: string): boolean {
  const prefix = 'command:reprintLens.openAppearance?';
  if (!target.startsWith(prefix)) return false;
  try {
    const args = JSON.parse(decodeURIComponent(target.slice(prefix.length))) as unknown[];
    return typeof args[0] === 'string' && Object.values(FILES).includes(args[0] as never) && typeof args[1] === 'number';
  } catch {
    return false;
  }
}

const ORDER_SOURCE = `function (rootSelector, near, marker) {
  for (const root of document.querySelectorAll(rootSelector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
    const flat = text.replace(/\\u00a0/g, ' ');
    const a = flat.indexOf(near);
    if (a < 0) continue;
    const b = flat.indexOf(marker, a + near.length);
    if (b < 0) continue;
    const locate = (offset) => { let i = nodes.length - 1; while (i > 0 && nodes[i][1] > offset) i--; return [nodes[i][0], offset - nodes[i][1]]; };
    const boxes = [];
    for (let k = b; k < b + marker.length; k++) {
      const r = document.createRange();
      r.setStart(...locate(k));
      r.setEnd(...locate(k + 1));
      const box = r.getBoundingClientRect();
      boxes.push([Math.round(box.left), Math.round(box.top), Math.round(box.width)]);
    }
    let pairs = 0;
    let reversed = 0;
    for (let k = 1; k < boxes.length; k++) {
      const [x0, y0, w0] = boxes[k - 1];
      const [x1, y1, w1] = boxes[k];
      if (!w0 || !w1 || Math.abs(y1 - y0) > 3) continue;
      pairs++;
      if (x1 < x0) reversed++;
    }
    return { pairs, reversed, boxes };
  }
  return null;
}`;

/**
 * Checks that our own words after a name still read left to right: in the first element
 * matching `rootSelector` whose text has `near` followed by `marker`, each character of
 * `marker` must sit to the right of the one before. An unisolated U+202E in the name would
 * reverse them ("5 enil ,").
 */
export async function assertReadingOrder(where: Page | Frame, rootSelector: string, near: string, marker: string, what: string): Promise<void> {
  const r = (await where.evaluate(`(${ORDER_SOURCE})(${JSON.stringify(rootSelector)}, ${JSON.stringify(near)}, ${JSON.stringify(marker)})`)) as
    { pairs: number; reversed: number; boxes: number[][] } | null;
  assert.ok(r, `${what}: "${marker}" after "${near}" not found in ${rootSelector}`);
  assert.ok(r.pairs >= 2, `${what}: "${marker}" is not on screen (${JSON.stringify(r.boxes)})`);
  assert.equal(r.reversed, 0, `${what}: "${marker}" after the name ${JSON.stringify(near)} is drawn right to left: the name's U+202E runs on (${JSON.stringify(r.boxes)})`);
}
