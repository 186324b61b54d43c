/**
 * Turns an article's structure into its text, and records where each paragraph, each quote
 * and each piece of boilerplate landed (UTF-16 offsets, end exclusive). Paragraphs are one line
 * each, separated by a blank line, as scraped news text usually is.
 */
import type { ArticleModel, QuoteStyle, RenderedArticle, RenderedParagraph, Sentence } from './model';

const MARKS: Record<QuoteStyle, [string, string]> = { straight: ['"', '"'], curly: ['\u201c', '\u201d'] };

/**
 * Real text's own quotation marks and apostrophes set in an outlet's style: straight folds
 * curly marks; curly turns a straight mark after a space, a bracket or the start into an
 * opening one and any other into a closing one (so an apostrophe becomes ’).
 */
export function restyle(s: string, style: QuoteStyle): string {
  if (style === 'straight') return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
  const opens = (i: number) => i === 0 || /[\s([{\u2014-]/.test(s[i - 1]);
  return s.replace(/["']/g, (m, i: number) => (m === '"' ? (opens(i) ? '\u201c' : '\u201d') : opens(i) ? '\u2018' : '\u2019'));
}

/**
 * `restyleProse`: real text (which has its own marks) is set in the outlet's quotation style
 * throughout; the synthetic text only has the marks the renderer puts in.
 */
export function renderArticle(a: ArticleModel, author: string, author2: string, restyleProse = false): RenderedArticle {
  let text = '';
  const prose = (s: string) => (restyleProse ? restyle(s, a.quoteStyle) : s);
  const boilerplate: Array<{ label: string; start: number; end: number }> = [];
  const paragraphs: RenderedParagraph[] = [];
  const [open, close] = MARKS[a.quoteStyle];
  const straightApostrophe = a.quoteStyle === 'straight';

  const block = (s: string): [number, number] => {
    if (text) text += '\n\n';
    const start = text.length;
    text += s;
    return [start, text.length];
  };

  block(prose(a.title));
  if (a.byline) {
    const [s, e] = block(a.byline.split('{name}').join(author).split('{name2}').join(author2));
    boilerplate.push({ label: 'byline', start: s, end: e });
  }
  for (const p of a.paragraphs) {
    if (text) text += '\n\n';
    const start = text.length;
    const quotes: Array<{ sentence: number; start: number; end: number }> = [];
    p.sentences.forEach((s: Sentence, i) => {
      if (i > 0) text += ' ';
      text += prose(s.pre);
      if (s.quote !== null) {
        text += open;
        const qs = text.length;
        const words = restyleProse ? restyle(s.quote, a.quoteStyle) : straightApostrophe ? s.quote : s.quote.replace(/'/g, '\u2019');
        text += words;
        quotes.push({ sentence: i, start: qs, end: text.length });
        text += s.quoteEnd + close + prose(s.post);
      }
    });
    paragraphs.push({ start, end: text.length, quotes });
  }
  if (a.footer) {
    const [s, e] = block(a.footer);
    boilerplate.push({ label: 'footer', start: s, end: e });
  }
  text += '\n';
  return { text, paragraphs, boilerplate };
}
