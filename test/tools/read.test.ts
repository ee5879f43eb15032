import assert from 'node:assert/strict';
import { startFleet } from '../support/fleetCore';
import { useCommandRig } from '../support/commandHarness';
import { hostOf, refusal } from './support';

describe('language-model tools: reading', () => {
  const { rig } = useCommandRig();

  it('bigv_findServers finds by state, by part of a name and by address, one compact line each', async () => {
    const host = hostOf(await rig(), 'read');
    const stopped = await host.runner.invoke('bigv_findServers', { state: 'stopped' }, new AbortController().signal);
    assert.match(stopped, /^\d+ of \d+ servers match\./);
    assert.match(stopped, /^staging\.web\.demo: stopped, 1 vCPU, 2 GiB/m);
    assert.doesNotMatch(stopped, /web1\.web\.demo/);
    const web = await host.runner.invoke('bigv_findServers', { text: 'web', account: 'demo' }, new AbortController().signal);
    assert.match(web, /web1\.web\.demo: running, 2 vCPU, 2 GiB, \d+\.\d+\.\d+\.\d+/);
    const ip = /web1\.web\.demo: running, 2 vCPU, 2 GiB, (\S+)/.exec(web)![1]!;
    assert.match(await host.runner.invoke('bigv_findServers', { text: ip }, new AbortController().signal), /^1 of \d+ servers match\.\nweb1\.web\.demo/);
    assert.match(await host.runner.invoke('bigv_findServers', { text: 'nothing-like-it' }, new AbortController().signal), /^0 of \d+ servers match/);
  });

  it('bigv_serverDetails: discs, backups, schedules, addresses, hardware profile, image; an unknown name is refused, saying how to find it', async () => {
    const host = hostOf(await rig(), 'read');
    const db1 = await host.runner.invoke('bigv_serverDetails', { server: 'db1.db.demo' }, new AbortController().signal);
    for (const p of [/^db1\.db\.demo \(profile /, /state: running/, /size: 4 vCPU, 8 GiB/, /disc root: 50 GiB ssd; backups: \d+; schedules: /, /disc backups: 500 GiB archive/, /46\.43\.9\.20 \(extra\)/, /last image: buster/]) assert.match(db1, p);
    assert.doesNotMatch(db1, /password|token/i);
    const none = await refusal(host.runner.invoke('bigv_serverDetails', { server: 'nonesuch' }, new AbortController().signal));
    assert.match(none, /No server is called "nonesuch"\. Use bigv_findServers/);
  });

  it('bigv_listChoices and bigv_whoMayDoWhat answer from the definitions and the privileges', async () => {
    const host = hostOf(await rig(), 'read');
    const choices = await host.runner.invoke('bigv_listChoices', {}, new AbortController().signal);
    for (const p of [/^images: .*buster/m, /^zones: .*york/m, /^storage grades: .*ssd/m, /^hardware profiles: /m, /^sizes: common 1 vCPU/m]) assert.match(choices, p);
    assert.match(await host.runner.invoke('bigv_listChoices', { what: 'zones' }, new AbortController().signal), /^zones: [^\n]*$/);
    const who = await host.runner.invoke('bigv_whoMayDoWhat', {}, new AbortController().signal);
    assert.match(who, /demo on /);
    assert.match(who, /- demo: account_admin on account demo/);
  });

  it('input problems come back in words a model can act on', async () => {
    const host = hostOf(await rig(), 'change');
    const text = await refusal(host.runner.invoke('bigv_findServers', { state: 'asleep', limit: 0, colour: 'red' }, new AbortController().signal));
    assert.match(text, /state: one of "running", "stopped", "changing", "deleted"/);
    assert.match(text, /limit: at least 1/);
    assert.match(text, /unknown field\(s\) colour/);
    const power = await refusal(host.runner.invoke('bigv_powerServers', { action: 'explode', servers: [] }, new AbortController().signal));
    assert.match(power, /action: one of "start", "stop", "shutdown", "restart", "reset"; servers: at least 1 item\(s\)\. Fix these and call it again\./);
    assert.match(await refusal(host.runner.invoke('bigv_serverDetails', {}, new AbortController().signal)), /server: expected string \(missing\)/);
  });

  it('the setting: off refuses every tool, read refuses changes, naming bigv.agentTools', async () => {
    const host = hostOf(await rig(), 'off');
    assert.match(await refusal(host.runner.invoke('bigv_findServers', {}, new AbortController().signal)), /bigv\.agentTools is "off"/);
    host.setting = 'read';
    assert.match(await refusal(host.runner.invoke('bigv_powerServers', { action: 'start', servers: ['staging'] }, new AbortController().signal)), /bigv\.agentTools is "read"/);
    assert.match(await refusal(host.runner.invoke('bigv_openIrreversible', { action: 'reimage', server: 'web1' }, new AbortController().signal)), /bigv\.agentTools is "read"/);
    assert.deepEqual(await host.runner.prepare('bigv_powerServers', { action: 'start', servers: ['staging'] }), { invocation: 'bigv_powerServers…' });
  });
});

describe('language-model tools at 10,000 servers', function () {
  this.timeout(120_000);

  it('bigv_findServers answers with the first rows, counts and how to narrow, in a few thousand characters', async () => {
    const fleet = await startFleet({ vms: 10_000 });
    try {
      const host = hostOf({ ctx: fleet.core.ctx, estate: fleet.core.estate }, 'read');
      const all = await host.runner.invoke('bigv_findServers', {}, new AbortController().signal);
      assert.match(all, /^\d+ of \d+ servers match\./);
      const lines = all.split('\n');
      assert.ok(lines.slice(1, 26).every((l) => /^\S+\.\S+\.\S+: (running|stopped|\S+), \d+ vCPU, /.test(l)), lines.slice(1, 26).join('\n'));
      assert.match(all, /\(25 shown, \d+ more\.\) By state: running \d+, stopped \d+/);
      assert.match(all, /To narrow, give text/);
      assert.ok(all.length < 3000, `${all.length} characters`);
      const most = await host.runner.invoke('bigv_findServers', { limit: 200 }, new AbortController().signal);
      assert.ok(most.length < 15_000, `${most.length} characters at limit 200`);
    } finally {
      await fleet.dispose();
    }
  });
});
