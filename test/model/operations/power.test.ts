// The power flows against the simulator over HTTP: the exact calls, their order, and the state
// they leave the (simulated) brain in.
import assert from 'node:assert/strict';
import { CancelledError, type ServerRef } from '../../../src/api';
import { FlowError } from '../../../src/model/flowErrors';
import { powerOff, resetServer, restartServer, shutdownServer, startServer, stopServer } from '../../../src/model/operations/power';
import { rejection, useSimulator } from '../../api/helpers';
import { pollUntil } from '../../support/pollUntil';

const ref = (group: string, server: string): ServerRef => ({ account: 'demo', group, server });

describe('model/operations/power (against the simulator)', () => {
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

  it('a power change that the brain made is done, whatever its 200 answer holds (the answer is not read)', async () => {
    const { brain } = await h.signedIn();
    h.sim.faults.malformedNext({ method: 'PUT', path: '/accounts/demo/groups/web/virtual_machines/staging' });
    await startServer(brain, ref('web', 'staging'));
    assert.equal(h.sim.state.findServer('demo', 'web', 'staging')!.power_on, true);
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
    const vm = await pollUntil(brain, ref('web', 'web1'), (v) => v.power_on);
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
    const vm = await pollUntil(brain, ref('web', 'web2'), (v) => !v.power_on, { onPoll: (v) => polls.push(v.power_on) });
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

  it('powerOff by stop: the brain reports it off', async () => {
    const { brain } = await h.signedIn();
    await powerOff(brain, ref('default', 'gateway'), 'stop');
    const vm = await pollUntil(brain, ref('default', 'gateway'), (v) => !v.power_on);
    assert.equal(vm.power_on, false);
  });

  it('a wait gives up after its limit with a message that says what to do', async () => {
    const { brain } = await h.signedIn();
    const started = Date.now();
    const err = await rejection(pollUntil(brain, ref('web', 'web1'), (v) => !v.power_on, { maxMs: 700 }));
    assert.ok(err instanceof FlowError && err.kind === 'wait-timeout', String(err));
    assert.match(err.message, /Refresh later/);
    assert.ok(Date.now() - started < 2_000);
    // Single-server GETs only, never the whole overview.
    assert.ok(h.sim.requests.filter((r) => r.path !== '/session').every((r) => r.path === '/accounts/demo/groups/web/virtual_machines/web1'));
    assert.ok(h.sim.requests.length >= 3);
  });

  it('a wait stops polling at once when cancelled', async () => {
    const { brain } = await h.signedIn();
    const controller = new AbortController();
    const waiting = pollUntil(brain, ref('web', 'web1'), () => false, { intervalMs: 10_000, maxMs: 60_000, signal: controller.signal });
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
