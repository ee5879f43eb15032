import assert from 'node:assert/strict';
import { Estate } from '../../src/estate/estate';
import { candidateRows, pickRow, targetFromNode } from '../../src/estate/targets';
import { account, vm } from './fixtures';

function estate(): Estate {
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

  it('quick pick rows: name, group.account, state and IP', () => {
    const e = estate();
    assert.deepEqual(
      (({ label, description, detail }) => ({ label, description, detail }))(pickRow(e.server(2)!)),
      { label: 'db', description: 'default.demo', detail: 'Stopped · 46.43.1.2' },
    );
    e.setPending(1, 'restarting');
    assert.equal(pickRow(e.server(1)!).detail, 'Restarting… · 46.43.1.2');
  });

  it('offers live servers by default, and what the filter accepts when given one', () => {
    const e = estate();
    assert.deepEqual(candidateRows(e.servers()).map((r) => r.label).sort(), ['db', 'web1']);
    assert.deepEqual(candidateRows(e.servers(), (t) => !t.vm.power_on && !t.vm.deleted).map((r) => r.label), ['db']);
    assert.deepEqual(candidateRows(e.servers(), (t) => t.vm.deleted === true).map((r) => r.label), ['old']);
  });
});
