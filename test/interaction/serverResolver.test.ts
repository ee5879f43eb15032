import assert from 'node:assert/strict';
import { candidates, pickItem } from '../../src/interaction/serverResolver';
import { estate } from '../estate/targets.test';

describe('server resolver: palette choices', () => {
  it('quick pick rows: name, group.account, state and IP', () => {
    const e = estate();
    assert.deepEqual(
      (({ label, description, detail }) => ({ label, description, detail }))(pickItem(e.server(2)!)),
      { label: 'db', description: 'default.demo', detail: 'Stopped · 46.43.1.2' },
    );
    e.setPending(1, 'restarting');
    assert.equal(pickItem(e.server(1)!).detail, 'Restarting… · 46.43.1.2');
  });

  it('offers exactly the servers the state model allows the action for', () => {
    const e = estate();
    assert.deepEqual(candidates(e.servers(), 'openConsole').map((r) => r.label).sort(), ['db', 'web1']);
    assert.deepEqual(candidates(e.servers(), 'start').map((r) => r.label), ['db']);
    assert.deepEqual(candidates(e.servers(), 'restore').map((r) => r.label), ['old']);
    e.setPending(1, 'restarting');
    assert.deepEqual(candidates(e.servers(), 'start').map((r) => r.label), ['db'], 'a restarting server is not offered Start');
  });
});
