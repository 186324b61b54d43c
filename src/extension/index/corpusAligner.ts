import { AlignmentSession, ReuseIndex } from '../../core';
import type { AlignOptions, AlignResult } from '../../core';
import type { Article } from '../articles/articleReader';

/** One alignment of the workspace and the lookups built from it. */
export interface AlignedCorpus {
  readonly result: AlignResult;
  readonly index: ReuseIndex;
  /** Articles by path, exactly as they were aligned. */
  readonly articles: ReadonlyMap<string, Article>;
  /** Milliseconds the last alignment step took (whole corpus, or one changed article). */
  readonly alignMs: number;
}

/**
 * Keeps the articles of the workspace aligned and turns them into a ReuseIndex.
 * Callers only say what changed (`update`, `remove`); the core's AlignmentSession then
 * re-aligns just the pairs that involve the changed article, not the whole corpus.
 */
export class CorpusAligner {
  private session: AlignmentSession;
  private readonly articles = new Map<string, Article>();
  private lastStepMs = 0;

  constructor(articles: readonly Article[], options: AlignOptions) {
    const t0 = Date.now();
    for (const a of articles) this.articles.set(a.path, a);
    this.session = new AlignmentSession(articles.map(input), options);
    this.lastStepMs = Date.now() - t0;
  }

  /** Records a new or changed article; returns false when its text is unchanged. */
  update(article: Article): boolean {
    const old = this.articles.get(article.path);
    if (old && old.text === article.text) return false;
    const t0 = Date.now();
    this.articles.set(article.path, article);
    this.session.set(input(article));
    this.lastStepMs = Date.now() - t0;
    return true;
  }

  /** Forgets an article; returns false when it was not known. */
  remove(path: string): boolean {
    if (!this.articles.delete(path)) return false;
    const t0 = Date.now();
    this.session.delete(path);
    this.lastStepMs = Date.now() - t0;
    return true;
  }

  has(path: string): boolean {
    return this.articles.has(path);
  }

  /** The current alignment and its index. */
  snapshot(): AlignedCorpus {
    const result = this.session.result();
    return { result, index: new ReuseIndex(result), articles: new Map(this.articles), alignMs: this.lastStepMs };
  }
}

function input(a: Article): { path: string; text: string } {
  return { path: a.path, text: a.text };
}
