import { decodeArticle, MAX_ARTICLE_CHARS, type TextEncoding } from './decode';

/**
 * What Reprint Lens does with one file: read it as an article (perhaps with a note on how),
 * skip it with a note (nothing to align: an empty or blank file), or refuse it with an error
 * (binary, not valid text, too large). The CLI and the extension both decide with this, so a
 * file is an article in one exactly when it is in the other. `reason` and `note` are phrases
 * meant to follow the file's name, making one line that says what was decided and why.
 */
export type ArticleDecision =
  | { readonly action: 'read'; readonly text: string; readonly encoding: TextEncoding; readonly note?: string }
  | { readonly action: 'skip'; readonly reason: string }
  | { readonly action: 'refuse'; readonly reason: string };

/** Decides what to do with a file from its bytes (see ArticleDecision). */
export function decideArticle(bytes: Uint8Array): ArticleDecision {
  if (bytes.length === 0) return { action: 'skip', reason: 'is empty; nothing to align' };
  const d = decodeArticle(bytes);
  if (!d.ok) return { action: 'refuse', reason: d.reason };
  const blank = blankReason(d.text);
  if (blank) return { action: 'skip', reason: blank };
  return d.note ? { action: 'read', text: d.text, encoding: d.encoding, note: d.note } : { action: 'read', text: d.text, encoding: d.encoding };
}

/**
 * Decides what to do with text the editor already holds (an open document): the same rule,
 * from the point where the bytes have been decoded.
 */
export function decideText(text: string): ArticleDecision {
  if (text.length > MAX_ARTICLE_CHARS) {
    return { action: 'refuse', reason: `is too large to align (${(text.length / 1e6).toFixed(1)}M characters; the limit is ${(MAX_ARTICLE_CHARS / 1e6).toFixed(1)}M)` };
  }
  const blank = blankReason(text);
  return blank ? { action: 'skip', reason: blank } : { action: 'read', text, encoding: 'utf-8' };
}

function blankReason(text: string): string | null {
  if (text.length === 0) return 'holds no text (only a byte-order mark); nothing to align';
  return /\S/.test(text) ? null : 'holds only white space; nothing to align';
}
