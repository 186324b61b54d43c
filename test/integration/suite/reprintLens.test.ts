// Reprint Lens inside a real VS Code, on the example corpus: contributions, the reuse
// index, hover cards (through VS Code's own hover pipeline) and the comparison webview
// (what the host sends, and what the page reports having drawn).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { articleUri, waitFor } from './workspace';
import type { CompareModel, PassageModel, RenderedMessage } from '../../../src/shared/protocol';

// ---- helpers ----

const EXTENSION_ID = 'reprint-lens.reprint-lens';
const A002 = '002_f746b196c47e67ff.txt';
const A003 = '003_9da7962be26feba9.txt';
const A004 = '004_8fba14ac2590a363.txt';
const A001 = '001_0ef69f8f189c5c30.txt';

/** The extension, activated. */
async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  await ext.activate();
  return ext;
}

/** Opens an example article in an editor. */
async function openArticle(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(articleUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Position in the middle of the first occurrence of `phrase`. */
function positionOf(doc: vscode.TextDocument, phrase: string): vscode.Position {
  const at = doc.getText().indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in ${doc.uri.path}`);
  return doc.positionAt(at + Math.floor(phrase.length / 2));
}

/** The text of every hover part (MarkdownString or plain string). */
function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Timings measured by the suites, written to test-results/integration-timings.json at the end. */
const timings: Record<string, number> = {};

after(async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext || Object.keys(timings).length === 0) return;
  const dir = path.join(ext.extensionUri.fsPath, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'integration-timings.json'), `${JSON.stringify({ vscode: vscode.version, ...timings }, null, 2)}\n`);
});

// ---- contributions and index ----

interface PackageJson {
  contributes: { commands: { command: string }[]; configuration: { properties: Record<string, unknown> } };
  activationEvents: unknown[];
  capabilities: unknown;
}

describe('Reprint Lens: contributions', () => {
  let pkg: PackageJson;

  before(async () => {
    pkg = (await activeExtension()).packageJSON as PackageJson;
  });

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = pkg.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
  });

  it('activates lazily (never on start-up) and declares untrusted and virtual workspace support', () => {
    // Commands and the article language activate it implicitly; hovers in plain text and
    // Markdown need these two events, or a fresh window would show no hover cards at all.
    assert.deepEqual(pkg.activationEvents, ['onLanguage:plaintext', 'onLanguage:markdown']);
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('contributes the settings with their defaults', () => {
    const c = vscode.workspace.getConfiguration('reprintLens');
    assert.deepEqual(c.get('articleGlobs'), ['**/*.{txt,md,article}']);
    assert.equal(c.get('similarityThreshold'), 0.5);
    assert.equal(c.get('firstAppearance'), 'date-then-path');
    assert.equal(c.get('maxArticleSizeKB'), 512);
  });

  it('knows the news-article language and switches a plain-text editor to it', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('reprint-article'));
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'BEIJING: “Hello,” she said.' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('reprintLens.useArticleLanguage');
    const now = vscode.window.activeTextEditor?.document;
    assert.equal(now?.languageId, 'reprint-article');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('Reprint Lens: reuse index', () => {
  it('indexes the five example articles and finds reused passages', async () => {
    const stats = (await vscode.commands.executeCommand('reprintLens.rebuildIndex')) as {
      articles: number;
      clusters: number;
      skipped: number;
      buildMs: number;
    };
    timings.indexBuildMs = stats.buildMs;
    assert.equal(stats.articles, 5);
    assert.equal(stats.skipped, 0);
    assert.ok(stats.clusters > 0);
  });

  it('stores the index and, on reopening, answers from it without aligning; rebuild aligns anew', async () => {
    type Info = { articles: number; clusters: number; fromCache: boolean; result?: unknown };
    const fresh = (await vscode.commands.executeCommand('reprintLens.rebuildIndex')) as Info;
    assert.equal(fresh.fromCache, false, 'Rebuild Reuse Index aligns the articles');
    const aligned = (await vscode.commands.executeCommand('reprintLens.test.reloadIndex')) as Info;
    // The rebuild stored its result; reloading the same articles finds it.
    const reopened = (await vscode.commands.executeCommand('reprintLens.test.reloadIndex')) as Info;
    assert.equal(reopened.fromCache, true, 'reopening an unchanged folder uses the stored index');
    assert.equal(
      await vscode.commands.executeCommand('reprintLens.test.sessionState'),
      'built in background',
      'the session behind a stored index is built in the background, for the first save',
    );
    assert.equal(reopened.articles, 5);
    assert.deepEqual(reopened.result, aligned.result, 'the stored index is the same alignment');
    const again = (await vscode.commands.executeCommand('reprintLens.rebuildIndex')) as Info;
    assert.equal(again.fromCache, false);
    assert.equal(await vscode.commands.executeCommand('reprintLens.test.sessionState'), 'built at once');
    assert.equal(again.clusters, fresh.clusters);
  });

  it('skips files over reprintLens.maxArticleSizeKB and indexes the rest', async () => {
    const config = vscode.workspace.getConfiguration('reprintLens');
    await config.update('maxArticleSizeKB', 4, vscode.ConfigurationTarget.Global);
    try {
      const stats = (await vscode.commands.executeCommand('reprintLens.rebuildIndex')) as { articles: number; skipped: number };
      // 003 (8 KB) and 004 (5 KB) are over 4 KB; the other three are under it.
      assert.deepEqual({ articles: stats.articles, skipped: stats.skipped }, { articles: 3, skipped: 2 });
    } finally {
      await config.update('maxArticleSizeKB', undefined, vscode.ConfigurationTarget.Global);
    }
    const stats = (await vscode.commands.executeCommand('reprintLens.rebuildIndex')) as { articles: number };
    assert.equal(stats.articles, 5);
  });

  it('lists the quote origins of the active article', async () => {
    await openArticle(A002);
    const origins = (await vscode.commands.executeCommand('reprintLens.showQuoteOrigins', { showList: false })) as {
      text: string;
      originPath: string;
      articles: number;
    }[];
    const trained = origins.find((o) => o.text.includes('trained abroad'));
    assert.ok(trained, `no "trained abroad" among ${JSON.stringify(origins.map((o) => o.text))}`);
    assert.equal(trained.originPath, A001, 'the quote first appeared in 001 (path order, no dates)');
    assert.ok(trained.articles >= 3);
  });

  it('finds reprints of the selected words across the workspace', async () => {
    const editor = await openArticle(A002);
    const at = editor.document.getText().indexOf('trained abroad');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'trained abroad'.length));
    const hits = (await vscode.commands.executeCommand('reprintLens.findReprintsOfSelection', { showList: false })) as {
      path: string;
      text: string;
    }[];
    const paths = new Set(hits.map((h) => h.path));
    for (const p of [A001, A002, A003, A004]) assert.ok(paths.has(p), `${p} missing from ${[...paths].join(', ')}`);
  });
});

// ---- hover cards ----

describe('Reprint Lens: hover cards', () => {
  before(async () => {
    await activeExtension();
    await vscode.commands.executeCommand('reprintLens.rebuildIndex');
  });

  it('names the first appearance and every other source of a quote, with similarity and differing words', async () => {
    const editor = await openArticle(A002);
    const t0 = Date.now();
    const hovers = (await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      editor.document.uri,
      positionOf(editor.document, 'trained abroad'),
    )) as vscode.Hover[];
    timings.hoverProviderMs = Date.now() - t0;
    // appendText escapes Markdown characters with backslashes and spaces as &nbsp;; read past both.
    const text = hoverText(hovers).replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(text, /Reprint Lens/);
    assert.ok(text.includes(`First appeared in [${A001}, line `), text);
    for (const other of [A003, A004]) assert.ok(text.includes(other), `${other} missing from the hover:\n${text}`);
    assert.match(text, /\d+% similar/);
    // Why the hovered quote is linked, in one line; the hovered article is not among the others.
    assert.match(text, /Why linked:_? same words, \d+ distinctive words?; no words changed; chance /);
    assert.ok(!text.slice(text.indexOf('Other appearances')).includes(A002), `${A002} is the hovered article:\n${text}`);
    assert.match(text, /command:reprintLens\.openAppearance\?/);
  });

  it('links only to its own command, with arguments that open the article', async () => {
    const editor = await openArticle(A002);
    const hovers = (await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      editor.document.uri,
      positionOf(editor.document, 'today I have appealed'),
    )) as vscode.Hover[];
    const text = hoverText(hovers);
    const links = [...text.matchAll(/\]\((command:[^ )]+)/g)].map((m) => m[1]);
    assert.ok(links.length > 0, `no command links in:\n${text}`);
    for (const link of links) assert.ok(link.startsWith('command:reprintLens.openAppearance?'), link);
    const args = JSON.parse(decodeURIComponent(links[0].split('?')[1])) as [string, number, number];
    await vscode.commands.executeCommand('reprintLens.openAppearance', ...args);
    assert.equal(vscode.window.activeTextEditor?.document.uri.path.split('/').pop(), args[0]);
    const selected = vscode.window.activeTextEditor!.document.offsetAt(vscode.window.activeTextEditor!.selection.start);
    assert.equal(selected, args[1]);
  });

  it('stays silent where nothing is reused', async () => {
    const editor = await openArticle(A002);
    const hovers = (await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      editor.document.uri,
      positionOf(editor.document, 'Journalist'),
    )) as vscode.Hover[];
    assert.doesNotMatch(hoverText(hovers), /Reprint Lens/);
  });

  it('ignores links to articles outside the index', async () => {
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    await vscode.commands.executeCommand('reprintLens.openAppearance', '../../etc/passwd', 0, 10);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before);
  });
});

// ---- comparison view ----

interface CompareRecord {
  model?: CompareModel;
  passage?: PassageModel | null;
  rendered?: RenderedMessage;
  firstRenderMs?: number;
}

const lastCompare = async () => (await vscode.commands.executeCommand('reprintLens.test.lastCompare')) as CompareRecord;

/** Waits until the page reports drawing the pair `left` → `right`. */
function drawn(left: string, right: string) {
  return waitFor(async () => {
    const r = await lastCompare();
    return r.rendered?.left === left && r.rendered.right === right ? r : undefined;
  }, `the comparison ${left} → ${right} to be drawn`);
}

describe('Reprint Lens: comparison view', () => {
  before(async () => {
    await activeExtension();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('compares two sources in aligned rows with word differences', async () => {
    const t0 = Date.now();
    await vscode.commands.executeCommand('reprintLens.compareSources', undefined, [articleUri(A002), articleUri(A003)]);
    const r = await drawn(A002, A003);
    timings.compareCommandToDrawnMs = Date.now() - t0;
    timings.compareHostMeasuredMs = r.firstRenderMs ?? -1;
    const model = r.model!;
    assert.equal(model.base, A002, 'the first appearance is the base');
    assert.deepEqual(model.sources.map((s) => s.path), [A002, A003]);
    assert.equal(model.pairs.length, 1);
    const pair = model.pairs[0];
    assert.equal(r.rendered!.rows, pair.rows.length, 'the page drew every row');
    assert.ok(pair.reusedShare > 0 && pair.reusedShare < 1);
    const appeal = pair.rows.find(
      (row) =>
        row.kind === 'changed' &&
        row.parts?.some((p) => p.op === 'delete' && p.text.includes('appealed')) &&
        row.parts?.some((p) => p.op === 'insert' && p.text.includes('turned')),
    );
    assert.ok(appeal, 'the Tokayev appeal is a changed row: "appealed" deleted, "turned" inserted');
    assert.ok(pair.rows.some((row) => row.kind === 'omitted' && row.left && !row.right));
    assert.ok(pair.rows.some((row) => row.kind === 'added' && row.right && !row.left));
    const total = Object.values(pair.counts).reduce((a, b) => a + b, 0);
    assert.equal(total, pair.rows.length);
  });

  it('sets every other source against the base, and stacks the versions of a passage', async () => {
    await vscode.commands.executeCommand('reprintLens.compareSources', undefined, [
      articleUri(A004),
      articleUri(A003),
      articleUri(A002),
    ]);
    const r = await drawn(A002, A003);
    const model = r.model!;
    assert.deepEqual(model.sources.map((s) => s.path), [A002, A003, A004], 'sources in first-appearance order');
    assert.deepEqual(model.pairs.map((p) => p.right), [A003, A004]);
    assert.ok(model.passages.length > 0, 'the three sources share reused passages');
  });

  it('compares the active article with another one, the active one as base', async () => {
    await openArticle(A003);
    await vscode.commands.executeCommand('reprintLens.compareActiveWith', articleUri(A002));
    const r = await drawn(A003, A002);
    assert.equal(r.model!.base, A003);
  });
});

// ---- refresh on save ----

describe('Reprint Lens: index refresh on save', () => {
  const name = 'zz-reprint-lens-save-test.txt';

  /** The text of the Reprint Lens hover card at `phrase`, once the refreshed index shows one. */
  const waitForHoverCard = (editor: vscode.TextEditor, phrase: string, what: string) =>
    waitFor(async () => {
      const hovers = (await vscode.commands.executeCommand(
        'vscode.executeHoverProvider',
        editor.document.uri,
        positionOf(editor.document, phrase),
      )) as vscode.Hover[];
      const t = hoverText(hovers).replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
      return t.includes('Reprint Lens') ? t : undefined;
    }, what);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(articleUri(name)).then(undefined, () => undefined);
    await vscode.commands.executeCommand('reprintLens.rebuildIndex');
  });

  it('takes in a newly saved article and answers hovers for it', async () => {
    await vscode.commands.executeCommand('reprintLens.rebuildIndex');
    await vscode.workspace.fs.writeFile(articleUri(name), new TextEncoder().encode('Nothing reused here yet.\n'));
    const editor = await openArticle(name);
    const quote =
      '“In this regard, relying on the collective security treaty, today I have appealed to the heads of the CSTO states to assist Kazakhstan in overcoming this terrorist threat,” Tokayev said.';
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), `Reprinted: ${quote}\n`));
    const t0 = Date.now();
    await editor.document.save();
    const text = await waitForHoverCard(editor, 'relying on the collective', 'a hover card on the saved article');
    timings.refreshOnSaveMs = Date.now() - t0;
    assert.ok(text.includes(`First appeared in [${A002}`), text);
    assert.match(text, /Why linked:_? /);
    // The saved article is the hovered one: not listed again among the other appearances.
    assert.ok(!text.slice(text.indexOf('Other appearances')).includes(name), text);
  });

  it('after reopening from the stored index, a save re-aligns the saved article without a rebuild', async () => {
    // The first reload stores the index if the last save's copy is not stored yet; the second finds it.
    await vscode.commands.executeCommand('reprintLens.test.reloadIndex');
    const reopened = (await vscode.commands.executeCommand('reprintLens.test.reloadIndex')) as { fromCache: boolean };
    assert.equal(reopened.fromCache, true);
    const editor = await openArticle(name);
    const quote = '“radically-minded supporters of riots have caused huge damage to the city,” the statement said.';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), `${quote}\n`));
    await editor.document.save();
    const text = await waitForHoverCard(editor, 'supporters of riots', 'a hover card on the article saved after reopening');
    assert.ok(text.includes(`First appeared in [${A001}`), text);
    // The save was applied to the session built in the background, not to one built on the spot.
    assert.equal(await vscode.commands.executeCommand('reprintLens.test.sessionState'), 'built in background');
  });
});
