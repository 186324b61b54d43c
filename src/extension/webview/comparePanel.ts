import * as vscode from 'vscode';
import { isWebviewMessage } from '../../shared/protocol';
import type { CompareModel, HostMessage, PassageModel, RenderedMessage, WebviewMessage } from '../../shared/protocol';
import { revealSpan } from '../commands/openAppearance';
import { Disposable } from '../util/dispose';
import type { CompareSession } from './compareSession';
import { compareHtml, localResourceRoots } from './webviewHtml';

/** What the comparison view was last sent and last drew; read by the test-only command. */
export interface CompareViewRecord {
  readonly model: CompareModel | undefined;
  readonly passage: PassageModel | null | undefined;
  readonly rendered: RenderedMessage | undefined;
  /** Milliseconds from the command to the webview reporting its first draw. */
  readonly firstRenderMs: number | undefined;
}

const VIEW_TYPE = 'reprintLens.compare';

/**
 * The side-by-side comparison webview. One panel is reused; showing a new set of sources
 * replaces its session. Messages wait in a queue until the page says it is ready, and the
 * page is rebuilt from the session (plus the state it kept) whenever it is shown again.
 */
export class ComparePanel extends Disposable {
  private static instance: ComparePanel | undefined;
  private static lastRecord: CompareViewRecord = ComparePanel.emptyRecord();

  private static emptyRecord(): CompareViewRecord {
    return { model: undefined, passage: undefined, rendered: undefined, firstRenderMs: undefined };
  }

  private ready = false;
  private queue: HostMessage[] = [];
  private base: string;
  private startedAt: number;
  private firstRenderMs: number | undefined;

  /** Shows `session` in the comparison panel, creating the panel if needed. */
  static show(extensionUri: vscode.Uri, session: CompareSession, log: vscode.LogOutputChannel, startedAt: number): ComparePanel {
    const existing = ComparePanel.instance;
    if (existing) {
      existing.load(session, startedAt);
      existing.panel.reveal(undefined, false);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Reprint Lens: Compare',
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      { enableScripts: true, localResourceRoots: localResourceRoots(extensionUri), retainContextWhenHidden: false },
    );
    ComparePanel.instance = new ComparePanel(panel, extensionUri, session, log, startedAt);
    return ComparePanel.instance;
  }

  /** What the view last received and drew (for integration tests). */
  static get record(): CompareViewRecord {
    return ComparePanel.lastRecord;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private session: CompareSession,
    private readonly log: vscode.LogOutputChannel,
    startedAt: number,
  ) {
    super();
    this.base = session.defaultBase;
    this.startedAt = startedAt;
    ComparePanel.lastRecord = ComparePanel.emptyRecord();
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'compare.svg');
    this.register(panel.onDidDispose(() => this.dispose()));
    this.register(panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)));
    this.register(
      panel.onDidChangeViewState(() => {
        // With retainContextWhenHidden off, a hidden page is torn down; wait for its next `ready`.
        if (!panel.visible) this.ready = false;
      }),
    );
    panel.webview.html = compareHtml(panel.webview, extensionUri);
    this.post({ type: 'showCompare', model: this.currentModel() });
  }

  override dispose(): void {
    if (ComparePanel.instance === this) ComparePanel.instance = undefined;
    super.dispose();
    this.panel.dispose();
  }

  private load(session: CompareSession, startedAt: number): void {
    this.session = session;
    this.base = session.defaultBase;
    this.startedAt = startedAt;
    this.firstRenderMs = undefined;
    ComparePanel.lastRecord = ComparePanel.emptyRecord();
    this.post({ type: 'showCompare', model: this.currentModel() });
  }

  private currentModel(): CompareModel {
    const model = this.session.modelFor(this.base);
    ComparePanel.lastRecord = { ...ComparePanel.lastRecord, model, passage: undefined };
    return model;
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
        this.queue = [{ type: 'showCompare', model: this.currentModel() }];
        if (restore?.mode === 'passage' && typeof restore.passageId === 'string') {
          this.queue.push({ type: 'showPassage', passage: this.session.passage(restore.passageId) });
        }
        const queued = this.queue.splice(0);
        for (const m of queued) await this.panel.webview.postMessage(m);
        return;
      }
      case 'selectBase':
        if (!this.session.article(message.base)) return;
        this.base = message.base;
        this.post({ type: 'showCompare', model: this.currentModel() });
        return;
      case 'selectPassage': {
        const passage = this.session.passage(message.id);
        ComparePanel.lastRecord = { ...ComparePanel.lastRecord, passage };
        this.post({ type: 'showPassage', passage });
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
          this.log.info(`Comparison drawn ${this.firstRenderMs} ms after the command (${message.rows} rows).`);
        }
        ComparePanel.lastRecord = { ...ComparePanel.lastRecord, rendered: message, firstRenderMs: this.firstRenderMs };
        return;
      }
      default: {
        const unexpected: never = message;
        this.log.warn(`Unexpected message from the comparison view: ${JSON.stringify(unexpected)}`);
      }
    }
  }
}
