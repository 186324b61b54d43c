/**
 * Turns an article's structure into its text, and records where each paragraph, each quote
 * and each piece of boilerplate landed (UTF-16 offsets, end exclusive). Paragraphs are one line
 * each, separated by a blank line, as scraped news text usually is.
 */
import type { ArticleModel, QuoteStyle, RenderedArticle, RenderedParagraph, Sentence } from './model';

const MARKS: Record<QuoteStyle, [string, string]> = { straight: ['"', '"'], curly: ['\u201c', '\u201d'] };

export function renderArticle(a: ArticleModel, author: string, author2: string): RenderedArticle {
  let text = '';
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

  block(a.title);
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
      text += s.pre;
      if (s.quote !== null) {
        text += open;
        const qs = text.length;
        const words = straightApostrophe ? s.quote : s.quote.replace(/'/g, '\u2019');
        text += words;
        quotes.push({ sentence: i, start: qs, end: text.length });
        text += s.quoteEnd + close + s.post;
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
