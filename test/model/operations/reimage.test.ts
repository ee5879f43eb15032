// Reimage orchestration against the simulator: refuses what the API would refuse, powers off
// by the chosen method first, and never lets the root password out.
import assert from 'node:assert/strict';
import type { ServerRef } from '../../../src/api';
import { FlowError } from '../../../src/model/flowErrors';
import { generatePassword } from '../../../src/model/password';
import { reimageServer, type ReimageStep } from '../../../src/model/operations/reimage';
import { rejection, useSimulator } from '../../api/helpers';
import { pollUntil } from '../../support/pollUntil';

const ref = (group: string, server: string): ServerRef => ({ account: 'demo', group, server });
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG/O+lsOHdDQKsoC9WU2aiIAYD3v/Reo2Hyk4utjrrJU me@laptop';

describe('model/operations/reimage (against the simulator)', () => {
  const h = useSimulator();

  it('reimages a powered-off server, and it comes up with the new image', async () => {
    const { brain } = await h.signedIn();
    const steps: ReimageStep[] = [];
    await reimageServer(brain, ref('web', 'staging'), { distribution: 'buster', root_password: generatePassword(), ssh_public_key: KEY }, { waitUntilOff: () => pollUntil(brain, ref('web', 'staging'), (v) => !v.power_on), onStep: (s) => steps.push(s) });
    assert.deepEqual(steps, ['checking', 'reimaging']);
    const s = h.sim.state.findServer('demo', 'web', 'staging')!;
    assert.deepEqual(s.lastReimage, { distribution: 'buster', ssh_public_key: KEY });
    const vm = await pollUntil(brain, ref('web', 'staging'), (v) => v.power_on);
    assert.equal(vm.last_imaged_with, 'buster');
    assert.equal(vm.autoreboot_on, false, 'the docs: on, with autoreboot off');
  });

  it('refuses a running server when no power-off method was chosen, sending nothing', async () => {
    const { brain } = await h.signedIn();
    const err = await rejection(reimageServer(brain, ref('web', 'web1'), { distribution: 'buster', root_password: 'x'.repeat(20) }, { waitUntilOff: () => pollUntil(brain, ref('web', 'web1'), (v) => !v.power_on) }));
    assert.ok(err instanceof FlowError && err.kind === 'powered-on');
    assert.match(err.message, /web1 is powered on.*Shut it down or stop it/);
    assert.ok(h.sim.requests.filter((r) => r.path.startsWith('/accounts')).every((r) => r.method === 'GET'));
  });

  it('shuts a running server down cleanly first, waits until it is off, then reimages', async () => {
    const { brain } = await h.signedIn();
    const steps: ReimageStep[] = [];
    await reimageServer(brain, ref('web', 'web1'), { distribution: 'buster', root_password: generatePassword() }, { powerOff: 'shutdown', waitUntilOff: () => pollUntil(brain, ref('web', 'web1'), (v) => !v.power_on), onStep: (s) => steps.push(s) });
    assert.deepEqual(steps, ['checking', 'powering-off', 'reimaging']);
    const writes = h.sim.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/accounts')).map((r) => `${r.method} ${r.path.split('/').slice(-1)[0]}`);
    assert.deepEqual(writes, ['PUT web1', 'POST signal', 'POST reimage']);
    const s = h.sim.state.findServer('demo', 'web', 'web1')!;
    assert.equal(s.signals[0]?.signal, 'powerdown');
    assert.equal(s.lastReimage?.distribution, 'buster');
  });

  it('can stop (hard) first instead', async () => {
    const { brain } = await h.signedIn();
    await reimageServer(brain, ref('web', 'web2'), { distribution: 'buster', root_password: generatePassword() }, { powerOff: 'stop', waitUntilOff: () => pollUntil(brain, ref('web', 'web2'), (v) => !v.power_on) });
    const s = h.sim.state.findServer('demo', 'web', 'web2')!;
    assert.equal(s.signals.length, 0, 'no ACPI signal for a hard stop');
    assert.equal(s.lastReimage?.distribution, 'buster');
  });

  it('refuses a deleted server', async () => {
    const { brain } = await h.signedIn();
    const err = await rejection(reimageServer(brain, ref('db', 'db-old'), { distribution: 'buster', root_password: generatePassword() }, { powerOff: 'stop', waitUntilOff: () => pollUntil(brain, ref('db', 'db-old'), (v) => !v.power_on) }));
    assert.ok(err instanceof FlowError && err.kind === 'deleted');
    assert.match(err.message, /Restore it/);
  });

  it('keeps the root password out of the request log, the URL and the simulator bookkeeping', async () => {
    const events: string[] = [];
    const { brain } = await h.signedIn('demo', { onRequest: (e) => events.push(JSON.stringify(e)) });
    const password = generatePassword();
    await reimageServer(brain, ref('web', 'staging'), { distribution: 'buster', root_password: password }, { waitUntilOff: () => pollUntil(brain, ref('web', 'staging'), (v) => !v.power_on) });
    assert.ok(events.length > 0);
    for (const e of events) assert.ok(!e.includes(password));
    assert.ok(!JSON.stringify(h.sim.requests).includes(password));
    assert.ok(!JSON.stringify(h.sim.state.findServer('demo', 'web', 'staging')).includes(password));
  });
});
