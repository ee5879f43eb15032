// The action runner: many servers at once with bounded concurrency, one outcome each, a newer
// action superseding an older one's wait, and the one summary with Retry Failed.
import assert from 'node:assert/strict';
import { NetworkError } from '../../src/api';
import { restartSpec } from '../../src/commands/server/restart';
import { startSpec } from '../../src/commands/server/start';
import { stopSpec } from '../../src/commands/server/stop';
import { targetFromNode } from '../../src/estate/targets';
import { useCommandRig } from '../support/commandHarness';

describe('estate/actions: the action runner', () => {
  const { h, rig } = useCommandRig();

  it('a newer action supersedes an older one’s wait: Restart then Stop ends off, with no wait left behind', async () => {
    const r = await rig();
    const web1 = targetFromNode(r.node('web1'));
    // Restart's read-back after its call is slow, so Stop (sent later) settles first.
    h.sim.faults.delayNext({ method: 'GET', path: /virtual_machines\/\d+$/, ms: 300 });
    const restarting = r.ctx.run([web1], restartSpec);
    await new Promise((res) => setTimeout(res, 50));
    const stopping = r.ctx.run([web1], stopSpec);
    const [a, b] = await Promise.all([restarting, stopping]);
    assert.equal(a[0]!.result, 'ok');
    assert.equal(b[0]!.result, 'ok');
    await r.settled();
    assert.equal(r.node('web1').vm.power_on, false);
    assert.equal(r.node('web1').pending, undefined);
    assert.equal(h.sim.state.findServer('demo', 'web', 'web1')!.power_on, false);
  });

  it('acts on many servers with one progress and one summary naming each failure, and Retry Failed retries only those', async () => {
    const r = await rig();
    const stopped = ['staging', 'scratch', 'cache', 'build'].map((n) => targetFromNode(r.node(n)));
    // The second PUT fails (the writes go out in order; concurrency is bounded at 4).
    let puts = 0;
    h.sim.faults.failNext({ method: 'PUT', path: /virtual_machines/, status: 403 });
    r.ui.script('notify', (c) => (c.kind === 'notify' && c.buttons.includes('Retry Failed') ? 'Retry Failed' : undefined));
    const outcomes = await r.ctx.run(stopped, startSpec);
    puts = h.sim.requests.filter((q) => q.method === 'PUT').length;
    assert.equal(puts, 4);
    assert.equal(r.ui.of('progress').length, 1, 'one progress notification for all of them');
    const failed = outcomes.filter((o) => o.result === 'failed');
    assert.equal(failed.length, 1);
    const summary = r.ui.of('notify').find((n) => n.buttons.includes('Retry Failed'))!;
    assert.match(summary.message, /1 of 4 failed/);
    assert.ok(summary.message.includes(failed[0]!.target.fullName));
    await r.settled();
    // Retry Failed ran the one that failed, and only it.
    await new Promise((res) => setTimeout(res, 200));
    await r.settled();
    assert.equal(h.sim.requests.filter((q) => q.method === 'PUT').length, 5);
    for (const n of ['staging', 'scratch', 'cache', 'build']) assert.equal(r.node(n).vm.power_on, true, n);
  });

  it('cancelling the progress stops the calls not yet made', async () => {
    const r = await rig();
    const targets = ['staging', 'scratch', 'cache', 'build', 'winbox'].map((n) => targetFromNode(r.node(n)));
    h.sim.faults.delayNext({ method: 'PUT', path: /virtual_machines/, ms: 200, times: 5 });
    const running = r.ctx.run(targets, startSpec);
    await new Promise((res) => setTimeout(res, 50));
    r.ui.progressControllers[0]!.abort();
    const outcomes = await running;
    assert.ok(outcomes.some((o) => o.result === 'cancelled'), JSON.stringify(outcomes.map((o) => o.result)));
    await r.settled();
  });

  it('a hundred servers: calls bounded at four in flight, the tree updated in place, no overview reload', async () => {
    const r = await rig();
    // Every running server in the seed, repeated until there are a hundred targets of real servers.
    const running = r.estate.servers().filter((n) => n.vm.power_on).map(targetFromNode);
    const targets = Array.from({ length: 100 }, (_, i) => running[i % running.length]!);
    let inFlight = 0;
    let most = 0;
    h.sim.requests.length = 0;
    await r.ctx.run(targets, {
      ...restartSpec,
      call: async (brain, t, signal) => {
        most = Math.max(most, ++inFlight);
        try {
          await restartSpec.call(brain, t, signal);
        } finally {
          inFlight--;
        }
      },
    });
    await r.settled();
    assert.ok(most <= 4 && most >= 2, `at most four at once (saw ${most})`);
    assert.equal(h.sim.requests.filter((q) => q.method === 'GET' && q.path === '/accounts').length, 0, 'no full reload');
    assert.equal(r.ui.of('progress').length, 1);
  });

  it('writes whose answers time out are read back: the ones carried out are reported done and never sent again', async () => {
    const r = await rig({ timeoutMs: 150 });
    const stopped = ['staging', 'scratch', 'cache', 'build'].map((n) => targetFromNode(r.node(n)));
    // The brain carries out every PUT, but each answer comes after the client has given up.
    h.sim.faults.delayNext({ method: 'PUT', path: /virtual_machines/, ms: 400, times: 4, afterWrite: true });
    r.ui.script('notify', (c) => (c.kind === 'notify' && c.buttons.includes('Retry Failed') ? 'Retry Failed' : undefined));
    const outcomes = await r.ctx.run(stopped, startSpec);
    await r.settled();
    assert.deepEqual(outcomes.map((o) => o.result), ['ok', 'ok', 'ok', 'ok']);
    for (const t of stopped) {
      assert.equal(h.sim.state.findServer(t.accountName, t.groupName, t.vm.name)!.power_on, true, t.fullName);
      assert.equal(r.node(t.vm.name).vm.power_on, true, `${t.fullName} in the tree`);
    }
    await new Promise((res) => setTimeout(res, 600));
    assert.equal(h.sim.requests.filter((q) => q.method === 'PUT').length, 4, 'nothing sent again');
    assert.equal(r.ui.of('notify').filter((n) => n.buttons.includes('Retry Failed')).length, 0, 'no failure reported');
  });

  it('a timed-out write that reading back cannot confirm is reported unconfirmed, with no Retry, and not sent again', async () => {
    const r = await rig({ timeoutMs: 150 });
    const running = ['web1', 'web2'].map((n) => targetFromNode(r.node(n)));
    // A restart leaves a running server running: the read-back cannot tell whether it happened.
    h.sim.faults.delayNext({ method: 'PUT', path: /virtual_machines/, ms: 400, times: 2, afterWrite: true });
    const outcomes = await r.ctx.run(running, restartSpec);
    await r.settled();
    assert.deepEqual(outcomes.map((o) => o.result), ['unknown', 'unknown']);
    const summary = r.ui.of('notify').at(-1)!;
    assert.equal(summary.severity, 'warning');
    assert.ok(!summary.buttons.includes('Retry Failed'), summary.buttons.join());
    assert.match(summary.message, /could not be confirmed/);
    await new Promise((res) => setTimeout(res, 600));
    assert.equal(h.sim.requests.filter((q) => q.method === 'PUT').length, 2);
  });

  it('a write refused before it was sent (connection refused) stays a failure to retry', async () => {
    const r = await rig();
    const [web1] = [targetFromNode(r.node('web1'))];
    const refused = new NetworkError('127.0.0.1', 'ECONNREFUSED');
    const outcomes = await r.ctx.run([web1!], { ...stopSpec, call: async () => { throw refused; } });
    assert.equal(outcomes[0]!.result, 'failed');
    assert.equal(r.ui.of('notify').at(-1)!.severity, 'error');
  });

  it('one server: a stop whose answer timed out but which was carried out ends as done, not as a failure with Retry', async () => {
    const r = await rig({ timeoutMs: 150 });
    const web1 = targetFromNode(r.node('web1'));
    h.sim.faults.delayNext({ method: 'PUT', path: /virtual_machines/, ms: 400, afterWrite: true });
    const [outcome] = await r.ctx.run([web1], stopSpec);
    await r.settled();
    assert.equal(outcome!.result, 'ok');
    assert.equal(r.ui.of('notify').length, 0, 'no error shown');
    assert.ok(r.log.some((l) => l.includes('reading it back shows it done')), r.log.join('\n'));
  });
});
