// With several profiles, the Your Account view says whose account it shows, and follows changes.
import assert from 'node:assert/strict';
import { makeVscodeStub, withVscodeStub } from '../support/vscodeStub';

describe('ui/accountView: whose account', () => {
  it('the view\'s description names the user and profile it shows, and follows a change', () => {
    const { vscode } = makeVscodeStub();
    const views: { description?: string }[] = [];
    const Disposable = { from: (...d: { dispose(): void }[]) => ({ dispose: () => d.forEach((x) => x.dispose()) }) };
    const stub = { ...vscode, Disposable, window: { ...vscode.window, createTreeView: () => { const v = { description: undefined as string | undefined, dispose: () => undefined }; views.push(v); return v; } } };
    // A fresh copy: another test may have loaded the module over a stand-in without createTreeView.
    delete require.cache[require.resolve('../../src/ui/accountView')];
    const { registerAccountView } = withVscodeStub(stub, () => require('../../src/ui/accountView') as typeof import('../../src/ui/accountView'));
    const listeners: (() => void)[] = [];
    let whose: string | undefined = 'demo on Bytemark Cloud';
    const d = registerAccountView({ get: async () => undefined, onDidChange: (l: () => void) => (listeners.push(l), { dispose: () => undefined }), whose: () => whose } as never);
    assert.equal(views[0]!.description, 'demo on Bytemark Cloud');
    whose = 'ops on Big estate';
    for (const l of listeners) l();
    assert.equal(views[0]!.description, 'ops on Big estate');
    d.dispose();
  });
});
