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
  /** True when the result came from the stored index (see IndexCache), not a fresh alignment. */
  readonly fromCache: boolean;
}

/**
 * Keeps the articles of the workspace aligned and turns them into a ReuseIndex.
 * Callers only say what changed (`update`, `remove`); the core's AlignmentSession then
 * re-aligns just the pairs that involve the changed article, not the whole corpus.
 */
export class CorpusAligner {
  private sessionBuilt: AlignmentSession | undefined;
  private readonly articles = new Map<string, Article>();
  private lastStepMs = 0;

  /**
   * With `stored` (a result the cache holds for exactly these articles and options) nothing
   * is aligned until an article changes; the session is built then.
   */
  constructor(articles: readonly Article[], private readonly options: AlignOptions, private stored?: AlignResult) {
    for (const a of articles) this.articles.set(a.path, a);
    if (!stored) this.session();
  }

  private session(): AlignmentSession {
    if (!this.sessionBuilt) {
      const t0 = Date.now();
      this.sessionBuilt = new AlignmentSession([...this.articles.values()].map(input), this.options);
      this.lastStepMs = Date.now() - t0;
      this.stored = undefined;
    }
    return this.sessionBuilt;
  }

  /** The articles as aligned, for the cache key. */
  all(): Article[] {
    return [...this.articles.values()];
  }

  /** Records a new or changed article; returns false when its text is unchanged. */
  update(article: Article): boolean {
    const old = this.articles.get(article.path);
    if (old && old.text === article.text) return false;
    const session = this.session();
    const t0 = Date.now();
    this.articles.set(article.path, article);
    session.set(input(article));
    this.lastStepMs = Date.now() - t0;
    return true;
  }

  /** Forgets an article; returns false when it was not known. */
  remove(path: string): boolean {
    if (!this.articles.has(path)) return false;
    const session = this.session();
    this.articles.delete(path);
    const t0 = Date.now();
    session.delete(path);
    this.lastStepMs = Date.now() - t0;
    return true;
  }

  has(path: string): boolean {
    return this.articles.has(path);
  }

  /** The current alignment and its index. */
  snapshot(): AlignedCorpus {
    const fromCache = this.stored !== undefined;
    const result = this.stored ?? this.session().result();
    return { result, index: new ReuseIndex(result), articles: new Map(this.articles), alignMs: this.lastStepMs, fromCache };
  }
}

function input(a: Article): { path: string; text: string } {
  return { path: a.path, text: a.text };
}
