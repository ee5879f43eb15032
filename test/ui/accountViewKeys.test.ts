// Issue 20: Your Account lists the user's API keys (expiry in words, its privileges under it, each
// row with the menu its kind and state give), and signed in with a key, the key's privileges.
import assert from 'node:assert/strict';
import { parseRowContext } from '../../src/model/rowContext';
import { makeVscodeStub, withVscodeStub } from '../support/vscodeStub';

type Item = { id?: string; label?: unknown; description?: unknown; contextValue?: string; collapsibleState?: number };

describe('ui/accountView: API keys', () => {
  const { vscode } = makeVscodeStub();
  delete require.cache[require.resolve('../../src/ui/accountView')];
  const { AccountTreeProvider } = withVscodeStub(vscode, () => require('../../src/ui/accountView') as typeof import('../../src/ui/accountView'));
  const keyPrivilege = { id: 7, username: 'demo', level: 'group_admin', group_id: 3, group_name: 'web', account_name: 'demo', api_key_id: 2 };
  const data = (apiKeySession: boolean) => ({
    username: 'demo',
    keys: [],
    privileges: apiKeySession ? [keyPrivilege] : [{ id: 1, username: 'demo', level: 'account_admin', account_id: 1, account_name: 'demo' }],
    apiKeySession,
    apiKeys: [
      { id: 2, label: 'ci', expires_at: null, privileges: [keyPrivilege] },
      { id: 3, label: 'old', expires_at: '2001-01-01T00:00:00Z', privileges: [] },
    ],
    problems: [],
  });

  async function walk(apiKeySession: boolean): Promise<Item[]> {
    const view = new AccountTreeProvider({ get: async () => data(apiKeySession) as never, onDidChange: () => ({ dispose: () => undefined }) });
    const out: Item[] = [];
    const visit = async (rows: readonly unknown[]): Promise<void> => {
      for (const row of rows) {
        out.push(view.getTreeItem(row as never) as unknown as Item);
        await visit(await view.getChildren(row as never));
      }
    };
    await visit(await view.getChildren());
    return out;
  }

  it('every row has a unique id, and a contextValue of the one grammar', async () => {
    for (const keyed of [false, true]) {
      const items = await walk(keyed);
      const ids = items.map((i) => i.id);
      assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(', ')}`);
      for (const i of items) assert.ok(parseRowContext(i.contextValue ?? ''), `${String(i.id)}: ${String(i.contextValue)}`);
    }
  });

  it('keys with their expiry; an expired one says so; its privileges under it can be revoked', async () => {
    const items = await walk(false);
    const ci = items.find((i) => i.id === 'apikey:2')!;
    const old = items.find((i) => i.id === 'apikey:3')!;
    assert.equal(ci.description, 'never expires');
    assert.match(String(old.description), /^expired /);
    assert.match(old.contextValue!, /^apiKey\.expired:deleteApiKey:$/);
    assert.match(items.find((i) => i.id === 'apikeys')!.contextValue!, /:createApiKey:/);
    assert.match(items.find((i) => i.id === 'apikey:2:privilege:7')!.contextValue!, /^privilege\.keyed:revokePrivilege:$/);
    assert.match(items.find((i) => i.id === 'privilege:1')!.contextValue!, /^privilege\.held:$/, 'your own privilege is shown, not offered for revoking here');
  });

  it('signed in with an API key: the Privileges section is the keys\', each named by its key', async () => {
    const items = await walk(true);
    assert.equal(items.find((i) => i.id === 'privileges')!.label, 'Privileges of Your API Keys');
    assert.match(String(items.find((i) => i.id === 'privilege:7')!.description), /^key ci · /);
  });
});
