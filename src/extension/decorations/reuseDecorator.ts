import * as vscode from 'vscode';
import { articlePath } from '../articles/articlePath';
import { SETTINGS_SECTION } from '../config';
import type { IndexSnapshot, ReuseIndexService } from '../index/reuseIndexService';
import { Disposable } from '../util/dispose';
import { indexedArticle } from '../index/indexedArticle';

/** Editor updates wait this long for more events (typing, switching, a refresh) before drawing. */
const DEBOUNCE_MS = 150;
/** After the index is dropped (settings changed) it is rebuilt for visible articles after this pause. */
const REBUILD_DELAY_MS = 1000;

/** The setting that turns the highlights off. */
export const DECORATIONS_SETTING = `${SETTINGS_SECTION}.decorations.enabled`;

/** The spans last drawn in one editor (read by tests). */
export interface DrawnSpans {
  readonly path: string;
  readonly origins: readonly [number, number][];
  readonly copies: readonly [number, number][];
}

/**
 * Highlights reused quotes and passages in article editors: a first appearance in one
 * colour, later versions in another, each with a gutter mark and a mark in the overview
 * ruler, all theme colours from `contributes.colors`. The two decoration types are made once;
 * drawing is debounced. Spans come from the index, so they are drawn only while the editor's
 * text is the indexed text; an edited article keeps the highlights it had (VS Code moves
 * them with the edits) until a save refreshes the index.
 */
export class ReuseDecorator extends Disposable {
  private readonly originType: vscode.TextEditorDecorationType;
  private readonly copyType: vscode.TextEditorDecorationType;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private rebuildTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly drawn = new Map<vscode.TextEditor, DrawnSpans>();

  constructor(private readonly service: ReuseIndexService, media: vscode.Uri) {
    super();
    const gutter = (name: string) => ({
      light: { gutterIconPath: vscode.Uri.joinPath(media, `${name}-light.svg`) },
      dark: { gutterIconPath: vscode.Uri.joinPath(media, `${name}-dark.svg`) },
    });
    const common = { rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed, gutterIconSize: '70%', borderStyle: 'solid' };
    this.originType = this.register(vscode.window.createTextEditorDecorationType({
      ...common,
      ...gutter('reuse-origin'),
      backgroundColor: new vscode.ThemeColor('reprintLens.originBackground'),
      borderColor: new vscode.ThemeColor('reprintLens.originBorder'),
      borderWidth: '0 0 2px 0',
      overviewRulerColor: new vscode.ThemeColor('reprintLens.originRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }));
    this.copyType = this.register(vscode.window.createTextEditorDecorationType({
      ...common,
      ...gutter('reuse-copy'),
      backgroundColor: new vscode.ThemeColor('reprintLens.copyBackground'),
      borderColor: new vscode.ThemeColor('reprintLens.copyBorder'),
      borderWidth: '0 0 1px 0',
      overviewRulerColor: new vscode.ThemeColor('reprintLens.copyRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) this.schedule();
    }));
    this.register(service.onDidChange(() => this.schedule()));
    this.register(service.onDidInvalidate(() => {
      this.clearAll();
      clearTimeout(this.rebuildTimer);
      this.rebuildTimer = setTimeout(() => this.schedule(), REBUILD_DELAY_MS);
    }));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(DECORATIONS_SETTING)) this.schedule(); }));
    this.register({ dispose: () => { clearTimeout(this.timer); clearTimeout(this.rebuildTimer); } });
    this.schedule();
  }

  /** What each visible editor shows now (for tests). */
  get spans(): DrawnSpans[] {
    return [...this.drawn.entries()].filter(([e]) => vscode.window.visibleTextEditors.includes(e)).map(([, d]) => d);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
  }

  private enabled(): boolean {
    return vscode.workspace.getConfiguration().get<boolean>(DECORATIONS_SETTING, true) !== false;
  }

  private async update(): Promise<void> {
    if (this.isDisposed) return;
    if (!this.enabled()) {
      this.clearAll();
      return;
    }
    const editors = vscode.window.visibleTextEditors.filter((e) => this.service.current || this.service.isArticle(e.document));
    if (editors.length === 0) return;
    // A visible article needs the index: build it in the background, as a hover would.
    const snapshot = this.service.current ?? (await this.service.ensure('background').catch(() => undefined));
    if (!snapshot || this.isDisposed || !this.enabled()) return;
    for (const editor of [...this.drawn.keys()]) if (!vscode.window.visibleTextEditors.includes(editor)) this.drawn.delete(editor);
    for (const editor of vscode.window.visibleTextEditors) this.draw(editor, snapshot);
  }

  private draw(editor: vscode.TextEditor, snapshot: IndexSnapshot): void {
    const doc = editor.document;
    const path = articlePath(doc.uri);
    if (!snapshot.articles.has(path)) {
      if (this.drawn.has(editor)) this.clear(editor);
      return;
    }
    // Edited since it was indexed: the spans would fall in the wrong places; what is drawn moved with the edits.
    if (!indexedArticle(snapshot, doc)) return;
    const origins: [number, number][] = [];
    const copies: [number, number][] = [];
    for (const a of snapshot.index.appearancesIn(path)) {
      (a.member === a.origin ? origins : copies).push([a.member.start, a.member.end]);
    }
    const range = ([s, e]: [number, number]) => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    editor.setDecorations(this.originType, origins.map(range));
    editor.setDecorations(this.copyType, copies.map(range));
    this.drawn.set(editor, { path, origins, copies });
  }

  private clear(editor: vscode.TextEditor): void {
    editor.setDecorations(this.originType, []);
    editor.setDecorations(this.copyType, []);
    this.drawn.delete(editor);
  }

  private clearAll(): void {
    for (const editor of [...this.drawn.keys()]) this.clear(editor);
    this.drawn.clear();
  }
}
