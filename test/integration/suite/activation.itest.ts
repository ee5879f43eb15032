// Runs inside a real VS Code (desktop, via @vscode/test-electron): the extension activates and
// every command package.json contributes is registered by that activation.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'bigv-vscode.bigv-vscode';

describe('extension in a real VS Code', function () {
  it('activates without error', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed in the test instance`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('registers every contributed command', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    const manifest = ext.packageJSON as { contributes?: { commands?: Array<{ command: string }> } };
    const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length >= 22, `package.json contributes ${contributed.length} commands`);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], 'contributed but not registered');
  });

  it('contributes the Servers view in the Bytemark Cloud container', function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const manifest = ext?.packageJSON as { contributes?: { views?: Record<string, Array<{ id: string }>> } };
    assert.ok(manifest.contributes?.views?.bigv?.some((v) => v.id === 'bigv.servers'));
  });
});
