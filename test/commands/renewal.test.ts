// Issue 18, "One way to act": a session that expired under the user renews silently on EVERY
// command that writes, and the write goes through. One row per writing command, not a sample:
// a command whose definition says `writes: true` must be in the table (the first test checks it).
//
// Each row runs twice on the real SessionManager (remembered password):
// - the session expires before the command, so its very first request (read or write) gets 401;
// - the session expires as the command's first write arrives, so the write ITSELF gets 401
//   after the reads before it succeeded: the path that renews the write is the one under test.
import assert from 'node:assert/strict';
import { commandById, COMMANDS, type CommandId } from '../../src/commands/registry';
import { autorebootOff } from '../../src/commands/server/autorebootOff';
import type { AccountNode, GroupNode } from '../../src/estate/nodes';
import type { Harness } from '../api/helpers';
import type { SimState } from '../simulator';
import { FaultTable } from '../simulator/faults';
import type { State } from '../simulator/state';
import type { CommandRig, RigOptions } from '../support/commandHarness';
import { useCommandRig } from '../support/commandHarness';
import type { FakeUi } from '../support/fakeUi';
import { backupRows, discRow, ipRow, networkRow, scheduleRows } from './detailRows';
import { first, labelled, last } from './server/manage';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBLNzOYU3ysGwlxoD4E4xN0zGYSrFqVhOLRMKcALBdna me@laptop';
const ISO = 'https://cdimage.example.org/rescue.iso';

interface Row {
  rig?: RigOptions;
  /** Runs while the session is still valid: makes what the command needs, returns the handler's argument (as VS Code passes it). */
  arg: (r: CommandRig, h: Harness) => unknown;
  /** Answers the command's prompts. */
  answers?: (ui: FakeUi) => void;
  /** The change is in the simulator (where that is easy to see). */
  changed?: (sim: SimState) => boolean;
}

const accountNode = (r: CommandRig, name: string): AccountNode => r.estate.accountNodes.find((a) => a.account.name === name)!;
const groupNode = (r: CommandRig, account: string, group: string): GroupNode => accountNode(r, account).groups.find((g) => g.group.name === group)!;
const server = (sim: SimState, group: string, name: string) => sim.findServer('demo', group, name);
const group = (sim: SimState, name: string) => {
  const state = sim as State; // the groups are not in SimState's public face
  return state.groupByRef(state.accountByRef('demo')!, name);
};
const nic = (sim: SimState, group: string, name: string) => server(sim, group, name)!.network_interfaces[0]!;
const pickPaste = (ui: FakeUi) => ui.script('pick', (c) => (c.kind === 'pick' ? c.items.find((i) => /Paste/.test(i.label)) : undefined));

