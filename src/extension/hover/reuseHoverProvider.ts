import * as vscode from 'vscode';
import type { DocumentInfo } from '../../core';
import { articlePath } from '../articles/articlePath';
import type { IndexSnapshot, ReuseIndexService } from '../index/reuseIndexService';
import { buildHoverMarkdown } from './hoverContent';
import { indexedArticle } from '../index/indexedArticle';

/** Shows where the passage or quote under the cursor first appeared and where else it is. */
export class ReuseHoverProvider implements vscode.HoverProvider {
  private documentsFor: IndexSnapshot | undefined;
  private documents = new Map<string, DocumentInfo>();

  constructor(
    private readonly service: ReuseIndexService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideHover(
    doc: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const t0 = Date.now();
    // A hover over a file that is not an article must not start indexing the workspace.
    if (!this.service.current && !this.service.isArticle(doc)) return undefined;
    let snapshot: IndexSnapshot | undefined;
    try {
      snapshot = await this.service.ensure('background', token);
    } catch {
      return undefined; // A failed build is reported by the service; a hover is no place for it.
    }
    if (!snapshot || token.isCancellationRequested) return undefined;
    const path = articlePath(doc.uri);
    // Offsets are only meaningful for the text that was indexed (edited, reverted or changed
    // on disk since: no card until the index has caught up).
    if (!indexedArticle(snapshot, doc)) return undefined;

    const appearances = snapshot.index.appearancesAt(path, doc.offsetAt(position));
    if (appearances.length === 0) return undefined;
    // appearancesAt puts the innermost first: a quote inside a reused paragraph is what the reader points at.
    const m = appearances[0].member;
    const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
    const hover = new vscode.Hover(buildHoverMarkdown(appearances, this.documentsOf(snapshot)), range);
    this.log.debug(`Hover at ${path}:${position.line + 1} answered in ${Date.now() - t0} ms.`);
    return hover;
  }

  private documentsOf(snapshot: IndexSnapshot): ReadonlyMap<string, DocumentInfo> {
    if (this.documentsFor !== snapshot) {
      this.documentsFor = snapshot;
      this.documents = new Map(snapshot.result.documents.map((d) => [d.id, d]));
    }
    return this.documents;
  }
}
