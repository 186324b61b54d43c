import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE } from './commandIds';

/** Switches the active editor's document to the news-article language. */
export async function useArticleLanguage(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage('Reprint Lens: open a text file first.');
    return;
  }
  if (doc.languageId !== ARTICLE_LANGUAGE) await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
}
