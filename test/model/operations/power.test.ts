// The power flows against the simulator over HTTP: the exact calls, their order, and the state
// they leave the (simulated) brain in.
import assert from 'node:assert/strict';
import { CancelledError, type ServerRef } from '../../../src/api';
import { FlowError } from '../../../src/model/errors';
import {
  powerOffAndWait,
  resetServer,
  restartServer,
  shutdownServer,
  startServer,
  stopServer,
  waitForServer,
} from '../../../src/model/operations/power';
import { rejection, useSimulator } from '../../api/helpers';

const ref = (group: string, server: string): ServerRef => ({ account: 'demo', group, server });
const FAST = { intervalMs: 20, timeoutMs: 5_000 };

describe('commands/flows/power (against the simulator)', () => {
  const h = useSimulator();
  const writes = () => h.sim.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/accounts')).map((r) => `${r.method} ${r.path}`);

  it('start sets power_on and autoreboot_on', async () => {
    const { brain } = await h.signedIn();
    await startServer(brain, ref('web', 'staging'));
    const s = h.sim.state.findServer('demo', 'web', 'staging')!;
    assert.equal(s.power_on, true);
    assert.equal(s.autoreboot_on, true);
    assert.deepEqual(writes(), ['PUT /accounts/demo/groups/web/virtual_machines/staging']);
  });

  it('stop clears both flags, so the brain does not boot it again', async () => {
    const { brain } = await h.signedIn();
    await stopServer(brain, ref('web', 'web1'));
    const s = h.sim.state.findServer('demo', 'web', 'web1')!;
    assert.equal(s.power_on, false);
    assert.equal(s.autoreboot_on, false);
  });

  it('restart powers off with autoreboot on, and the server comes back by itself', async () => {
    const { brain } = await h.signedIn();
    await restartServer(brain, ref('web', 'web1'));
    assert.equal((await brain.getServer(ref('web', 'web1'))).power_on, false, 'off during the transition');
    const vm = await waitForServer(brain, ref('web', 'web1'), (v) => v.power_on, 'start', FAST);
    assert.equal(vm.power_on, true);
    assert.equal(vm.autoreboot_on, true);
  });

  it('shutdown clears autoreboot before sending powerdown, and the server ends up off', async () => {
    const { brain } = await h.signedIn();
    await shutdownServer(brain, ref('web', 'web2'));
    assert.deepEqual(writes(), [
      'PUT /accounts/demo/groups/web/virtual_machines/web2',
      'POST /accounts/demo/groups/web/virtual_machines/web2/signal',
    ]);
    const s = h.sim.state.findServer('demo', 'web', 'web2')!;
    assert.equal(s.lastSignal?.signal, 'powerdown');
    assert.equal(s.autoreboot_on, false);
    const polls: boolean[] = [];
    const vm = await waitForServer(brain, ref('web', 'web2'), (v) => !v.power_on, 'power off', { ...FAST, onPoll: (v) => polls.push(v.power_on) });
    assert.equal(vm.power_on, false);
    assert.equal(polls.at(-1), false);
  });

  it('reset sends the reset signal and changes nothing else', async () => {
    const { brain } = await h.signedIn();
    await resetServer(brain, ref('web', 'web1'));
    const s = h.sim.state.findServer('demo', 'web', 'web1')!;
    assert.equal(s.lastSignal?.signal, 'reset');
    assert.equal(s.power_on, true);
  });

  it('powerOffAndWait by stop returns once off', async () => {
    const { brain } = await h.signedIn();
    const vm = await powerOffAndWait(brain, ref('default', 'gateway'), 'stop', FAST);
    assert.equal(vm.power_on, false);
  });

  it('waitForServer gives up after its limit with a message naming the server and what to do', async () => {
    const { brain } = await h.signedIn();
    const started = Date.now();
    const err = await rejection(waitForServer(brain, ref('web', 'web1'), (v) => !v.power_on, 'power off', { intervalMs: 30, timeoutMs: 150 }));
    assert.ok(err instanceof FlowError && err.kind === 'wait-timeout', String(err));
    assert.match(err.message, /^web1 did not power off within 1 second\. /);
    assert.match(err.message, /Refresh later/);
    assert.ok(Date.now() - started < 2_000);
    // Single-server GETs only, never the whole overview.
    assert.ok(h.sim.requests.filter((r) => r.path !== '/session').every((r) => r.path === '/accounts/demo/groups/web/virtual_machines/web1'));
    assert.ok(h.sim.requests.length >= 3);
  });

  it('waitForServer stops polling at once when cancelled', async () => {
    const { brain } = await h.signedIn();
    const controller = new AbortController();
    const waiting = waitForServer(brain, ref('web', 'web1'), () => false, 'power off', { intervalMs: 10_000, timeoutMs: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const err = await rejection(waiting);
    assert.ok(err instanceof CancelledError, String(err));
    assert.ok(Date.now() - started < 1_000);
    const count = h.sim.requests.length;
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(h.sim.requests.length, count, 'no request after cancel');
  });
});
