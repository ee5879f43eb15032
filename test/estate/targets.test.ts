import assert from 'node:assert/strict';
import { Estate } from '../../src/estate/estate';
import { targetFromNode } from '../../src/estate/targets';
import { account, vm } from './fixtures';

export function estate(): Estate {
  const e = new Estate();
  e.replace(
    [
      account(11, 'demo', [
        { id: 101, name: 'default', vms: [vm({ id: 1, name: 'web1' }), vm({ id: 2, name: 'db', power_on: false, autoreboot_on: false })] },
      ]),
      account(12, 'acme', [{ id: 201, name: 'prod', vms: [vm({ id: 3, name: 'old', deleted: true, power_on: false })] }]),
    ],
    true,
  );
  return e;
}

describe('server targets', () => {
  it('address the server by ids and name it as name.group.account', () => {
    const t = targetFromNode(estate().server(1)!);
    assert.deepEqual(t.ref, { account: 11, group: 101, server: 1 });
    assert.equal(t.fullName, 'web1.default.demo');
    assert.equal(t.accountName, 'demo');
    assert.equal(t.groupName, 'default');
  });
});
