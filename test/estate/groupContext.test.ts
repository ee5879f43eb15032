import assert from 'node:assert/strict';
import type { AccountNode, GroupNode } from '../../src/estate/nodes';
import { accountContext, groupContext, mayCreateServer, WriteAccess } from '../../src/estate/writeAccess';

const account = { kind: 'account', id: 'account:1', account: { id: 1, name: 'demo' }, groups: [] } as unknown as AccountNode;
const group = (id: number, name: string): GroupNode => ({ kind: 'group', id: `group:${id}`, group: { id, name }, parent: account, servers: [] }) as unknown as GroupNode;
const priv = (level: string, target: Record<string, number>) => ({ id: 1, level, username: 'u', ...target });

describe('estate: what a group\'s menu offers', () => {
  // Who Has Access… is on every group (what the user may see); Grant Access… where they may change it.
  it('an account admin: create, rename, delete; on the default group, only create', () => {
    const a = WriteAccess.of([priv('account_admin', { account_id: 1 })] as never, 'u');
    assert.equal(groupContext(a, group(10, 'web')), 'group.named:createServer:renameGroup:deleteGroup:showAccess:grantAccess:refresh:');
    assert.equal(groupContext(a, group(11, 'default')), 'group.fixed:createServer:showAccess:grantAccess:refresh:');
  });

  it('a group admin: create and rename that group, never delete (the account\'s), nothing elsewhere', () => {
    const a = WriteAccess.of([priv('group_admin', { group_id: 10 })] as never, 'u');
    assert.equal(groupContext(a, group(10, 'web')), 'group.named:createServer:renameGroup:showAccess:grantAccess:refresh:');
    assert.equal(groupContext(a, group(12, 'db')), 'group.named:showAccess:refresh:');
  });

  it('a read-only user: nothing; privileges not known yet: everything (the brain has the last word)', () => {
    assert.equal(groupContext(WriteAccess.of([], 'u'), group(10, 'web')), 'group.named:showAccess:refresh:');
    assert.equal(groupContext(WriteAccess.unknown, group(10, 'web')), 'group.named:createServer:renameGroup:deleteGroup:showAccess:grantAccess:refresh:');
  });
});

describe('estate: what an account row offers', () => {
  it('Add Group only to who may change the account; Refresh to all', () => {
    assert.equal(accountContext(WriteAccess.of([priv('account_admin', { account_id: 1 })] as never, 'u'), 1), 'account.writable:addGroup:showAccess:grantAccess:refresh:');
    assert.equal(accountContext(WriteAccess.of([priv('group_admin', { group_id: 10 })] as never, 'u'), 1), 'account.readonly:showAccess:refresh:');
  });
});

describe('estate: whether a server can be created anywhere (the view\'s +)', () => {
  it('only where a group may be changed, in an account not suspended', () => {
    const acc = (suspended: boolean) => ({ kind: 'account', id: 'account:1', account: { id: 1, name: 'demo', suspended }, groups: [] as GroupNode[] }) as unknown as AccountNode;
    const live = acc(false);
    live.groups.push({ ...group(10, 'web'), parent: live } as GroupNode);
    const frozen = acc(true);
    frozen.groups.push({ ...group(10, 'web'), parent: frozen } as GroupNode);
    const admin = WriteAccess.of([priv('group_admin', { group_id: 10 })] as never, 'u');
    assert.equal(mayCreateServer(admin, [live]), true);
    assert.equal(mayCreateServer(admin, [frozen]), false, 'suspended');
    assert.equal(mayCreateServer(WriteAccess.of([], 'u'), [live]), false, 'read-only');
    assert.equal(mayCreateServer(WriteAccess.unknown, [live]), true, 'not known yet: offered, the brain has the last word');
  });
});
