import * as vscode from 'vscode';
import { explainEvidence, type Cluster, type ClusterMember } from '../../core';
import { percent } from '../../core/report';
import { CommandIds } from '../commands/commandIds';
import { markdownText } from '../util/markdownText';
import { flatten, isOrigin, shortName, type ReuseModel } from './reuseModel';

/** How an appearance is named in a tree: by its place, or by its words. */
export type AppearanceLabel = 'place' | 'text';

/**
 * A tree row for one appearance of a quote or passage: where it is, how close it is to the
 * first appearance (and why it was linked, when the aligner says), and a click that opens
 * the article with the span selected. The icon's colour is the editor highlight's: the
 * first appearance filled, later versions hollow.
 */
export function appearanceItem(model: ReuseModel, cluster: Cluster, member: ClusterMember, label: AppearanceLabel): vscode.TreeItem {
  const doc = model.documents.get(member.doc);
  const path = doc?.path ?? member.doc;
  const first = isOrigin(cluster, member);
  const place = `${shortName(path)}:${member.line}`;
  const item = new vscode.TreeItem(label === 'place' ? place : flatten(member.text, 80), vscode.TreeItemCollapsibleState.None);
  const how = first ? 'first appearance' : member.repeat ? 'repeat in the same article' : `${percent(member.score)} similar${member.evidence ? ` · ${member.evidence.match.replace('-', ' ')}` : ''}`;
  item.description = label === 'place' ? how : `${place} · ${how}`;
  item.iconPath = new vscode.ThemeIcon(first ? 'circle-filled' : 'circle-outline', new vscode.ThemeColor(first ? 'reprintLens.originRuler' : 'reprintLens.copyRuler'));
  const tip = new vscode.MarkdownString('', false);
  tip.appendMarkdown(`**${first ? 'First appearance' : 'Later version'}** · ${markdownText(path)}${markdownText(`, line ${member.line}`)}\n\n> `);
  tip.appendMarkdown(markdownText(flatten(member.text, 600)));
  if (member.evidence) {
    tip.appendMarkdown('\n\n' + markdownText(explainEvidence(member.evidence)));
    if (member.evidence.words.length) tip.appendMarkdown('\n\n' + markdownText(`Distinctive words: ${member.evidence.words.slice(0, 8).join(', ')}`));
  }
  item.tooltip = tip;
  item.command = { command: CommandIds.openAppearance, title: 'Open Appearance', arguments: [path, member.start, member.end] };
  item.contextValue = 'reprintLens.appearance';
  return item;
}