/** Every command that writes to the API, and how to drive it to a write. */
const WRITES = {
  // Power
  'bigv.start': { arg: (r) => r.node('staging'), changed: (s) => server(s, 'web', 'staging')!.power_on },
  'bigv.stop': { arg: (r) => r.node('web1'), answers: (ui) => ui.script('ask', 'Stop'), changed: (s) => !server(s, 'web', 'web1')!.power_on },
  'bigv.restart': { arg: (r) => r.node('web1') },
  'bigv.restartIntoRescue': { arg: (r) => r.node('staging'), answers: (ui) => ui.script('ask', 'Start into Rescue'), changed: (s) => server(s, 'web', 'staging')!.lastAppliance?.name === 'rescue' },
  'bigv.bootNormally': { arg: (r) => Object.assign(r.node('web1'), { appliance: 'rescue' }), answers: (ui) => ui.script('ask', 'Stop and Boot Normally'), changed: (s) => server(s, 'web', 'web1')!.power_on },
  'bigv.shutdown': { arg: (r) => r.node('web2'), changed: (s) => server(s, 'web', 'web2')!.lastSignal?.signal === 'powerdown' },
  'bigv.reset': { arg: (r) => r.node('web1'), answers: (ui) => ui.script('ask', 'Reset'), changed: (s) => server(s, 'web', 'web1')!.lastSignal?.signal === 'reset' },
  'bigv.sendKeys': { arg: (r) => r.node('web1'), answers: (ui) => ui.pickLabel('Ctrl+Alt+Delete'), changed: (s) => server(s, 'web', 'web1')!.lastSignal?.data === 'ctrl-alt-delete' },
  // Lifecycle
  'bigv.reimage': {
    arg: (r) => r.node('staging'),
    answers: (ui) => ui.pickLabel('buster').script('pick', first, last, first).script('input', 'staging'), // no key, no first-boot script
    changed: (s) => server(s, 'web', 'staging')!.lastReimage?.distribution === 'buster',
  },
  'bigv.delete': { arg: (r) => r.node('scratch'), answers: (ui) => ui.script('ask', 'Delete'), changed: (s) => server(s, 'default', 'scratch')!.deleted },
  'bigv.restore': { rig: { showDeleted: true }, arg: (r) => r.node('db-old'), changed: (s) => !server(s, 'db', 'db-old')!.deleted },
  'bigv.purge': { rig: { showDeleted: true }, arg: (r) => r.node('db-old'), answers: (ui) => ui.script('input', 'db-old'), changed: (s) => !server(s, 'db', 'db-old') },
  'bigv.createServer': {
    arg: (r) => groupNode(r, 'demo', 'web'),
    answers: (ui) => {
      ui.script('pick', first, labelled('york'), labelled('2 vCPU · 4 GiB'), labelled('sata'), labelled('Continue'), labelled('buster'), labelled('Generate'), last, labelled('Start it'), labelled('Create'));
      ui.script('input', 'web3', '25');
    },
    changed: (s) => server(s, 'web', 'web3') !== undefined,
  },
  // Settings
  'bigv.resize': { arg: (r) => r.node('web1'), answers: (ui) => ui.script('pick', labelled('16 vCPU')), changed: (s) => server(s, 'web', 'web1')!.cores === 16 },
  'bigv.rename': { arg: (r) => r.node('web2'), answers: (ui) => ui.script('input', 'web9'), changed: (s) => server(s, 'web', 'web9') !== undefined },
  'bigv.moveToGroup': { arg: (r) => r.node('staging'), answers: (ui) => ui.script('pick', labelled('db')), changed: (s) => server(s, 'db', 'staging') !== undefined },
  'bigv.attachCdrom': { arg: (r) => r.node('web2'), answers: (ui) => ui.script('input', ISO), changed: (s) => server(s, 'web', 'web2')!.cdrom_url === ISO },
  'bigv.ejectCdrom': { arg: (r) => r.node('build'), changed: (s) => s.findServer('acme', 'default', 'build')!.cdrom_url === null },
  'bigv.setHardwareProfile': { arg: (r) => r.node('web2'), answers: (ui) => ui.script('pick', labelled('virtio2018')), changed: (s) => server(s, 'web', 'web2')!.hardware_profile === 'virtio2018' },
  'bigv.setKeymap': { arg: (r) => r.node('web2'), answers: (ui) => ui.script('pick', labelled('British English')), changed: (s) => server(s, 'web', 'web2')!.keymap === 'en-gb' },
  'bigv.autorebootOff': { arg: (r) => r.node('web2'), changed: (s) => !server(s, 'web', 'web2')!.autoreboot_on },
  'bigv.autorebootOn': {
    // Only a running server without automatic restart offers it.
    arg: async (r, h) => {
      server(h.sim.state, 'web', 'web1')!.autoreboot_on = false;
      await r.ctx.refreshAll();
      return r.node('web1');
    },
    changed: (s) => server(s, 'web', 'web1')!.autoreboot_on,
  },
  // Groups
  'bigv.addGroup': { arg: (r) => accountNode(r, 'demo'), answers: (ui) => ui.script('input', 'staging'), changed: (s) => group(s, 'staging') !== undefined },
  'bigv.renameGroup': { arg: (r) => groupNode(r, 'demo', 'db'), answers: (ui) => ui.script('input', 'database'), changed: (s) => server(s, 'database', 'db1') !== undefined },
  'bigv.deleteGroup': {
    // An empty one: the command's plain path (one with servers is the purge path, a second confirmation).
    arg: async (r) => {
      await r.brain.groups.create({ account: 'demo' }, 'empty');
      await r.ctx.refreshAll();
      return groupNode(r, 'demo', 'empty');
    },
    answers: (ui) => ui.script('ask', 'Delete Group'),
    changed: (s) => group(s, 'empty') === undefined,
  },
  // Discs
  'bigv.addDisc': {
    arg: (r) => r.estate.children(r.node('staging'))[0],
    answers: (ui) => ui.script('input', 'data').pickLabel('ssd').script('input', '30'),
    changed: (s) => server(s, 'web', 'staging')!.discs.some((d) => d.label === 'data'),
  },
  'bigv.resizeDisc': { arg: (r) => discRow(r, 'staging', 'disc-1'), answers: (ui) => ui.script('input', '40'), changed: (s) => server(s, 'web', 'staging')!.discs[0]!.size === 40960 },
  'bigv.moveDisc': {
    // staging's only disc is its root disc: give it one to move (to scratch: both are off).
    arg: async (r) => {
      await r.brain.discs.create({ account: 'demo', group: 'web', server: 'staging' }, { label: 'extra', size: 1024 });
      await r.ctx.refreshServer((await r.ctx.resolveServer(r.node('staging'), { action: 'showProperties', placeHolder: '' }))!);
      return discRow(r, 'staging', 'extra');
    },
    answers: (ui) => ui.pickLabel('scratch').script('ask', 'Move'),
    changed: (s) => server(s, 'default', 'scratch')!.discs.some((d) => d.label === 'extra'),
  },
  'bigv.deleteDisc': { arg: (r) => discRow(r, 'db1', 'backups'), answers: (ui) => ui.script('input', 'backups'), changed: (s) => !server(s, 'db', 'db1')!.discs.some((d) => d.label === 'backups') },
  // Backups
  'bigv.backUpNow': { arg: (r) => discRow(r, 'staging', 'disc-1'), changed: (s) => server(s, 'web', 'staging')!.discs[0]!.backups?.length === 1 },
  'bigv.restoreBackup': {
    // A stopped server's backup (a running one's is refused).
    arg: async (r) => {
      await r.brain.backups.create({ account: 'demo', group: 'web', server: 'staging', disc: 'disc-1' });
      return (await backupRows(r, 'staging', 'disc-1'))[0];
    },
    answers: (ui) => ui.script('input', 'disc-1'),
    changed: (s) => server(s, 'web', 'staging')!.discs[0]!.lastRestore !== undefined,
  },
  'bigv.deleteBackup': { arg: async (r) => (await backupRows(r, 'db1', 'root'))[0], answers: (ui) => ui.script('ask', 'Delete'), changed: (s) => server(s, 'db', 'db1')!.discs[0]!.backups!.length === 1 },
  'bigv.scheduleBackups': {
    arg: (r) => discRow(r, 'staging', 'disc-1'),
    answers: (ui) => ui.pickLabel('Custom…').script('input', '12h', '03:30', '5'),
    changed: (s) => server(s, 'web', 'staging')!.discs[0]!.backup_schedules?.length === 1,
  },
  'bigv.unscheduleBackups': { arg: (r) => scheduleRows(r, 'db1', 'root')[0], answers: (ui) => ui.script('ask', 'Remove Schedule'), changed: (s) => server(s, 'db', 'db1')!.discs[0]!.backup_schedules?.length === 0 },
  // Addresses
  'bigv.addIps': { arg: (r) => networkRow(r, 'web2'), answers: (ui) => ui.script('input', '2', 'a second TLS site'), changed: (s) => Object.keys(nic(s, 'web', 'web2').extra_ips).length === 2 },
  'bigv.setRdns': {
    arg: (r, h) => ipRow(r, 'web1', nic(h.sim.state, 'web', 'web1').ips[0]!),
    answers: (ui) => ui.script('input', 'shop.demo.example.com'),
    changed: (s) => s.rdns.get(nic(s, 'web', 'web1').ips[0]!) === 'shop.demo.example.com',
  },
  'bigv.removeIp': {
    arg: (r, h) => ipRow(r, 'db1', Object.keys(nic(h.sim.state, 'db', 'db1').extra_ips)[0]!),
    answers: (ui) => ui.script('ask', 'Remove'),
    changed: (s) => Object.keys(nic(s, 'db', 'db1').extra_ips).length === 1,
  },
  'bigv.swapIps': { arg: (r) => networkRow(r, 'staging'), answers: (ui) => ui.pickLabel('scratch').script('ask', 'Swap Primary Only') },
  // The Activity log: undo what was just done (automatic restart turned off) as it was done
  'bigv.undoActivity': {
    arg: async (r) => {
      await autorebootOff(r.ctx, r.node('web1'));
      await r.settled();
      return r.ctx.activity.entries()[0];
    },
    changed: (s) => server(s, 'web', 'web1')!.autoreboot_on,
  },
  // Your Bytemark user
  'bigv.addSshKey': { arg: () => undefined, answers: (ui) => pickPaste(ui).script('input', KEY), changed: (s) => /me@laptop/.test(s.people.users.get('demo')!.authorized_keys ?? '') },
  'bigv.removeSshKey': {
    arg: async (r) => {
      await r.brain.users.addAuthorizedKey('demo', KEY);
      return { kind: 'key', line: KEY };
    },
    answers: (ui) => ui.script('ask', 'Remove'),
    changed: (s) => !/me@laptop/.test(s.people.users.get('demo')!.authorized_keys ?? ''),
  },
  // Access
  'bigv.grantAccess': {
    arg: (r) => groupNode(r, 'demo', 'web'),
    answers: (ui) => ui.script('input', 'viewer').pickLabel('As it is').script('ask', 'Grant'),
    changed: (s) => [...s.people.privileges.values()].some((p) => p.username === 'viewer' && p.level === 'group_admin'),
  },
  'bigv.revokePrivilege': {
    arg: async (r) => ({ kind: 'privilege', privilege: (await r.brain.privileges.forUser('demo')).find((p) => p.api_key_id) }),
    answers: (ui) => ui.script('ask', 'Revoke'),
    changed: (s) => ![...s.people.privileges.values()].some((p) => p.username === 'demo' && p.api_key_id !== undefined),
  },
  'bigv.createApiKey': {
    arg: () => undefined,
    answers: (ui) => ui.script('input', 'deploy').pickLabel('Never').pickLabel('Nothing yet'),
    changed: (s) => [...s.people.apiKeys.values()].some((k) => k.label === 'deploy'),
  },
  'bigv.deleteApiKey': {
    arg: async (r) => ({ kind: 'apiKey', key: (await r.brain.apiKeys.list())[0] }),
    answers: (ui) => ui.script('ask', 'Delete'),
    changed: (s) => s.people.apiKeys.size === 0,
  },
} satisfies Partial<Record<CommandId, Row>>;

