/**
 * Text on its way to a terminal. Article text and file names are untrusted: an escape
 * sequence in them could retitle the window, hide or rewrite lines, or plant a link, and a
 * bidi override (U+202E) reorders what follows it on screen ("Trojan Source"). Such
 * characters are shown as visible escapes instead (`\x1B`, `\u202E`); JSON output keeps
 * them as JSON escapes, which parse back to the same text.
 */
import type { AlignResult, CompareResult, DiffPart, Span } from '../core/types';

/** Controls and bidi embedding, override and isolate controls; in names also line breaks, tabs and bidi marks. */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same minus white space, which the text report folds to a space itself. */
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves as it is but a terminal would act on. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x0a) return '\\n';
  if (code === 0x09) return '\\t';
  if (code === 0x0d) return '\\r';
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A file name (or any one-line label) made safe to print: one line, no controls, no bidi reordering. */
export function safeName(name: string): string {
  return name.replace(UNSAFE_IN_NAME, escape);
}

/** Article text made safe to print; white space is left for the report to fold. */
export function safeText(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, escape);
}

/** A JSON document as text, with every character a terminal would act on written as a `\u` escape. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const span = <T extends Span | null>(s: T): T => (s ? { ...s, text: safeText(s.text) } : s);
const parts = (p: readonly DiffPart[] | undefined) => p?.map((d) => ({ ...d, text: safeText(d.text) }));

/** A copy of an alignment for the text report: names and texts made safe to print. */
export function alignForTerminal(r: AlignResult): AlignResult {
  return {
    documents: r.documents.map((d) => ({ ...d, path: safeName(d.path), title: safeName(d.title) })),
    clusters: r.clusters.map((c) => ({ ...c, members: c.members.map((m) => span(m)) })),
  };
}

/** A copy of a comparison for the text report: names and texts made safe to print. */
export function compareForTerminal(r: CompareResult): CompareResult {
  const doc = (d: CompareResult['left']) => ({ ...d, path: safeName(d.path), title: safeName(d.title) });
  return {
    left: doc(r.left),
    right: doc(r.right),
    rows: r.rows.map((row) => ({ ...row, left: span(row.left), right: span(row.right), diff: parts(row.diff) })),
  };
}
