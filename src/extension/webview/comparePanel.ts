import * as vscode from 'vscode';
import { isWebviewMessage } from '../../shared/protocol';
import type { ColumnsModel, CompareModel, HostMessage, PassageModel, RenderedMessage, WebviewMessage } from '../../shared/protocol';
import { revealSpan } from '../commands/openAppearance';
import { Disposable } from '../util/dispose';
import type { CompareOptionsStore } from './optionsStore';
import type { CompareSession } from './compareSession';
import { tabTitle } from './tabTitle';
import { compareHtml, localResourceRoots } from './webviewHtml';

/** What a comparison view was last sent and last drew; read by the test-only command. */
export interface CompareViewRecord {
  readonly title: string | undefined;
  readonly model: CompareModel | undefined;
  readonly passage: PassageModel | null | undefined;
  readonly columns: ColumnsModel | null | undefined;
  readonly rendered: RenderedMessage | undefined;
  /** Milliseconds from the command to the webview reporting its first draw. */
  readonly firstRenderMs: number | undefined;
}

/** What a comparison panel needs from the extension. */
export interface PanelDeps {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  readonly options: CompareOptionsStore;
}

const VIEW_TYPE = 'reprintLens.compare';

/**
 * One comparison webview, in its own tab named after its articles. Comparing the same
 * articles again brings their tab back (with the comparison computed afresh); other articles
 * get a new tab, as the diff editor does. Messages wait in a queue until the page says it is
 * ready, and the page is rebuilt from the session (plus the state it kept) whenever it is
 * shown again.
 */
export class ComparePanel extends Disposable {
  private static readonly open = new Set<ComparePanel>();
  private static lastRecord: CompareViewRecord = ComparePanel.emptyRecord(undefined);

  private static emptyRecord(title: string | undefined): CompareViewRecord {
    return { title, model: undefined, passage: undefined, columns: undefined, rendered: undefined, firstRenderMs: undefined };
  }

  private ready = false;
  private queue: HostMessage[] = [];
  private base: string;
  private startedAt: number;
  private firstRenderMs: number | undefined;

  /** Shows `session` in its own comparison tab (the existing one when these articles are already compared). */
  static show(deps: PanelDeps, session: CompareSession, startedAt: number): ComparePanel {
    const existing = [...ComparePanel.open].find((p) => p.session.key === session.key);
    if (existing) {
      existing.load(session, startedAt);
      existing.panel.reveal(undefined, false);
      return existing;
    }
    const base = session.defaultBase;
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      tabTitle(base, session.sources.map((s) => s.path)),
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      { enableScripts: true, localResourceRoots: localResourceRoots(deps.extensionUri), retainContextWhenHidden: false },
    );
    return new ComparePanel(panel, deps, session, startedAt);
  }

  /** What the comparison view that last drew or was sent something received (for integration tests). */
  static get record(): CompareViewRecord {
    return ComparePanel.lastRecord;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: PanelDeps,
    private session: CompareSession,
    startedAt: number,
  ) {
    super();
    ComparePanel.open.add(this);
    this.base = session.defaultBase;
    this.startedAt = startedAt;
    ComparePanel.lastRecord = ComparePanel.emptyRecord(panel.title);
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'compare.svg');
    this.register(panel.onDidDispose(() => this.dispose()));
    this.register(panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)));
    this.register(
      panel.onDidChangeViewState(() => {
        // With retainContextWhenHidden off, a hidden page is torn down; wait for its next `ready`.
        if (!panel.visible) this.ready = false;
      }),
    );
    panel.webview.html = compareHtml(panel.webview, deps.extensionUri);
    this.post(this.compareMessage());
  }

  override dispose(): void {
    ComparePanel.open.delete(this);
    super.dispose();
    this.panel.dispose();
  }

  private load(session: CompareSession, startedAt: number): void {
    this.session = session;
    this.base = session.defaultBase;
    this.startedAt = startedAt;
    this.firstRenderMs = undefined;
    ComparePanel.lastRecord = ComparePanel.emptyRecord(this.panel.title);
    this.post(this.compareMessage());
  }

  private compareMessage(): HostMessage {
    const model = this.session.modelFor(this.base);
    this.note({ model, passage: undefined, columns: undefined });
    return { type: 'showCompare', model, options: this.deps.options.get() };
  }

  private note(patch: Partial<CompareViewRecord>): void {
    ComparePanel.lastRecord = { ...ComparePanel.lastRecord, title: this.panel.title, ...patch };
  }

  private post(message: HostMessage): void {
    if (!this.ready) {
      // Only the latest view matters; older queued views are dropped.
      this.queue = this.queue.filter((m) => m.type !== message.type);
      this.queue.push(message);
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    if (!isWebviewMessage(raw)) return;
    const message: WebviewMessage = raw;
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        const restore = message.restore;
        if (restore?.base && restore.base !== this.base && this.session.article(restore.base)) this.base = restore.base;
        this.queue = [this.compareMessage()];
        if (restore?.mode === 'passage' && typeof restore.passageId === 'string') {
          this.queue.push({ type: 'showPassage', passage: this.session.passage(restore.passageId) });
        } else if (restore?.mode === 'columns' && typeof restore.passageId === 'string') {
          this.queue.push({ type: 'showColumns', columns: this.session.columns(restore.passageId) });
        }
        const queued = this.queue.splice(0);
        for (const m of queued) await this.panel.webview.postMessage(m);
        return;
      }
      case 'selectBase':
        if (!this.session.article(message.base)) return;
        this.base = message.base;
        this.post(this.compareMessage());
        return;
      case 'selectPassage': {
        const passage = this.session.passage(message.id);
        this.note({ passage });
        this.post({ type: 'showPassage', passage });
        return;
      }
      case 'selectColumns': {
        const columns = this.session.columns(message.id);
        this.note({ columns });
        this.post({ type: 'showColumns', columns });
        return;
      }
      case 'setOptions': {
        // Every comparison of the workspace follows, as the diff editor's options do.
        const options = await this.deps.options.set(message.options);
        for (const other of ComparePanel.open) if (other !== this) other.post({ type: 'options', options });
        return;
      }
      case 'reveal': {
        const article = this.session.article(message.path);
        if (!article) return;
        await revealSpan(article.uri, message.start, message.end, vscode.ViewColumn.Beside);
        return;
      }
      case 'rendered': {
        if (this.firstRenderMs === undefined) {
          this.firstRenderMs = Date.now() - this.startedAt;
          this.deps.log.info(`Comparison drawn ${this.firstRenderMs} ms after the command (${message.rows} rows).`);
        }
        this.note({ rendered: message, firstRenderMs: this.firstRenderMs });
        return;
      }
      default: {
        const unexpected: never = message;
        this.deps.log.warn(`Unexpected message from the comparison view: ${JSON.stringify(unexpected)}`);
      }
    }
  }
}
