// The file limit in the real extension host: past reprintLens.maxFiles the workspace is not
// indexed (the command that asks for the index gets nothing), and raising the limit again
// indexes it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

type Summary = { articles: number } | undefined;

describe('index file limit (reprintLens.maxFiles)', () => {
  const config = () => vscode.workspace.getConfiguration('reprintLens');

  before(async () => {
    await vscode.extensions.getExtension('reprint-lens.reprint-lens')?.activate();
  });
  after(async () => {
    await config().update('maxFiles', undefined, vscode.ConfigurationTarget.Global);
    // Leave the index built for the suites that follow.
    await vscode.commands.executeCommand('reprintLens.rebuildIndex');
  });

  it('does not index a workspace with more article files than the limit', async () => {
    await config().update('maxFiles', 3, vscode.ConfigurationTarget.Global);
    const refused = await vscode.commands.executeCommand<Summary>('reprintLens.rebuildIndex');
    assert.equal(refused, undefined, 'nothing indexed over the limit');
    await config().update('maxFiles', 5, vscode.ConfigurationTarget.Global);
    const built = await vscode.commands.executeCommand<Summary>('reprintLens.rebuildIndex');
    assert.equal(built?.articles, 5, 'at the limit, all five articles are indexed');
  });
});
