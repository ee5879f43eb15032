// The Your Account view's data: the signed-in user's keys and privileges. Issue 17, item 13: an
// answer for another user is not shown as yours.
import assert from 'node:assert/strict';
import type { State } from '../simulator/state';
import { BrainClient } from '../../src/api';
import { AccountModel } from '../../src/estate/account';
import { WriteAccess } from '../../src/estate/writeAccess';
import { DEMO_API_KEY } from '../simulator/index';
import type { SessionAccess } from '../../src/estate/sessionAccess';
import { useSimulator } from '../api/helpers';

describe('estate/account', () => {
  const h = useSimulator();

  async function model(username = 'demo'): Promise<{ account: AccountModel; warnings: string[] }> {
    const { brain } = await h.signedIn(username);
    const session = { brain } as unknown as SessionAccess;
    const warnings: string[] = [];
    return { account: new AccountModel({ session, username: () => username, log: { warn: (m) => warnings.push(m) } }), warnings };
  }

  it('reads the signed-in user\'s keys', async () => {
    const { account } = await model();
    const data = await account.get();
    assert.equal(data?.username, 'demo');
    assert.equal(data?.keys.length, 1);
    assert.deepEqual(data?.problems, []);
  });

  it('an answer for another user is a problem, not their keys shown as yours', async () => {
    const { account, warnings } = await model();
    const ops = h.sim.state.people.users.get('ops')!;
    h.sim.faults.malformedNext({ method: 'GET', path: '/users/demo', body: JSON.stringify({ id: ops.id, username: 'ops', email: 'ops@example.com', authorized_keys: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGRlbW9kZW1vZGVtb2RlbW9kZW1vZGVtb2RlbW9kZW1v ops@desk' }) });
    const data = await account.get();
    assert.deepEqual(data?.keys, []);
    assert.equal(data?.problems.length, 1);
    assert.match(data!.problems[0]!, /answered with user ops, not demo/);
    assert.equal(warnings.length, 1);
  });

  it('lists the user\'s API keys, and a password session shows the user\'s privileges, not their keys\'', async () => {
    const { account } = await model();
    const data = (await account.get())!;
    assert.deepEqual(data.apiKeys?.map((k) => k.label), ['ci']);
    assert.equal(data.apiKeySession, false);
    assert.ok(data.privileges.length > 0);
    assert.ok(data.privileges.every((p) => p.username === 'demo' && (p.api_key_id === undefined || p.api_key_id === null)));
  });

  it('signed in with an API key, the privileges shown are the key\'s own (issue 20)', async () => {
    const brain = new BrainClient(h.sim.url, () => DEMO_API_KEY, { retryDelaysMs: [20] });
    const session = { brain, usesApiKey: true } as unknown as SessionAccess;
    const data = (await new AccountModel({ session, username: () => 'demo', log: { warn: () => undefined } }).get())!;
    assert.equal(data.apiKeySession, true);
    assert.deepEqual(data.privileges.map((p) => [p.level, p.group_name, typeof p.api_key_id]), [['group_admin', 'web', 'number']]);
    // And the menus follow: with the key, only the web group may be changed.
    const all = await brain.privileges.list();
    const web = (h.sim.state as State).groupByRef((h.sim.state as State).accountByRef('demo')!, 'web')!;
    const db = (h.sim.state as State).groupByRef((h.sim.state as State).accountByRef('demo')!, 'db')!;
    const keyed = WriteAccess.of(all, 'demo', true);
    assert.equal(keyed.mayWriteGroup(web.id, web.account_id), true);
    assert.equal(keyed.mayWriteGroup(db.id, db.account_id), false, 'the user administers the account; the key does not');
    assert.equal(WriteAccess.of(all, 'demo').mayWriteGroup(db.id, db.account_id), true);
  });
});
