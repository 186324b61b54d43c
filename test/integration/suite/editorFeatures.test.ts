// The editor features of issue 10 inside a real VS Code, on the example corpus: highlights,
// the Reprint Lens views (through their providers, as VS Code asks them), CodeLens (through
// VS Code's own CodeLens command), the status bar item, Find Reprints and Show Quote Origins
// in the Results view, the report written where asked, and passim's output shown in the
// views and hover cards. What only a screen shows is checked in test/ui/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { articleUri, waitFor } from './workspace';

const EXTENSION_ID = 'reprint-lens.reprint-lens';
const A001 = '001_0ef69f8f189c5c30.txt';
const A002 = '002_f746b196c47e67ff.txt';
const A003 = '003_9da7962be26feba9.txt';
const A004 = '004_8fba14ac2590a363.txt';

interface Row { label: string; description?: string; command?: { command: string; arguments?: unknown[] }; collapsible: boolean; children?: Row[] }
interface Views { clusters: Row[]; articles: Row[]; results: Row[] }
interface Drawn { path: string; origins: [number, number][]; copies: [number, number][] }

const ext = () => vscode.extensions.getExtension(EXTENSION_ID)!;
const views = async () => (await vscode.commands.executeCommand('reprintLens.test.views')) as Views;
const drawnSpans = async () => (await vscode.commands.executeCommand('reprintLens.test.decorations')) as Drawn[];
const statusText = async () => (await vscode.commands.executeCommand('reprintLens.test.statusBar')) as string | undefined;

async function openArticle(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(articleUri(name)), { preview: false });
}

function select(editor: vscode.TextEditor, phrase: string): void {
  const at = editor.document.getText().indexOf(phrase);
  assert.ok(at >= 0, `"${phrase}" is not in ${editor.document.uri.path}`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + phrase.length));
}

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('reprintLens').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Reprint Lens editor features: contributions', () => {
  before(async () => {
    await ext().activate();
  });

  it('contributes its own activity-bar container with three views, theme colours and the display settings', () => {
    const c = ext().packageJSON.contributes;
    assert.deepEqual(c.viewsContainers.activitybar.map((v: { id: string }) => v.id), ['reprintLens']);
    assert.deepEqual(c.views.reprintLens.map((v: { id: string }) => v.id), ['reprintLens.clusters', 'reprintLens.articles', 'reprintLens.results']);
    const colors = c.colors.map((x: { id: string }) => x.id);
    for (const id of ['reprintLens.originBackground', 'reprintLens.copyBackground', 'reprintLens.originRuler', 'reprintLens.copyRuler']) assert.ok(colors.includes(id), id);
    assert.ok(c.viewsWelcome.some((w: { view: string }) => w.view === 'reprintLens.clusters'), 'an empty state that says what to do');
    const config = vscode.workspace.getConfiguration('reprintLens');
    assert.equal(config.get('decorations.enabled'), true);
    assert.equal(config.get('codeLens.enabled'), true);
    assert.equal(config.get('statusBar.enabled'), true);
  });

  it('offers Find Reprints of Selection in the palette and the editor menu without a selection', () => {
    const menus = ext().packageJSON.contributes.menus;
    const palette = menus.commandPalette.find((m: { command: string }) => m.command === 'reprintLens.findReprintsOfSelection');
    const context = menus['editor/context'].find((m: { command: string }) => m.command === 'reprintLens.findReprintsOfSelection');
    assert.doesNotMatch(palette.when, /editorHasSelection/);
    assert.doesNotMatch(context.when, /editorHasSelection/);
  });
});

