import type * as vscode from 'vscode';
import { articlePath } from '../articles/articlePath';
import type { AlignedCorpus } from './corpusAligner';

type IndexedArticle = NonNullable<ReturnType<AlignedCorpus['articles']['get']>>;

const seen = new WeakMap<vscode.TextDocument, { corpus: AlignedCorpus; version: number; article: IndexedArticle | undefined }>();

/**
 * The indexed article `doc` shows, when the document holds exactly the text that was indexed;
 * undefined for a file that is not an indexed article, or one edited since (offsets into it
 * would fall in the wrong places). The status bar, the highlights, CodeLens, hovers and Find
 * Reprints all ask, the first three on every edit, so the answer is kept per document version
 * and index rather than comparing the whole text each time.
 */
export function indexedArticle(corpus: AlignedCorpus, doc: vscode.TextDocument): IndexedArticle | undefined {
  const known = seen.get(doc);
  if (known && known.corpus === corpus && known.version === doc.version) return known.article;
  const candidate = corpus.articles.get(articlePath(doc.uri));
  const article = candidate && candidate.text === doc.getText() ? candidate : undefined;
  seen.set(doc, { corpus, version: doc.version, article });
  return article;
}