type WriteId = keyof typeof WRITES;

const isAuth = (path: string) => path === '/session' || path.startsWith('/session/');
const isWrite = (q: { method: string; path: string }) => q.method !== 'GET' && !isAuth(q.path);

/**
 * Until the first write to the brain arrives, requests go through; that write finds every session
 * expired (as if it ran out between the command's reads and its write). Undone by the returned function.
 */
function expireAtFirstWrite(h: Harness): () => void {
  const faults = h.sim.faults as FaultTable;
  let armed = true;
  faults.takeFailure = (method, path) => {
    if (armed && isWrite({ method, path: path.split('?')[0]! })) {
      armed = false;
      h.sim.expireSessions();
    }
    return FaultTable.prototype.takeFailure.call(faults, method, path);
  };
  return () => void delete (faults as Partial<Pick<FaultTable, 'takeFailure'>>).takeFailure;
}

describe('every command that writes renews an expired session silently, and the write goes through', () => {
  const { h, rig } = useCommandRig();

  it('the table holds exactly the commands whose definition says they write', () => {
    const writing = COMMANDS.filter((c) => c.writes).map((c) => c.id);
    assert.deepEqual(Object.keys(WRITES).sort(), [...writing].sort());
  });

  /** Runs the row's command with the session expiring as `when` says; asserts the renewal was silent and the write landed. */
  async function renewsAndWrites(id: WriteId, when: 'before the command' | 'at its first write'): Promise<void> {
    const row: Row = WRITES[id];
    const r = await rig({ ...row.rig, renewing: true });
    const { session, user } = r.renewal!;
    const arg = await row.arg(r, h);
    await r.settled();
    row.answers?.(r.ui);
    const mark = h.sim.requests.length;
    const signIns = user.prompts.length;
    let result: unknown;
    if (when === 'before the command') {
      h.sim.expireSessions();
      result = await commandById(id)!.run(r.ctx, arg);
    } else {
      const disarm = expireAtFirstWrite(h);
      try {
        result = await commandById(id)!.run(r.ctx, arg);
      } finally {
        disarm();
      }
    }
    await r.settled();

    const seen = h.sim.requests.slice(mark);
    const trail = JSON.stringify(seen.map((q) => `${q.method} ${q.path} ${q.status}`));
    const brain = seen.filter((q) => !isAuth(q.path));
    const refused = brain.findIndex((q) => q.status === 401);
    assert.ok(refused >= 0, `no request met the expired session: ${trail}`);
    // (GET /definitions goes without a token: nothing to refuse.)
    if (when === 'before the command') assert.equal(refused, brain.findIndex((q) => q.auth), `the command's first request with the token did not meet the expired session: ${trail}`);
    else assert.ok(isWrite(brain[refused]!), `the first 401 was not on a write: ${trail}`);
    assert.ok(
      brain.some((q, i) => i > refused && isWrite(q) && q.status >= 200 && q.status < 300),
      `no write succeeded after the 401: ${trail}`,
    );
    assert.ok(seen.some((q) => q.method === 'POST' && q.path === '/session' && q.status < 300), `the session was not renewed: ${trail}`);
    assert.ok(result !== undefined && result !== false, `the command returned ${String(result)}; said: ${JSON.stringify(r.ui.said)}`);
    if (row.changed) assert.ok(row.changed(h.sim.state), 'the simulator does not show the change');

    const errors = r.ui.of('notify').filter((n) => n.severity === 'error');
    assert.deepEqual(errors.map((n) => n.message), [], 'the user saw an error');
    assert.deepEqual(r.ui.said.filter((s) => /expired|sign in/i.test(s)), [], 'the user was told to sign in');
    assert.equal(user.expiredMessages, 0, 'the "session expired" message was shown');
    assert.equal(user.prompts.length, signIns, 'the user was asked to sign in');
    assert.equal(session.signedIn, true, 'signed out');
  }

  for (const id of Object.keys(WRITES) as WriteId[]) {
    describe(id, () => {
      it('the session expired before the command: its first request is refused, renewed, and the write goes through', () => renewsAndWrites(id, 'before the command'));
      it('the session expires at the write itself: the write is refused, renewed, and goes through', () => renewsAndWrites(id, 'at its first write'));
    });
  }
});