describe('Reprint Lens editor features: views', () => {
  before(async () => {
    await ext().activate();
    await vscode.commands.executeCommand('reprintLens.rebuildIndex');
  });

  it('lists each reused quote and passage with its first appearance and count, and every appearance under it', async () => {
    const { clusters } = await views();
    assert.ok(clusters.length >= 5, `${clusters.length} clusters`);
    const trained = clusters.find((r) => r.label === '“trained abroad”');
    assert.ok(trained, clusters.map((r) => r.label).join('\n'));
    assert.match(trained.description!, /^first in 001_0ef69f8f189c5c30:\d+ · 4 articles$/);
    assert.equal(clusters[0], trained, 'the widest-spread quote comes first');
    const kids = trained.children!;
    assert.equal(kids[0].description, 'first appearance');
    assert.match(kids[0].label, /^001_0ef69f8f189c5c30:\d+$/);
    for (const name of [A002, A003, A004]) assert.ok(kids.some((k) => k.label.startsWith(name.replace('.txt', ':'))), name);
    assert.ok(kids.slice(1).every((k) => /\d+% similar|repeat/.test(k.description!)), kids.map((k) => k.description).join(', '));
    // A click opens the article with the span selected.
    const open = kids.find((k) => k.label.startsWith('003_'))!.command!;
    assert.equal(open.command, 'reprintLens.openAppearance');
    await vscode.commands.executeCommand(open.command, ...open.arguments!);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(path.basename(editor.document.uri.path), A003);
    assert.equal(editor.document.getText(editor.selection), 'training abroad');
  });

  it('lists every article with how much is reused and from where', async () => {
    const { articles } = await views();
    assert.deepEqual(articles.map((r) => r.label), ['000_98a9a7d346d8e616', A001, A002, A003, A004].map((n) => n.replace('.txt', '')));
    const a003 = articles.find((r) => r.label.startsWith('003_'))!;
    assert.match(a003.description!, /^\d+% reused · \d+ quotes?( and \d+ passages?)? from 2 sources$/);
    const sources = a003.children!.filter((c) => c.label.startsWith('from '));
    assert.deepEqual(sources.map((s) => s.label).sort(), ['from 001_0ef69f8f189c5c30', 'from 002_f746b196c47e67ff']);
    assert.ok(sources.every((s) => (s.children ?? []).length > 0 && s.children!.every((m) => m.command?.command === 'reprintLens.openAppearance')));
    const a000 = articles.find((r) => r.label.startsWith('000_'))!;
    assert.match(a000.description!, /^origin of .* taken up by 2 articles$/);
    assert.ok(a000.children!.some((c) => c.label === 'taken up by'));
  });

  it('follows the index: a saved article that quotes another shows up in the views', async () => {
    const name = 'zz-views-save-test.txt';
    await vscode.workspace.fs.writeFile(articleUri(name), new TextEncoder().encode('A new article.\n'));
    try {
      await vscode.commands.executeCommand('reprintLens.rebuildIndex');
      const editor = await openArticle(name);
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), '“Their attack on Kazakhstan should be viewed as an act of aggression,” the council said in its statement.\n'));
      await editor.document.save();
      const row = await waitFor(async () => (await views()).articles.find((r) => r.label === 'zz-views-save-test' && /from/.test(r.description ?? '')), 'the saved article to show reuse in the Articles view');
      assert.match(row.description!, /1 quote from 1 source/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(articleUri(name));
      await vscode.commands.executeCommand('reprintLens.rebuildIndex');
    }
    assert.equal((await views()).articles.some((r) => r.label === 'zz-views-save-test'), false, 'gone with the file');
  });

  it('CodeLens over a copied quote: where it first appeared (opening it) and how many later versions (showing them)', async () => {
    const editor = await openArticle(A003);
    const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', editor.document.uri, 10)) as vscode.CodeLens[];
    const titles = lenses.map((l) => l.command?.title ?? '');
    const line = editor.document.positionAt(editor.document.getText().indexOf('training abroad')).line;
    const onLine = lenses.filter((l) => l.range.start.line === line).map((l) => l.command!);
    assert.ok(onLine.some((c) => /^\$\(quote\) first in 001_0ef69f8f189c5c30:\d+$/.test(c.title) && c.command === 'reprintLens.openAppearance'), titles.join('\n'));
    const versions = onLine.find((c) => c.title === '3 later versions');
    assert.ok(versions, titles.join('\n'));
    assert.equal(await vscode.commands.executeCommand(versions.command, ...versions.arguments!), true, 'the cluster is shown in the view');
    // VS Code asks providers only for documents it has open.
    await vscode.workspace.openTextDocument(articleUri(A002));
    const origin = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', articleUri(A002), 10)) as vscode.CodeLens[];
    assert.ok(origin.some((l) => l.command?.title === '$(quote) first appears here'), 'the appeal first appeared in 002');
    await setting('codeLens.enabled', false);
    try {
      const none = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', editor.document.uri, 10)) as vscode.CodeLens[];
      assert.equal(none.filter((l) => l.command?.title.includes('later version')).length, 0);
    } finally {
      await setting('codeLens.enabled', undefined);
    }
  });

  it('status bar: the active article’s reuse, hidden for other files; its command compares the article with its sources', async () => {
    await openArticle(A003);
    const text = await waitFor(statusText, 'the status bar item on 003');
    assert.match(text, /^\$\(references\) \d+% reused · \d+ quotes?( and \d+ passages?)? from 2 sources$/);
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not an article' });
    await vscode.window.showTextDocument(doc);
    await waitFor(async () => (await statusText()) === undefined || undefined, 'the item to hide on a file that is not indexed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await openArticle(A003);
    await vscode.commands.executeCommand('reprintLens.compareWithSources', articleUri(A003));
    const record = await waitFor(async () => {
      const r = (await vscode.commands.executeCommand('reprintLens.test.lastCompare')) as { model?: { sources: { path: string }[] } };
      return r.model?.sources.length === 3 ? r.model : undefined;
    }, 'the comparison of 003 with its sources');
    assert.deepEqual(record.sources.map((s) => s.path).sort(), [A001, A002, A003]);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('Reprint Lens editor features: highlights', () => {
  before(async () => {
    await vscode.commands.executeCommand('reprintLens.rebuildIndex');
  });
  after(async () => {
    await setting('decorations.enabled', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('highlights first appearances and later versions apart, exactly on their spans', async () => {
    const editor = await openArticle(A002);
    const text = editor.document.getText();
    const mine = await waitFor(async () => (await drawnSpans()).find((d) => d.path === A002), 'highlights in 002');
    const spanOf = (s: [number, number]) => text.slice(s[0], s[1]);
    assert.ok(mine.origins.map(spanOf).some((t) => t.startsWith('In this regard, relying on the collective security treaty')), 'the appeal first appeared in 002');
    assert.ok(mine.copies.map(spanOf).includes('trained abroad'), 'a copy of 001’s quote');
    assert.ok(!mine.origins.map(spanOf).includes('trained abroad'));
  });

  it('can be turned off and on with reprintLens.decorations.enabled', async () => {
    await openArticle(A002);
    await waitFor(async () => (await drawnSpans()).find((d) => d.path === A002 && d.copies.length > 0), 'highlights in 002');
    await setting('decorations.enabled', false);
    await waitFor(async () => (await drawnSpans()).length === 0 || undefined, 'highlights to go');
    await setting('decorations.enabled', true);
    await waitFor(async () => (await drawnSpans()).find((d) => d.path === A002), 'highlights to come back');
  });

  it('keeps the spans of an edited article until it is saved (no highlights in the wrong place)', async () => {
    const editor = await openArticle(A004);
    const before_ = await waitFor(async () => (await drawnSpans()).find((d) => d.path === A004), 'highlights in 004');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Inserted. '));
    await new Promise((r) => setTimeout(r, 600));
    const during = (await drawnSpans()).find((d) => d.path === A004);
    assert.deepEqual(during, before_, 'not redrawn from the index while the text differs');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('Reprint Lens editor features: Find Reprints and Show Quote Origins in the Results view', () => {
  before(async () => {
    await vscode.commands.executeCommand('reprintLens.rebuildIndex');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists the reprints of a selection in the Results view, where they stay', async () => {
    const editor = await openArticle(A002);
    select(editor, 'trained abroad');
    await vscode.commands.executeCommand('reprintLens.findReprintsOfSelection', { showList: false });
    const [top] = (await views()).results;
    assert.equal(top.label, '“trained abroad”');
    assert.equal(top.description, 'in 3 other articles');
    const places = top.children!.map((c) => c.label.split(':')[0]);
    for (const name of [A001, A003, A004]) assert.ok(places.includes(name.replace('.txt', '')), `${name} in ${places.join(', ')}`);
    assert.ok(top.children!.some((c) => /this selection/.test(c.description ?? '')));
  });

  it('says "not found in other articles" for words no other article has (defect 10)', async () => {
    const editor = await openArticle(A002);
    select(editor, 'Andre Ismagambet');
    const hits = (await vscode.commands.executeCommand('reprintLens.findReprintsOfSelection', { showList: false })) as { path: string }[];
    assert.ok(hits.every((h) => h.path === A002), 'only the selection itself was found');
    const [top] = (await views()).results;
    assert.equal(top.label, '“Andre Ismagambet”');
    assert.match(top.description!, /^not found in other articles/);
    assert.deepEqual(top.children!.map((c) => c.label), [top.description], 'no list of the selection alone');
  });

  it('without a selection, searches the quote at the cursor (defect 10)', async () => {
    const editor = await openArticle(A003);
    const at = editor.document.getText().indexOf('Collective Security Treaty, today I turned');
    editor.selection = new vscode.Selection(editor.document.positionAt(at + 5), editor.document.positionAt(at + 5));
    const hits = (await vscode.commands.executeCommand('reprintLens.findReprintsOfSelection', { showList: false })) as { path: string }[];
    assert.ok(hits.some((h) => h.path === A002), 'the appeal is found in 002');
    const [top] = (await views()).results;
    assert.match(top.label, /^“In this regard, relying on the Collective Security Treaty/);
    assert.equal(top.description, 'in 1 other article');
  });

  it('shows the quote origins of the active article in the Results view, each with its versions', async () => {
    await openArticle(A003);
    const [previous] = (await views()).results;
    await vscode.commands.executeCommand('reprintLens.showQuoteOrigins', { showList: false });
    const [top, second] = (await views()).results;
    assert.equal(top.label, 'Quote origins in 003_9da7962be26feba9');
    const training = top.children!.find((c) => c.label === 'training abroad')!;
    assert.match(training.description!, /· first in 001_0ef69f8f189c5c30:\d+ · 4 articles$/);
    assert.ok(training.children!.some((c) => c.description === 'first appearance'));
    assert.equal(second.label, previous.label, 'the earlier result is kept below');
  });
});

describe('Reprint Lens editor features: report', () => {
  let dir = '';
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reprint-lens-report-'));
    await vscode.commands.executeCommand('reprintLens.rebuildIndex');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the HTML report, and only it, where asked', async () => {
    const target = vscode.Uri.file(path.join(dir, 'reuse.html'));
    const written = (await vscode.commands.executeCommand('reprintLens.exportReport', target)) as { format: string; bytes: number };
    assert.equal(written.format, 'html');
    assert.deepEqual(fs.readdirSync(dir), ['reuse.html']);
    const html = fs.readFileSync(target.fsPath, 'utf8');
    assert.equal(Buffer.byteLength(html), written.bytes);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /trained abroad/);
    assert.match(html, /<svg /);
  });

  it('writes CSV for a .csv name, and never writes over an article', async () => {
    const csv = vscode.Uri.file(path.join(dir, 'reuse.csv'));
    assert.equal(((await vscode.commands.executeCommand('reprintLens.exportReport', csv)) as { format: string }).format, 'csv');
    assert.match(fs.readFileSync(csv.fsPath, 'utf8'), /^\ufeffcluster,kind,role/);
    const article = articleUri(A001);
    const before_ = fs.readFileSync(article.fsPath);
    assert.equal(await vscode.commands.executeCommand('reprintLens.exportReport', article), undefined);
    assert.deepEqual(fs.readFileSync(article.fsPath), before_);
  });
});

describe('Reprint Lens editor features: passim output', () => {
  const fixture = () => vscode.Uri.joinPath(ext().extensionUri, 'test', 'fixtures', 'passim', 'kazakhstan-2022', 'output');
  after(async () => {
    await vscode.commands.executeCommand('reprintLens.rebuildIndex');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens passim’s clusters in the views and hover cards, until the index is rebuilt', async () => {
    // With the view on screen, as a user opening passim output from its title bar has it.
    await vscode.commands.executeCommand('reprintLens.clusters.focus');
    const opened = (await vscode.commands.executeCommand('reprintLens.openPassimOutput', fixture())) as { clusters: number; placed: number; records: number; problems: string[] };
    assert.deepEqual([opened.clusters, opened.placed, opened.records, opened.problems], [5, 10, 10, []]);
    // Nothing started on the way (the view reacting to the swap) may put Reprint Lens's own alignment back.
    await new Promise((r) => setTimeout(r, 3000));
    const { clusters } = await views();
    assert.equal(clusters.length, 5);
    assert.ok(clusters.some((r) => r.label.startsWith('“In this regard, relying on the collective security treaty') && /^first in 002_f746b196c47e67ff:5 · 2 articles$/.test(r.description!)));
    const editor = await openArticle(A003);
    const at = editor.document.getText().indexOf('today I turned');
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at + 3))) as vscode.Hover[];
    const card = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n').replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.ok(card.includes(`First appeared in [${A002}, line 5`), card);
    const none = (await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(editor.document.getText().indexOf('training abroad')))) as vscode.Hover[];
    assert.equal(none.length, 0, 'passim did not report the short quote, so neither does the card');
    await vscode.commands.executeCommand('reprintLens.rebuildIndex');
    assert.ok((await views()).clusters.length > 5, 'Reprint Lens’s own alignment again');
  });

  it('says what is wrong with a folder that holds no passim output', async () => {
    const opened = await vscode.commands.executeCommand('reprintLens.openPassimOutput', vscode.workspace.workspaceFolders![0].uri);
    assert.equal(opened, undefined);
  });
});
