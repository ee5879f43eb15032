// The changes the brain makes only to a powered-off server, against the simulator: powered off by
// the chosen method, waited for, changed, and started again where the server now is.
import assert from 'node:assert/strict';
import type { BrainClient, ServerRef, VirtualMachine } from '../../../src/api';
import { moveServer } from '../../../src/model/operations/move';
import { resizeServer } from '../../../src/model/operations/resize';
import { changeWhileOff, type WhileOffStep } from '../../../src/model/operations/whileOff';
import { useSimulator } from '../../api/helpers';
import { pollUntil } from '../../support/pollUntil';

const ref = (group: string, server: string): ServerRef => ({ account: 'demo', group, server });
const untilOff = (brain: BrainClient, r: ServerRef) => () => pollUntil(brain, r, (v) => !v.power_on);

describe('model/operations/whileOff (against the simulator)', () => {
  const h = useSimulator();
  const writes = () => h.sim.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/accounts')).map((r) => `${r.method} ${r.path.split('/').slice(-1)[0]}`);

  it('without a power-off method: only the change, nothing waited for', async () => {
    const { brain } = await h.signedIn();
    let waited = false;
    await resizeServer(brain, ref('web', 'web1'), { cores: 4, memory: 4096 }, { waitUntilOff: async () => (waited = true) });
    const s = h.sim.state.findServer('demo', 'web', 'web1')!;
    assert.deepEqual([s.cores, s.memory, s.power_on], [4, 4096, true]);
    assert.equal(waited, false);
    assert.deepEqual(writes(), ['PUT web1']);
  });

  it('shut down, resize to less, start again: the steps in order, the change made while off', async () => {
    const { brain } = await h.signedIn();
    const steps: WhileOffStep[] = [];
    await resizeServer(brain, ref('web', 'web1'), { cores: 1, memory: 2048 }, {
      powerOff: 'shutdown',
      waitUntilOff: untilOff(brain, ref('web', 'web1')),
      onStep: (s) => steps.push(s),
    });
    assert.deepEqual(steps, ['powering-off', 'starting']);
    assert.deepEqual(writes(), ['PUT web1', 'POST signal', 'PUT web1', 'PUT web1']);
    const s = h.sim.state.findServer('demo', 'web', 'web1')!;
    assert.deepEqual([s.cores, s.power_on], [1, true]);
    assert.equal(s.signals[0]?.signal, 'powerdown');
  });

  it('a stop (hard) sends no ACPI signal', async () => {
    const { brain } = await h.signedIn();
    await resizeServer(brain, ref('web', 'web2'), { cores: 1, memory: 2048 }, { powerOff: 'stop', waitUntilOff: untilOff(brain, ref('web', 'web2')) });
    const s = h.sim.state.findServer('demo', 'web', 'web2')!;
    assert.deepEqual([s.cores, s.power_on, s.signals.length], [1, true, 0]);
  });

  it('a move starts the server again in its new group, and reports it there once moved', async () => {
    const { brain } = await h.signedIn();
    const db = (await brain.getAccounts({})).find((a) => a.name === 'demo')!.groups!.find((g) => g.name === 'db')!;
    const moved: VirtualMachine[] = [];
    await moveServer(brain, ref('web', 'web2'), db.id, { powerOff: 'shutdown', waitUntilOff: untilOff(brain, ref('web', 'web2')), onMoved: (vm) => moved.push(vm) });
    assert.equal(moved.length, 1);
    assert.equal(moved[0]!.group_id, db.id);
    assert.equal(moved[0]!.power_on, false, 'read before the start');
    const s = h.sim.state.findServer('demo', 'db', 'web2')!;
    assert.equal(s.power_on, true);
    assert.equal(h.sim.requests.filter((r) => r.method === 'PUT').at(-1)!.path, '/accounts/demo/groups/' + db.id + '/virtual_machines/web2');
  });

  it('a failed change is not followed by a start', async () => {
    const { brain } = await h.signedIn();
    const failure = new Error('refused');
    await assert.rejects(changeWhileOff(brain, ref('web', 'web1'), () => Promise.reject(failure), { powerOff: 'stop', waitUntilOff: untilOff(brain, ref('web', 'web1')) }), /refused/);
    assert.deepEqual(writes(), ['PUT web1']);
    assert.equal(h.sim.state.findServer('demo', 'web', 'web1')!.power_on, false);
  });
});
