// The Your Account view's data: the signed-in user's keys and privileges. Issue 17, item 13: an
// answer for another user is not shown as yours.
import assert from 'node:assert/strict';
import { AccountModel } from '../../src/estate/account';
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
});
