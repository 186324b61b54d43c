// The comparison view's host side inside a real VS Code, on the example corpus: each
// comparison in its own tab named after its articles, the view opened on the most related
// pair, no sentence in two rows, and the news-article language's Unicode highlighting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { articleUri } from './workspace';
import type { CompareModel, RenderedMessage } from '../../../src/shared/protocol';

const A000 = '000_98a9a7d346d8e616.txt';
const A002 = '002_f746b196c47e67ff.txt';
const A003 = '003_9da7962be26feba9.txt';
const A004 = '004_8fba14ac2590a363.txt';

interface CompareRecord {
  title?: string;
  model?: CompareModel;
  rendered?: RenderedMessage;
}

/** Compares `names` and waits until the page reports drawing `left` against some source. */
async function compare(names: readonly string[], left: string): Promise<CompareRecord> {
  await vscode.commands.executeCommand('reprintLens.compareSources', undefined, names.map(articleUri));
  const deadline = Date.now() + 15_000;
  for (;;) {
    const r = (await vscode.commands.executeCommand('reprintLens.test.lastCompare')) as CompareRecord;
    if (r.rendered?.left === left && r.model?.sources.length === names.length) return r;
    if (Date.now() > deadline) throw new Error(`the comparison of ${names.join(', ')} was not drawn with ${left} as its base`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** Labels of the open comparison tabs. */
function comparisonTabs(): string[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('reprintLens.compare'))
    .map((t) => t.label);
}

describe('Reprint Lens: comparison tabs and first view', () => {
  before(async () => {
    await vscode.extensions.getExtension('reprint-lens.reprint-lens')!.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens each comparison in its own tab named after its articles, and brings an open one back', async () => {
    await compare([A002, A003], A002);
    assert.deepEqual(comparisonTabs(), ['002_f746b196c47e67ff ↔ 003_9da7962be26feba9']);
    await compare([A004, A000], A000);
    assert.deepEqual(comparisonTabs().sort(), ['000_98a9a7d346d8e616 ↔ 004_8fba14ac2590a363', '002_f746b196c47e67ff ↔ 003_9da7962be26feba9']);
    // The same articles again, in another order: their tab comes back, no third one.
    await compare([A003, A002], A002);
    assert.equal(comparisonTabs().length, 2);
    const active = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.equal(active?.label, '002_f746b196c47e67ff ↔ 003_9da7962be26feba9');
  });

  it('opens three sources on the two that share most, not on a first source that shares nothing', async () => {
    const r = await compare([A000, A002, A003], A002);
    const model = r.model!;
    assert.equal(model.base, A002, '000 shares no reused passage with 002 or 003');
    assert.equal(model.right, A003);
    assert.equal(r.rendered!.right, A003, 'the page shows 002 against 003 first');
    const shown = model.pairs.find((p) => p.right === A003)!;
    assert.ok(shown.reusedShare > 0);
    assert.equal(r.title, '002_f746b196c47e67ff ↔ 000_98a9a7d346d8e616 ↔ 003_9da7962be26feba9');
  });

  it('shows no sentence in two rows: 004’s “(B)y deploying troops” only in its moved row', async () => {
    const r = await compare([A000, A004], A000);
    const rows = r.model!.pairs[0].rows;
    assert.deepEqual(rows.filter((row) => row.right?.text.includes('(B)y deploying troops')).map((row) => row.kind), ['moved']);
    const spans = rows.flatMap((row) => (row.right ? [row.right] : [])).sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end, `rows overlap at line ${spans[i].line}`);
    for (const row of rows) if (row.right) assert.ok(row.right.lastLine >= row.right.line);
  });
});

describe('Reprint Lens: news-article language defaults', () => {
  it('lets curly quotes, apostrophes and dashes pass the ambiguous-character highlight in news articles only', () => {
    const article = vscode.workspace.getConfiguration('editor', { languageId: 'reprint-article' });
    const allowed = article.get<Record<string, boolean>>('unicodeHighlight.allowedCharacters') ?? {};
    for (const ch of ['\u2019', '\u2018', '\u201c', '\u201d', '\u2014', '\u2013', '\u00a0']) assert.equal(allowed[ch], true, `U+${ch.codePointAt(0)!.toString(16)}`);
    assert.equal(allowed['\u0430'], undefined, 'a Cyrillic letter is still highlighted');
    assert.equal(article.get('unicodeHighlight.ambiguousCharacters'), true, 'the highlight itself stays on');
  });
});
