// Issue 20, who may do what: Who Has Access… lists the privileges on an account, group or server
// and revokes one; Grant Access… hands one on (to a user, with a Yubikey, or to your own API key),
// offered only where the user may manage it, and a refusal names what is missing.
import assert from 'node:assert/strict';
import type { State } from '../../simulator/state';
import fc from 'fast-check';
import { grantAccess, usernameProblem } from '../../../src/commands/access/grantAccess';
import { revokePrivilege } from '../../../src/commands/access/revokePrivilege';
import { showAccess } from '../../../src/commands/access/showAccess';
import type { AccountNode, GroupNode } from '../../../src/estate/nodes';
import { WriteAccess } from '../../../src/estate/writeAccess';
import { useCommandRig, type CommandRig } from '../../support/commandHarness';
import { labelled } from '../server/manage';
import { assertNoWrites, assertSaid } from '../server/power';

const accountNode = (r: CommandRig, name: string): AccountNode => r.estate.accountNodes.find((a) => a.account.name === name)!;
const groupNode = (r: CommandRig, account: string, group: string): GroupNode => accountNode(r, account).groups.find((g) => g.group.name === group)!;

describe('command: who has access, grant, revoke', () => {
  const { h, rig } = useCommandRig();
  const privileges = () => [...h.sim.state.people.privileges.values()];

  it('Who Has Access… on a group lists each privilege with who granted it; picking one revokes it after asking', async () => {
    const r = await rig();
    r.ui.script('pick', labelled('ops')).script('ask', 'Revoke');
    assert.equal(await showAccess(r.ctx, groupNode(r, 'demo', 'web')), true);
    const pick = r.ui.of('pick')[0]!;
    assert.match(pick.opts.title!, /Who has access to web\.demo \(2\)/);
    const labels = pick.items.map((i) => `${i.label} | ${i.description ?? ''} | ${i.detail ?? ''}`);
    assert.match(labels[0]!, /Grant Access…/, 'the user administers web: Grant is offered first');
    assert.ok(labels.some((l) => /ops \| group_admin · group administrator.* \| granted by demo/.test(l)), labels.join('\n'));
    assert.ok(labels.some((l) => /demo's API key #\d+ \| group_admin/.test(l)), labels.join('\n'));
    assert.match(r.ui.of('ask')[0]!.message, /Revoke ops's group_admin on web\.demo\?/);
    assert.ok(!privileges().some((p) => p.username === 'ops' && p.level === 'group_admin'));
    assertSaid(r, /Revoked ops's group_admin on web\.demo/);
  });

  it('a user who may not manage it sees the list, is offered no Grant, and a pick changes nothing', async () => {
    const r = await rig({ user: 'viewer' });
    await r.ctx.accounts();
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items[0] : undefined));
    await showAccess(r.ctx, r.node('db1'));
    const items = r.ui.of('pick')[0]?.items ?? [];
    assert.ok(items.every((i) => !/Grant Access/.test(i.label)));
    assert.equal(r.ui.of('ask').length, 0);
    assertNoWrites(h);
  });

  it('Grant Access… from the palette: the places it may manage, the level, a Yubikey; read back over the API', async () => {
    const r = await rig();
    await r.ctx.accounts();
    r.ui.script('pick', labelled('web1.web.demo')).script('input', 'viewer').script('pick', labelled('vm_console'), labelled('Needs a Yubikey')).script('ask', 'Grant');
    assert.equal(await grantAccess(r.ctx), true);
    assert.match(r.ui.of('ask')[0]!.message, /Grant viewer vm_console on web1\.web\.demo\?/);
    const web1 = h.sim.state.findServer('demo', 'web', 'web1')!;
    const p = privileges().find((x) => x.username === 'viewer' && x.level === 'vm_console');
    assert.equal(p?.virtual_machine_id, web1.id);
    assert.equal(p?.yubikey_required, true);
    assert.equal(p?.creating_username, 'demo');
  });

  it('to your own API key, for CI: the privilege is tied to the key', async () => {
    const r = await rig();
    r.ui.script('input', 'demo').script('pick', labelled('Only for API key ci')).script('ask', 'Grant');
    assert.equal(await grantAccess(r.ctx, groupNode(r, 'demo', 'db')), true);
    const key = [...h.sim.state.people.apiKeys.values()].find((k) => k.label === 'ci')!;
    const db = (h.sim.state as State).groupByRef((h.sim.state as State).accountByRef('demo')!, 'db')!;
    assert.ok(privileges().some((x) => x.api_key_id === key.id && x.group_id === db.id && x.level === 'group_admin'));
  });

  it('someone else\'s keys are not offered, and Escape at the question sends nothing', async () => {
    const r = await rig();
    r.ui.script('input', 'ops').script('pick', (c) => {
      assert.ok(c.kind === 'pick' && c.items.every((i) => !/API key/.test(i.label)));
      return c.kind === 'pick' ? c.items[0] : undefined;
    });
    assert.equal(await grantAccess(r.ctx, groupNode(r, 'demo', 'db')), undefined);
    assertNoWrites(h);
  });

  it('a read-only user is offered nothing to grant on from the palette, and the brain\'s refusal names the privilege', async () => {
    const v = await rig({ user: 'viewer' });
    await v.ctx.accounts();
    assert.equal(await grantAccess(v.ctx), undefined);
    assertSaid(v, /Your privileges let you manage access nowhere here/);
    // A row from a menu drawn before the privileges were known: the brain says no, in words.
    v.estate.setAccess(WriteAccess.unknown);
    const grant = async () => {
      v.ui.script('input', 'ops').script('pick', labelled('As it is')).script('ask', 'Grant');
      return grantAccess(v.ctx, groupNode(v, 'demo', 'web'));
    };
    assert.equal(await grant(), false);
    assertSaid(v, /needs the group administrator privilege on web\.demo/);
  });

  it('Revoke Privilege… on a key\'s privilege row in Your Account', async () => {
    const r = await rig();
    const p = (await r.brain.privileges.forUser('demo')).find((x) => x.api_key_id)!;
    r.ui.script('ask', 'Revoke');
    assert.equal(await revokePrivilege(r.ctx, { kind: 'privilege', privilege: p }), true);
    assert.ok(!privileges().some((x) => x.id === p.id));
  });

  it('property: a username with a space, slash, control character or quote is refused; plain names pass', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(' ', '/', '\n', '\u0000', '"', '\''), fc.nat(30), (name, bad, at) => {
        const text = `a${name.slice(0, at)}${bad}z${name.slice(at)}`;
        assert.notEqual(usernameProblem(text), undefined, JSON.stringify(text));
      }),
      { seed: 20_001, numRuns: 500 },
    );
    for (const ok of ['demo', 'ops-team', 'ci.bot_1']) assert.equal(usernameProblem(ok), undefined, ok);
  });
});
