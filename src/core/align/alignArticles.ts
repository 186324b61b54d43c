import type { AlignOptions, AlignResult, ArticleInput } from '../types';
import { AlignmentSession } from './session';

/**
 * Finds every passage and quote that two or more of the articles share, whatever order the
 * articles are given in: documents are ordered and named by "first appeared" order, and every
 * step works on that order only, so the result is the same for any permutation of `inputs`.
 * Passages are compared across articles only; an article repeating itself (a title printed
 * twice, a comment footer) is not reuse. Quoted phrases may link within one article.
 */
export function alignArticles(inputs: readonly ArticleInput[], options?: AlignOptions): AlignResult {
  return new AlignmentSession(inputs, options).resultOnce();
}
