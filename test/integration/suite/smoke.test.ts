// Checks that the tests really run inside the VS Code we install, with the example corpus open.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';

describe('smoke', () => {
  it('runs in VS Code 1.100.3', () => {
    assert.equal(vscode.version, '1.100.3');
  });

  it('sees the example .txt articles through vscode.workspace.findFiles', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    const onDisk = fs.readdirSync(folder.uri.fsPath).filter((f) => f.endsWith('.txt')).sort();
    assert.ok(onDisk.length > 0, `no .txt files in ${folder.uri.fsPath}`);

    const found = await vscode.workspace.findFiles('**/*.txt');
    assert.deepEqual(found.map((uri) => uri.path.split('/').pop()).sort(), onDisk);
  });
});
