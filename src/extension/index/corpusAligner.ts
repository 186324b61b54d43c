import { AlignmentSession, ReuseIndex } from '../../core';
import type { AlignOptions, AlignResult } from '../../core';
import type { BuildProgress } from '../../core/align/session';
import type { Article } from '../articles/articleReader';

/**
 * How a build is watched and stopped: `token` is checked between slices of work (a
 * `vscode.CancellationToken` fits), `onProgress` hears how far it has got.
 */
export interface BuildControl {
  readonly token?: { readonly isCancellationRequested: boolean };
  readonly onProgress?: (progress: BuildProgress) => void;
}

/** Thrown by CorpusAligner.create when its build was cancelled. */
export class BuildCancelled extends Error {
  constructor() {
    super('the build was cancelled');
  }
}

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

/** How the session behind an aligner came to be (see CorpusAligner.state). */
export type SessionState = 'none' | 'warming' | 'built in background' | 'built at once';

/** Rejects the pauses of a background build once its aligner is disposed. */
class Disposed extends Error {}

/**
 * Keeps the articles of the workspace aligned and turns them into a ReuseIndex.
 * Callers only say what changed (`update`, `remove`); the core's AlignmentSession then
 * re-aligns just the pairs that involve the changed article, not the whole corpus.
 *
 * An aligner made from a stored result has no session yet. `warm` builds one in the
 * background, a slice at a time between turns of the event loop, so that hovers keep being
 * answered meanwhile and the first save re-aligns one article instead of the whole folder.
 */
export class CorpusAligner {
  private sessionBuilt: AlignmentSession | undefined;
  private warming: Promise<void> | undefined;
  private disposed = false;
  private readonly articles = new Map<string, Article>();
  private lastStepMs = 0;
  private how: SessionState = 'none';

  /**
   * With `stored` (a result the cache holds for exactly these articles and options) nothing
   * is aligned until `warm` or a change asks for the session; with `built`, that session is
   * used; with neither, the articles are aligned at once.
   */
  constructor(articles: readonly Article[], private readonly options: AlignOptions, private stored?: AlignResult, built?: AlignmentSession) {
    for (const a of articles) this.articles.set(a.path, a);
    if (built) {
      this.sessionBuilt = built;
      this.how = 'built at once';
    } else if (!stored) this.session();
  }

  /**
   * An aligner for `articles`, its alignment built a slice at a time between turns of the event
   * loop (see AlignmentSession.build), so the extension host keeps answering, progress can be
   * shown, and a cancelled `token` stops the build at the next slice (a fraction of a second
   * at thousands of articles): the promise then rejects with BuildCancelled. With `stored`
   * nothing is aligned now, as in the constructor.
   */
  static async create(articles: readonly Article[], options: AlignOptions, stored: AlignResult | undefined, control: BuildControl = {}): Promise<CorpusAligner> {
    if (stored) return new CorpusAligner(articles, options, stored);
    const t0 = Date.now();
    const pause = (progress: BuildProgress) => new Promise<void>((resolve, reject) => {
      control.onProgress?.(progress);
      setTimeout(() => (control.token?.isCancellationRequested ? reject(new BuildCancelled()) : resolve()), 0);
    });
    if (control.token?.isCancellationRequested) throw new BuildCancelled();
    const session = await AlignmentSession.build(articles.map(input), options, pause);
    const aligner = new CorpusAligner(articles, options, undefined, session);
    aligner.lastStepMs = Date.now() - t0;
    return aligner;
  }

  /** How the session was built, if it was. */
  get state(): SessionState {
    return this.how;
  }

  /**
   * Builds the session in the background (see AlignmentSession.build); resolves when it is
   * ready, or at once when it already is. Never rejects: a build stopped by `dispose` or
   * failing leaves the session to be built at once when a change needs it.
   */
  warm(): Promise<void> {
    if (this.sessionBuilt || this.disposed) return Promise.resolve();
    if (!this.warming) {
      this.how = 'warming';
      const inputs = [...this.articles.values()].map(input);
      const pause = () => new Promise<void>((resolve, reject) => setTimeout(() => (this.disposed ? reject(new Disposed()) : resolve()), 0));
      this.warming = AlignmentSession.build(inputs, this.options, pause).then(
        (session) => {
          if (this.sessionBuilt) return;
          this.sessionBuilt = session;
          this.how = 'built in background';
        },
        () => {
          if (!this.sessionBuilt) this.how = 'none';
        },
      );
    }
    return this.warming;
  }

  /** Resolves once a background build started by `warm` is over (at once when there is none). */
  async ready(): Promise<void> {
    await this.warming;
  }

  /** Stops a background build; the aligner is not used after this. */
  dispose(): void {
    this.disposed = true;
  }

  private session(): AlignmentSession {
    if (!this.sessionBuilt) {
      const t0 = Date.now();
      this.sessionBuilt = new AlignmentSession([...this.articles.values()].map(input), this.options);
      this.how = 'built at once';
      this.lastStepMs = Date.now() - t0;
    }
    this.stored = undefined;
    return this.sessionBuilt;
  }

  /** The articles as aligned, for the cache key. */
  all(): Article[] {
    return [...this.articles.values()];
  }

  /**
   * Records a new or changed article; resolves to false when its text is unchanged. A
   * background build still running is waited for first: it read the articles as they were.
   */
  async update(article: Article): Promise<boolean> {
    // Waited for before anything is compared: an update queued behind the build must see
    // the updates queued before it.
    if (this.warming) await this.warming;
    if (this.disposed) return false;
    const old = this.articles.get(article.path);
    if (old && old.text === article.text) return false;
    const session = this.session();
    const t0 = Date.now();
    this.articles.set(article.path, article);
    session.set(input(article));
    this.lastStepMs = Date.now() - t0;
    return true;
  }

  /** Forgets an article; resolves to false when it was not known. */
  async remove(path: string): Promise<boolean> {
    if (this.warming) await this.warming;
    if (this.disposed || !this.articles.has(path)) return false;
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
