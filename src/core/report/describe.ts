import type { ArticleReuse } from './articleReuse';

/** "3 quotes", "1 passage": a count with its noun. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A share as a whole percentage, "<1%" for a little above nothing. */
export function percent(share: number): string {
  const p = Math.round(share * 100);
  return p === 0 && share > 0 ? '<1%' : `${p}%`;
}

/** "4 quotes and 2 passages", "1 quote", "" for none. */
export function quotesAndPassages(quotes: number, passages: number): string {
  const parts = [quotes ? plural(quotes, 'quote') : '', passages ? plural(passages, 'passage') : ''].filter(Boolean);
  return parts.join(' and ');
}

/**
 * One line on an article's reuse, as the status bar, the Articles view and the report show it:
 * "12% reused · 4 quotes from 3 sources", or for an article others took from and that took
 * nothing, "origin of 2 quotes taken up by 3 articles".
 */
export function describeArticleReuse(a: ArticleReuse): string {
  const parts: string[] = [];
  if (a.quotes + a.passages > 0) {
    if (a.share !== undefined) parts.push(`${percent(a.share)} reused`);
    parts.push(`${quotesAndPassages(a.quotes, a.passages)} from ${plural(a.sources.length, 'source')}`);
  }
  if (a.firstQuotes + a.firstPassages > 0 && parts.length === 0) {
    parts.push(`origin of ${quotesAndPassages(a.firstQuotes, a.firstPassages)} taken up by ${plural(a.takenBy.length, 'article')}`);
  }
  return parts.length ? parts.join(' · ') : 'no reuse found';
}
