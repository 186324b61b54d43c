import * as vscode from 'vscode';
import type { ClusterKind } from '../../core/index';
import { percent, plural } from '../../core/report';
import { articlePath } from '../articles/articlePath';
import type { ResultPlace } from '../views/resultsView';
import { articlesOf, flatten, isOrigin, shortName } from '../views/reuseModel';
import { plainText } from '../util/plainText';
import type { SearchDeps } from './findReprints';

/** One quote or passage of the active article and its first appearance (tests read this). */
export interface QuoteOrigin {
  readonly kind: ClusterKind;
  readonly line: number;
  readonly text: string;
  readonly originPath: string;
  readonly originLine: number;
  readonly originStart: number;
  readonly originEnd: number;
  /** Number of articles the passage appears in. */
  readonly articles: number;
}

/**
 * Show Quote Origins: the active article's reused quotes and passages in text order, each
 * with where it first appeared, in the Results view (where they stay). A row selects the
 * passage in the article; under it, its first appearance and every other version open
 * theirs. `showList: false` (for tests) does not move the focus.
 */
export async function showQuoteOrigins(deps: SearchDeps, options?: { showList?: boolean }): Promise<QuoteOrigin[]> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Reprint Lens: open an article first.');
    return [];
  }
  const snapshot = await deps.service.ensure('explicit');
  if (!snapshot) return [];
  const path = articlePath(editor.document.uri);
  if (!snapshot.articles.has(path)) {
    void vscode.window.showInformationMessage(`Reprint Lens: ${plainText(path)} is not one of the indexed articles (see reprintLens.articleGlobs).`);
    return [];
  }
  const docs = new Map(snapshot.result.documents.map((d) => [d.id, d]));
  const appearances = snapshot.index.appearancesIn(path); // in text order already
  const origins: QuoteOrigin[] = [];
  const places: ResultPlace[] = appearances.map((a) => {
    const n = articlesOf(a.cluster).size;
    origins.push({
      kind: a.cluster.kind, line: a.member.line, text: a.member.text,
      originPath: a.originDocument.path, originLine: a.origin.line, originStart: a.origin.start, originEnd: a.origin.end, articles: n,
    });
    const here = a.member === a.origin;
    const versions: ResultPlace[] = a.cluster.members.filter((m) => m !== a.member).map((m) => {
      const p = docs.get(m.doc)?.path ?? m.doc;
      return {
        label: `${shortName(p)}:${m.line}`,
        description: isOrigin(a.cluster, m) ? 'first appearance' : m.repeat ? 'repeat' : `${percent(m.score)} similar`,
        path: p, start: m.start, end: m.end, text: m.text, icon: isOrigin(a.cluster, m) ? 'star-full' : 'circle-outline',
      };
    });
    return {
      label: flatten(a.member.text, 80),
      description: `line ${a.member.line} · ${here ? 'first appears here' : `first in ${shortName(a.originDocument.path)}:${a.origin.line}`} · ${plural(n, 'article')}`,
      path, start: a.member.start, end: a.member.end, text: a.member.text,
      icon: a.cluster.kind === 'quote' ? 'quote' : 'note',
      children: versions,
    };
  });
  await deps.views.showResult({
    kind: 'origins',
    label: `Quote origins in ${shortName(path)}`,
    description: places.length ? plural(places.length, 'quote or passage').replace('quote or passages', 'quotes and passages') : 'nothing reused',
    places,
    note: `no reused quotes or passages found in ${path}`,
  }, options?.showList !== false);
  if (places.length === 0 && options?.showList !== false) {
    void vscode.window.showInformationMessage(`Reprint Lens: no reused quotes or passages found in ${plainText(path)}.`);
  }
  return origins;
}
