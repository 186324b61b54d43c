import * as vscode from 'vscode';
import { alignOptions, readSettings, SETTINGS_SECTION } from '../config';
import { listArticleFiles, readArticle, readArticles, reportSkipped } from '../articles/articleReader';
import type { SkippedFile } from '../articles/articleReader';
import { articlePath } from '../articles/articlePath';
import { Disposable } from '../util/dispose';
import { BuildProgressReport } from './buildProgress';
import { BuildCancelled, CorpusAligner } from './corpusAligner';
import type { IndexCache } from './indexCache';
import type { AlignedCorpus, SessionState } from './corpusAligner';

/** The index as the rest of the extension sees it. */
export interface IndexSnapshot extends AlignedCorpus {
  readonly skipped: readonly SkippedFile[];
  /** Milliseconds from the start of the build (finding and reading files included). */
  readonly buildMs: number;
  /** Set when the index shows an alignment made elsewhere (passim's output): where it was read. */
  readonly importedFrom?: string;
}

/** The settings that change what the index holds; others (how it is shown) leave it alone. */
const INDEX_SETTINGS = ['articleGlobs', 'similarityThreshold', 'firstAppearance', 'maxArticleSizeKB', 'maxFiles'].map((k) => `${SETTINGS_SECTION}.${k}`);

/** Whether a build may show a notification (commands) or should stay in the status bar (hovers, saves). */
export type BuildUrgency = 'explicit' | 'background';

const SAVE_DEBOUNCE_MS = 300;

/**
 * Owns the workspace ReuseIndex: builds it on first need with a cancellable progress
 * notification (files read, then articles read and pairs aligned; Cancel stops the build at
 * its next slice of work, within a fraction of a second), refreshes it when an article is
 * saved and drops it when the settings change. A workspace with more article files than
 * `reprintLens.maxFiles` is not indexed, and the user is told so once.
 */
export class ReuseIndexService extends Disposable {
  private snapshot: IndexSnapshot | undefined;
  private building: Promise<IndexSnapshot | undefined> | undefined;
  private aligner: CorpusAligner | undefined;
  private skipped: readonly SkippedFile[] = [];
  private lastReportedSkipped = '';
  /** The user cancelled a build: hovers stop starting new ones until a command asks. */
  private userCancelled = false;
  /** The last build found more article files than reprintLens.maxFiles: hovers and views do not list them again until something changes. */
  private overLimit = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pendingSaves = new Map<string, vscode.TextDocument>();
  /** The refresh on save under way, if any (see queueSave). */
  private refreshing: Promise<void> = Promise.resolve();
  private readonly changed = this.register(new vscode.EventEmitter<IndexSnapshot>());
  private readonly dropped = this.register(new vscode.EventEmitter<void>());

  /** Fires after every successful build or refresh. */
  readonly onDidChange = this.changed.event;
  /** Fires when the index is dropped (settings, files renamed or deleted); the next `ensure` builds it anew. */
  readonly onDidInvalidate = this.dropped.event;

  /** The next build ignores the stored index (Rebuild Reuse Index). */
  private bypassCache = false;
  /** Counts invalidations, so a build can tell it has been overtaken. */
  private generation = 0;
  /** The limit last reported, so that hovers retrying a build do not repeat the message. */
  private reportedLimit = -1;

