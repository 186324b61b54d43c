import * as vscode from 'vscode';
import { explainEvidence, wordDiff } from '../../core';
import type { Appearance, DiffPart, DocumentInfo } from '../../core';
import { CommandIds } from '../commands/commandIds';
import { openAppearanceUri } from '../commands/openAppearance';
import { markdownText } from '../util/markdownText';

const MAX_CLUSTERS = 3;
const MAX_OTHERS = 8;
const PREVIEW_CHARS = 220;
const MAX_DIFF_WORDS = 12;

/** The words one version removed from and added to the first appearance. */
export interface WordChanges {
  readonly removed: string[];
  readonly added: string[];
}

/**
 * Builds the hover card for the reused passages and quotes under the cursor.
 * Article text and file names go in through `markdownText`, so nothing in an article can add
 * links, markup or formatting; only links to our own open command are trusted.
 */
export function buildHoverMarkdown(
  appearances: readonly Appearance[],
  documents: ReadonlyMap<string, DocumentInfo>,
): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [CommandIds.openAppearance] };
  appearances.slice(0, MAX_CLUSTERS).forEach((a, i) => {
    if (i > 0) md.appendMarkdown('\n\n---\n\n');
    appendCluster(md, a, documents);
  });
  if (appearances.length > MAX_CLUSTERS) {
    md.appendMarkdown(`\n\n_${appearances.length - MAX_CLUSTERS} more reused passages overlap here._`);
  }
  return md;
}

function appendCluster(md: vscode.MarkdownString, a: Appearance, documents: ReadonlyMap<string, DocumentInfo>): void {
  const { cluster, origin, originDocument, member } = a;
  const isHere = (m: { doc: string; start: number }) => m.doc === member.doc && m.start === member.start;
  const kind = cluster.kind === 'quote' ? 'Quote' : 'Passage';
  const docs = new Set(cluster.members.map((m) => m.doc)).size;
  md.appendMarkdown(`**Reprint Lens** · ${kind} found in ${docs} articles\n\n`);

  const decided = cluster.firstBy === 'date' ? ' · by the date in front matter' : cluster.firstBy === 'path' ? ' · by path order' : '';
  if (isHere(origin)) {
    md.appendMarkdown('First appeared **here** (');
    md.appendMarkdown(markdownText(originDocument.path) + markdownText(`, line ${origin.line}`));
    md.appendMarkdown(`)${decided}\n\n`);
  } else {
    md.appendMarkdown('First appeared in ');
    appendLink(md, originDocument.path, origin.line, origin.start, origin.end);
    md.appendMarkdown(`${decided}\n\n`);
  }
  md.appendMarkdown('> ');
  md.appendMarkdown(markdownText(preview(origin.text)));
  md.appendMarkdown('\n\n');
  if (!isHere(origin) && member.evidence) {
    md.appendMarkdown('_Why linked:_ ');
    md.appendMarkdown(markdownText(explainEvidence(member.evidence)));
    md.appendMarkdown('\n\n');
  }

  // Appearances in other articles only: this article's own repeats are not reuse between sources.
  const others = cluster.members.filter((m) => m !== origin && m.doc !== member.doc && !m.repeat);
  if (others.length > 0) md.appendMarkdown('Other appearances:\n\n');
  for (const m of others.slice(0, MAX_OTHERS)) {
    const path = documents.get(m.doc)?.path ?? m.doc;
    md.appendMarkdown('- ');
    appendLink(md, path, m.line, m.start, m.end);
    md.appendMarkdown(` — ${Math.round(m.score * 100)}% similar`);
    const changes = wordChanges(origin.text, m.text);
    if (changes.removed.length === 0 && changes.added.length === 0) {
      md.appendMarkdown('; same words');
    } else {
      if (changes.removed.length > 0) {
        md.appendMarkdown('; without: ');
        md.appendMarkdown(markdownText(listWords(changes.removed)));
      }
      if (changes.added.length > 0) {
        md.appendMarkdown('; adds: ');
        md.appendMarkdown(markdownText(listWords(changes.added)));
      }
    }
    md.appendMarkdown('\n');
  }
  if (others.length > MAX_OTHERS) md.appendMarkdown(`- _and ${others.length - MAX_OTHERS} more_\n`);
  const repeats = cluster.members.filter((m) => m.doc === member.doc && !isHere(m)).length;
  if (repeats > 0) md.appendMarkdown(`\n_Also repeated ${repeats === 1 ? 'once' : `${repeats} times`} within this article (not counted as reuse)._\n`);
}

/** Words removed and added going from the first appearance to another version. */
export function wordChanges(originText: string, otherText: string): WordChanges {
  // A hover must come quickly: each diff gets 20 ms, past which it shows no word list.
  const { parts } = wordDiff(originText, otherText, { timeoutMs: 20 });
  return { removed: wordsOf(parts, 'delete'), added: wordsOf(parts, 'insert') };
}

function wordsOf(parts: readonly DiffPart[], op: DiffPart['op']): string[] {
  // Changes of case, typography or punctuation alone are no word changes.
  return parts
    .filter((p) => p.op === op && !p.minor)
    .flatMap((p) => p.text.split(/\s+/))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

function listWords(words: readonly string[]): string {
  const shown = words.slice(0, MAX_DIFF_WORDS).join(' ');
  return words.length > MAX_DIFF_WORDS ? `${shown} …` : shown;
}

function appendLink(md: vscode.MarkdownString, path: string, line: number, start: number, end: number): void {
  // The label is escaped as text (so `]` cannot end it early), then wrapped in a command link.
  const label = markdownText(path) + markdownText(`, line ${line}`);
  md.appendMarkdown(`[${label}](${openAppearanceUri(path, start, end)} "Open this appearance")`);
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}
