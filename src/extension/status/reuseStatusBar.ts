import * as vscode from 'vscode';
import { describeArticleReuse, percent, quotesAndPassages } from '../../core/report';
import { CommandIds } from '../commands/commandIds';
import { SETTINGS_SECTION } from '../config';
import type { ReuseIndexService } from '../index/reuseIndexService';
import { Disposable } from '../util/dispose';
import { markdownText } from '../util/markdownText';
import { reuseModel, shortName } from '../views/reuseModel';
import { indexedArticle } from '../index/indexedArticle';

/** The setting that hides the status bar item. */
export const STATUS_SETTING = `${SETTINGS_SECTION}.statusBar.enabled`;

/**
 * A status bar item for the active article: how much of it first appeared elsewhere and
 * where ("12% reused · 4 quotes from 3 sources"); a click compares it with those sources.
 * Hidden for files that are not indexed articles, and while the article is edited (the
 * figures are for the text as indexed).
 */
export class ReuseStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('reprintLens.articleReuse', vscode.StatusBarAlignment.Right, 100));

  constructor(private readonly service: ReuseIndexService) {
    super();
    this.item.name = 'Reprint Lens: Article Reuse';
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) this.update(); }));
    this.register(service.onDidChange(() => this.update()));
    this.register(service.onDidInvalidate(() => this.update()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(STATUS_SETTING)) this.update(); }));
    this.update();
  }

  /** The item's text when shown, else undefined (for tests). */
  get shown(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const snapshot = this.service.current;
    const enabled = vscode.workspace.getConfiguration().get<boolean>(STATUS_SETTING, true) !== false;
    const article = doc && snapshot ? indexedArticle(snapshot, doc) : undefined;
    if (!enabled || !doc || !snapshot || !article) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const model = reuseModel(snapshot);
    const info = model.byPath.get(article.path)!;
    const reuse = model.articles.get(info.id)!;
    this.item.text = `$(references) ${describeArticleReuse(reuse)}`;
    const tip = new vscode.MarkdownString('', false);
    tip.appendMarkdown(`**Reprint Lens** · ${markdownText(shortName(article.path))}\n\n`);
    if (reuse.share !== undefined && reuse.quotes + reuse.passages > 0) tip.appendText(`${percent(reuse.share)} of its text first appeared in another article.\n\n`);
    for (const s of reuse.sources) tip.appendMarkdown(`- from ${markdownText(shortName(model.documents.get(s.doc)!.path))}: ${quotesAndPassages(s.quotes, s.passages)}\n`);
    for (const t of reuse.takenBy) tip.appendMarkdown(`- taken up by ${markdownText(shortName(model.documents.get(t.doc)!.path))}: ${t.clusters}\n`);
    const others = reuse.sources.length + reuse.takenBy.length;
    tip.appendMarkdown(others ? '\nClick to compare it with them.' : '\nNo other article shares its text.');
    this.item.tooltip = tip;
    this.item.command = others ? { command: CommandIds.compareWithSources, title: 'Compare with Sources', arguments: [doc.uri] } : undefined;
    this.item.accessibilityInformation = { label: `Reprint Lens: ${describeArticleReuse(reuse)}`, role: 'button' };
    this.item.show();
    this.visible = true;
  }
}