  constructor(private readonly cache: IndexCache) {
    super();
    this.register(vscode.workspace.onDidSaveTextDocument((doc) => this.queueSave(doc)));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (INDEX_SETTINGS.some((key) => e.affectsConfiguration(key))) this.invalidate();
      }),
    );
    this.register(vscode.workspace.onDidDeleteFiles(() => this.invalidate()));
    this.register(vscode.workspace.onDidRenameFiles(() => this.invalidate()));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()));
    this.register({ dispose: () => clearTimeout(this.saveTimer) });
    // A background build of the session stops with the extension.
    this.register({ dispose: () => this.aligner?.dispose() });
  }

  /** The last built index, if any; never waits. */
  get current(): IndexSnapshot | undefined {
    return this.snapshot;
  }

  /**
   * The index, building it first if needed. Resolves to undefined when the build was
   * cancelled (by the user or by `token`), or when a background caller finds that the
   * user cancelled an earlier build.
   */
  async ensure(urgency: BuildUrgency, token?: vscode.CancellationToken): Promise<IndexSnapshot | undefined> {
    if (this.snapshot) return this.snapshot;
    if (urgency === 'background' && (this.userCancelled || this.overLimit)) return undefined;
    if (!this.building) {
      const started: Promise<IndexSnapshot | undefined> = this.build(urgency).finally(() => {
        if (this.building === started) this.building = undefined;
      });
      this.building = started;
    }
    return token ? raceCancellation(this.building, token) : this.building;
  }

  /** Builds the index again from the articles, not from the stored index. */
  rebuild(): Promise<IndexSnapshot | undefined> {
    this.invalidate();
    this.bypassCache = true;
    return this.ensure('explicit');
  }

  /**
   * Forgets the index; the next `ensure` builds it anew. A build still running was started
   * for what is now out of date: it finishes, but publishes nothing.
   */
  invalidate(): void {
    this.generation++;
    this.building = undefined;
    this.snapshot = undefined;
    this.aligner?.dispose();
    this.aligner = undefined;
    this.userCancelled = false;
    this.overLimit = false;
    this.dropped.fire();
  }

  /**
   * Shows an alignment made elsewhere (passim's output, placed in the workspace's articles)
   * in place of the index, until the next invalidation or rebuild. Saves do not refresh it.
   */
  adopt(snapshot: IndexSnapshot): void {
    this.invalidate();
    this.publish(snapshot);
  }

  private async build(urgency: BuildUrgency): Promise<IndexSnapshot | undefined> {
    const t0 = Date.now();
    const generation = this.generation;
    const location = urgency === 'explicit' ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    const built = await vscode.window.withProgress(
      { location, title: 'Reprint Lens: indexing articles', cancellable: true },
      async (progress, token) => {
        const report = new BuildProgressReport(progress);
        // Stopped by the user (Cancel), or overtaken (settings or files changed, shut down).
        const stopped = () => token.isCancellationRequested || generation !== this.generation || this.isDisposed;
        const stop = { get isCancellationRequested() { return stopped(); } };
        const settings = readSettings();
        report.step('finding article files');
        const listing = await listArticleFiles(settings, token);
        if (listing.overLimit) {
          this.overLimit = true;
          this.tellLimit(settings.maxFiles);
          return undefined;
        }
        const set = await readArticles(listing.uris, settings, stop, (done) => report.reading(done, listing.uris.length));
        const options = alignOptions(settings);
        let aligner: CorpusAligner | undefined;
        let key = '';
        let stored: Awaited<ReturnType<IndexCache['load']>>;
        if (!stop.isCancellationRequested) {
          key = await this.cache.keyOf(set.articles, options);
          stored = this.bypassCache ? undefined : await this.cache.load(key);
          this.bypassCache = false;
          report.step(stored ? 'loading the stored index' : `aligning ${set.articles.length.toLocaleString('en-US')} articles`);
          try {
            aligner = await CorpusAligner.create(set.articles, options, stored, { token: stop, onProgress: (p) => report.aligning(p, set.articles.length) });
          } catch (e) {
            if (!(e instanceof BuildCancelled)) throw e;
          }
        }
        if (!aligner || stop.isCancellationRequested) {
          aligner?.dispose();
          if (token.isCancellationRequested) this.cancelled(urgency);
          return undefined;
        }
        const aligned = aligner.snapshot();
        // From the stored index: the session behind it is built in the background, so the
        // first save re-aligns one article rather than the whole folder.
        if (stored) void aligner.warm();
        else void this.cache.save(key, aligned.result).catch(() => undefined);
        this.aligner = aligner;
        this.skipped = set.skipped;
        return aligned;
      },
    );
    if (!built || this.isDisposed || generation !== this.generation) return undefined;
    this.userCancelled = false;
    this.publish({ ...built, skipped: this.skipped, buildMs: Date.now() - t0 });
    return this.snapshot;
  }

  /** After the user cancelled: hovers stop starting builds until a command asks for one. */
  private cancelled(urgency: BuildUrgency): void {
    this.userCancelled = true;
    if (urgency === 'explicit') {
      void vscode.window.showInformationMessage('Reprint Lens: indexing cancelled. Hover cards stay off until a Reprint Lens command (or Rebuild Reuse Index) asks for the index.');
    }
  }

  /** Tells the user, once per limit, that the workspace has too many article files to index. */
  private tellLimit(maxFiles: number): void {
    if (this.reportedLimit === maxFiles) return;
    this.reportedLimit = maxFiles;
    const open = 'Open Settings';
    void vscode.window
      .showWarningMessage(
        `Reprint Lens: this workspace has more than ${maxFiles.toLocaleString('en-US')} article files (the reprintLens.maxFiles setting), so it was not indexed. Raise the setting, or narrow reprintLens.articleGlobs to the articles you mean.`,
        open,
      )
      .then((choice) => {
        if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'reprintLens.maxFiles');
      });
  }

  private queueSave(doc: vscode.TextDocument): void {
    // Saves during a build are kept and applied once it is done (it may have read the old text).
    if ((!this.snapshot && !this.building) || !this.isArticle(doc)) return;
    this.pendingSaves.set(doc.uri.toString(), doc);
    clearTimeout(this.saveTimer);
    // One refresh at a time: each starts from the index and skipped list the last one left.
    this.saveTimer = setTimeout(() => {
      this.refreshing = this.refreshing.then(() => this.refreshSaved()).catch((e) => this.refreshFailed(e));
    }, SAVE_DEBOUNCE_MS);
  }

  /**
   * A refresh on save that failed leaves the session in doubt: the index is dropped (the next
   * hover or command builds it anew from the files) and the user is told why.
   */
  private refreshFailed(e: unknown): void {
    if (this.isDisposed) return;
    this.invalidate();
    void vscode.window.showWarningMessage(`Reprint Lens: the index could not take in a saved article and will be rebuilt (${e instanceof Error ? e.message : String(e)}).`);
  }

  /** Re-reads the saved articles and re-aligns only their pairs (see CorpusAligner). */
  private async refreshSaved(): Promise<void> {
    if (this.building) await this.building.catch(() => undefined);
    const docs = [...this.pendingSaves.values()];
    this.pendingSaves.clear();
    const aligner = this.aligner;
    if (!this.snapshot || !aligner || docs.length === 0) return;
    const t0 = Date.now();
    const settings = readSettings();
    let changed = false;
    const skipped = this.skipped.filter((s) => !docs.some((d) => articlePath(d.uri) === s.path));
    for (const doc of docs) {
      const r = await readArticle(doc.uri, settings);
      if ('uri' in r) changed = (await aligner.update(r)) || changed;
      else {
        changed = (await aligner.remove(r.path)) || changed;
        skipped.push(r);
      }
    }
    // Invalidated (or shut down) meanwhile: the next build reads the saved text (and skips files) anew.
    if (aligner !== this.aligner || this.isDisposed) return;
    this.skipped = skipped;
    if (!changed) return;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Reprint Lens: updating index' },
      async () => {
        const aligned = aligner.snapshot();
        this.publish({ ...aligned, skipped: this.skipped, buildMs: Date.now() - t0 });
        const key = await this.cache.keyOf(aligner.all(), alignOptions(settings));
        await this.cache.save(key, aligned.result).catch(() => undefined);
      },
    );
  }

  /** How the session behind the current index was built (see CorpusAligner.warm), once a background build under way is done. */
  async sessionState(): Promise<SessionState> {
    const aligner = this.aligner;
    if (!aligner) return 'none';
    await aligner.ready();
    return aligner.state;
  }

  /** Whether the document is indexed, or would be under the current settings. */
  isArticle(doc: vscode.TextDocument): boolean {
    if (this.aligner?.has(articlePath(doc.uri))) return true;
    if (!vscode.workspace.getWorkspaceFolder(doc.uri)) return false;
    return readSettings().articleGlobs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  }

  private publish(snapshot: IndexSnapshot): void {
    this.snapshot = snapshot;
    const key = snapshot.skipped.map((s) => s.path).join('\n');
    if (key !== this.lastReportedSkipped) {
      this.lastReportedSkipped = key;
      reportSkipped(snapshot.skipped);
    }
    this.changed.fire(snapshot);
  }
}

/** Resolves with `promise`, or with undefined as soon as `token` is cancelled. */
export function raceCancellation<T>(promise: Promise<T>, token: vscode.CancellationToken): Promise<T | undefined> {
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const sub = token.onCancellationRequested(() => {
      sub.dispose();
      resolve(undefined);
    });
    promise.then(
      (v) => {
        sub.dispose();
        resolve(v);
      },
      (e) => {
        sub.dispose();
        reject(e);
      },
    );
  });
}
