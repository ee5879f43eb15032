import assert from 'node:assert/strict';
import { brain, login, parse, sleep, useSimulator, vmPath } from './harness';

// Transitions take T ms; observations "during" happen well inside T, "after" well past it.
const T = 300;
const AFTER = T + 250;

describe('simulator: power, signals and reimage', () => {
  const { sim } = useSimulator({ transitionMs: T });
  const asDemo = async () => brain(sim(), await login(sim()));
  const web1 = vmPath('demo', 'web', 'web1'); // running
  const staging = vmPath('demo', 'web', 'staging'); // stopped
  const power = async (api: Awaited<ReturnType<typeof asDemo>>, path: string) => {
    const vm = parse.vm(await api.get(path));
    return { power_on: vm.power_on, autoreboot_on: vm.autoreboot_on };
  };

  describe('PUT power booleans', () => {
    it('start is immediate: both booleans true at once', async () => {
      const api = await asDemo();
      const vm = parse.vm(await api.put(staging, { autoreboot_on: true, power_on: true }));
      assert.deepEqual([vm.power_on, vm.autoreboot_on], [true, true]);
      assert.ok(vm.head);
    });

    it('stop is immediate: both booleans false at once, and it stays off', async () => {
      const api = await asDemo();
      const vm = parse.vm(await api.put(web1, { autoreboot_on: false, power_on: false }));
      assert.deepEqual([vm.power_on, vm.autoreboot_on], [false, false]);
      assert.equal(vm.head, null);
      await sleep(AFTER);
      assert.deepEqual(await power(api, web1), { power_on: false, autoreboot_on: false });
    });

    it('restart reads power_on:false for transitionMs, then comes back on by itself', async () => {
      const api = await asDemo();
      const vm = parse.vm(await api.put(web1, { autoreboot_on: true, power_on: false }));
      assert.deepEqual([vm.power_on, vm.autoreboot_on], [false, true]);
      await sleep(T / 3);
      assert.deepEqual(await power(api, web1), { power_on: false, autoreboot_on: true });
      await sleep(AFTER);
      assert.deepEqual(await power(api, web1), { power_on: true, autoreboot_on: true });
    });

    it('a restart cleared of autoreboot_on in the meantime stays off', async () => {
      const api = await asDemo();
      await api.put(web1, { autoreboot_on: true, power_on: false });
      await api.put(web1, { autoreboot_on: false });
      await sleep(AFTER);
      assert.deepEqual(await power(api, web1), { power_on: false, autoreboot_on: false });
    });

    it('settles in the overview too, and in the in-process state', async () => {
      const api = await asDemo();
      await api.put(web1, { autoreboot_on: true, power_on: false });
      await sleep(AFTER);
      const [demo] = parse.accounts(await api.get('/accounts?view=overview'));
      const vm = demo!.groups!.find((g) => g.name === 'web')!.virtual_machines!.find((v) => v.name === 'web1')!;
      assert.equal(vm.power_on, true);
      assert.equal(sim().state.findServer('demo', 'web', 'web1')!.power_on, true);
    });

    it('setTransitionMs(0) makes transitions complete at once', async () => {
      sim().setTransitionMs(0);
      try {
        const api = await asDemo();
        const vm = parse.vm(await api.put(web1, { autoreboot_on: true, power_on: false }));
        assert.equal(vm.power_on, true);
      } finally {
        sim().setTransitionMs(T);
      }
    });
  });

  describe('signals', () => {
    it('powerdown with autoreboot_on false: stays on while the guest shuts down, then off', async () => {
      const api = await asDemo();
      await api.put(web1, { autoreboot_on: false }); // what the Go CLI does before an ACPI shutdown
      const r = await api.post(`${web1}/signal`, { signal: 'powerdown' });
      assert.equal(r.status, 200);
      assert.deepEqual(parse.object(r), { signal: 'powerdown' });
      await sleep(T / 3);
      assert.equal((await power(api, web1)).power_on, true);
      await sleep(AFTER);
      assert.deepEqual(await power(api, web1), { power_on: false, autoreboot_on: false });
      assert.equal(sim().state.findServer('demo', 'web', 'web1')!.lastSignal!.signal, 'powerdown');
    });

    it('powerdown with autoreboot_on true reboots and stays on', async () => {
      const api = await asDemo();
      assert.equal((await api.post(`${web1}/signal`, { signal: 'powerdown' })).status, 200);
      await sleep(AFTER);
      assert.deepEqual(await power(api, web1), { power_on: true, autoreboot_on: true });
    });

    it('powerdown then clearing autoreboot_on still ends off (either order works)', async () => {
      const api = await asDemo();
      await api.post(`${web1}/signal`, { signal: 'powerdown' });
      await api.put(web1, { autoreboot_on: false });
      await sleep(AFTER);
      assert.equal((await power(api, web1)).power_on, false);
    });

    it('reset keeps the server on and is recorded', async () => {
      const api = await asDemo();
      assert.equal((await api.post(`${web1}/signal`, { signal: 'reset' })).status, 200);
      assert.equal((await power(api, web1)).power_on, true);
      const s = sim().state.findServer('demo', 'web', 'web1')!;
      assert.deepEqual(s.signals.map((x) => x.signal), ['reset']);
    });

    it('sendkey records each key, and accepts the documented ctrl-alt-del', async () => {
      const api = await asDemo();
      assert.equal((await api.post(`${web1}/signal`, { signal: 'sendkey', data: 'ctrl-alt-delete' })).status, 200);
      assert.equal((await api.post(`${web1}/signal`, { signal: 'sendkey', data: 'ctrl-alt-del' })).status, 200);
      const s = sim().state.findServer('demo', 'web', 'web1')!;
      assert.deepEqual(s.sentKeys, ['ctrl', 'alt', 'delete', 'ctrl', 'alt', 'delete']);
      assert.equal(s.lastSignal!.data, 'ctrl-alt-del');
    });

    it('refuses a signal to a stopped server with 400 naming power_on', async () => {
      const api = await asDemo();
      const r = await api.post(`${staging}/signal`, { signal: 'reset' });
      assert.equal(r.status, 400);
      assert.match(parse.problems(r).power_on![0]!, /powered on/);
    });

    it('refuses a signal while a restart has the server off', async () => {
      const api = await asDemo();
      await api.put(web1, { autoreboot_on: true, power_on: false });
      assert.equal((await api.post(`${web1}/signal`, { signal: 'reset' })).status, 400);
    });

    for (const [what, body, field, pattern] of [
      ['an unknown signal', { signal: 'explode' }, 'signal', /not included/],
      ['a missing signal', {}, 'signal', /blank/],
      ['sendkey without data', { signal: 'sendkey' }, 'data', /blank/],
      ['sendkey with an unknown key', { signal: 'sendkey', data: 'ctrl-banana' }, 'data', /'banana'/],
    ] as const) {
      it(`refuses ${what} with 400 {"${field}": [...]}`, async () => {
        const api = await asDemo();
        const r = await api.post(`${web1}/signal`, body);
        assert.equal(r.status, 400);
        const problems = parse.problems(r);
        assert.deepEqual(Object.keys(problems), [field]);
        assert.match(problems[field]![0]!, pattern);
        assert.equal(sim().state.findServer('demo', 'web', 'web1')!.signals.length, 0);
      });
    }

    it('refuses a signal sent as form data', async () => {
      const api = await asDemo();
      const r = await api.raw(`${web1}/signal`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'signal=reset' });
      assert.equal(r.status, 400);
    });
  });

  describe('reimage', () => {
    const spec = { distribution: 'jessie', root_password: 'correct-horse-battery', ssh_public_key: 'ssh-ed25519 AAAA test' };

    it('stays off for transitionMs, then powers on with autoreboot_on false and last_imaged_with set', async () => {
      const api = await asDemo();
      await api.put(staging, { autoreboot_on: true }); // reimage must leave it false regardless
      const r = await api.post(`${staging}/reimage`, spec);
      assert.equal(r.status, 200);
      assert.ok(!r.text.includes(spec.root_password), 'the reply does not echo the password');
      await sleep(T / 3);
      assert.equal((await power(api, staging)).power_on, false);
      await sleep(AFTER);
      const vm = parse.vm(await api.get(staging));
      assert.deepEqual([vm.power_on, vm.autoreboot_on, vm.last_imaged_with], [true, false, 'jessie']);
      const s = sim().state.findServer('demo', 'web', 'staging')!;
      assert.deepEqual(s.lastReimage, { distribution: 'jessie', ssh_public_key: spec.ssh_public_key });
      assert.ok(!JSON.stringify(s).includes(spec.root_password), 'the password is not kept');
    });

    it('refuses while reimaging: a second reimage, or powering on', async () => {
      const api = await asDemo();
      assert.equal((await api.post(`${staging}/reimage`, spec)).status, 200);
      const again = await api.post(`${staging}/reimage`, spec);
      assert.equal(again.status, 400);
      const on = await api.put(staging, { power_on: true, autoreboot_on: true });
      assert.equal(on.status, 400);
      assert.deepEqual(Object.keys(parse.problems(on)), ['power_on']);
    });

    it('refuses a running server with 400 {"power_on": ["must be powered off to reimage"]}', async () => {
      const api = await asDemo();
      const r = await api.post(`${web1}/reimage`, spec);
      assert.equal(r.status, 400);
      assert.deepEqual(parse.problems(r), { power_on: ['must be powered off to reimage'] });
    });

    for (const [what, body, field] of [
      ['an unknown distribution', { distribution: 'plan9', root_password: 'pw-123456' }, 'distribution'],
      ['a missing distribution', { root_password: 'pw-123456' }, 'distribution'],
      ['a missing root password', { distribution: 'jessie' }, 'root_password'],
      ['an empty root password', { distribution: 'jessie', root_password: '' }, 'root_password'],
    ] as const) {
      it(`refuses ${what} with 400 {"${field}": [...]}`, async () => {
        const api = await asDemo();
        const r = await api.post(`${staging}/reimage`, body);
        assert.equal(r.status, 400);
        assert.deepEqual(Object.keys(parse.problems(r)), [field]);
        assert.equal(sim().state.findServer('demo', 'web', 'staging')!.lastReimage, undefined);
      });
    }

    it('answers other methods on signal and reimage with 405', async () => {
      const api = await asDemo();
      assert.equal((await api.get(`${web1}/signal`)).status, 405);
      assert.equal((await api.put(`${staging}/reimage`, spec)).status, 405);
    });
  });
});
