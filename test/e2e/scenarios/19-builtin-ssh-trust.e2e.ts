import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkHostKey, fingerprint, parseKnownHosts } from '../../../src/features/console/ssh/knownHosts';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

describe('built-in SSH client: a new host key is asked about, a refused key is explained', function () {
  let s: Scenario;
  const dir = mkdtempSync(path.join(tmpdir(), 'bigv-e2e-trust-'));
  const knownHosts = path.join(dir, 'known_hosts');
  const wrongKey = path.join(dir, 'not_on_bytemark');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', wrongKey]);
  // As a user without ssh would have it: the built-in client, an empty known_hosts, and a key
  // that is not among the Bytemark user's keys.
  scenarioHooks('19-builtin-ssh-trust', (x) => (s = x), {
    signIn: {},
    settings: (b) => ({
      'bigv.console.client': 'builtin',
      'bigv.console.sshArgs': ['-p', String(b.console.port), '-i', wrongKey, '-o', 'IdentitiesOnly=yes', '-o', `UserKnownHostsFile=${knownHosts}`],
    }),
  });

  it('shows the unknown host key with its SHA256 fingerprint and remembers it once trusted', async function () {
    const { wb } = s;
    await wb.contextMenu('web1', 'Open Serial Console');
    const text = await wb.waitForDialog(/is not known yet/, { timeoutMs: 30_000 });
    const expected = fingerprint(s.backends.console.hostKey);
    assert.ok(text.includes(expected), `the dialog shows ${expected}: ${text}`);
    assert.match(text, /ssh-ed25519/);
    await wb.clickDialogButton('Trust and Connect');
    const address = s.backends.sim.state.findServer('demo', 'web', 'web1')!.management_address!;
    // Read as ssh reads it: the line is hashed where ssh_config says HashKnownHosts (Debian's does).
    const known = () => checkHostKey(parseKnownHosts(readFileSync(knownHosts, 'utf8')), address, s.backends.console.port, s.backends.console.hostKey).status === 'known';
    await wb.until('the key in known_hosts', async () => known());
  });

  it('says the key was refused and which Bytemark user the keys belong to', async function () {
    const { wb } = s;
    const text = await wb.waitForTerminalText(/did not accept any of your SSH keys/, { timeoutMs: 30_000 });
    assert.match(text.replace(/\s+/g, ' '), /Bytemark user "demo"/);
    assert.match(text, /Press any key to close/);
    assert.ok(s.backends.console.refused.some((r) => r.username === 'demo' && r.reason === 'unknown key'));
  });

  it('refuses a host that shows another type of key than the one on file, with a warning that says how to fix known_hosts', async function () {
    const { wb } = s;
    const rsa = path.join(dir, 'some_rsa');
    execFileSync('ssh-keygen', ['-q', '-t', 'rsa', '-b', '2048', '-N', '', '-f', rsa]);
    const address = s.backends.sim.state.findServer('demo', 'web', 'web1')!.management_address!;
    const name = `[${address}]:${s.backends.console.port}`;
    writeFileSync(knownHosts, `${name} ${readFileSync(`${rsa}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}\n`);
    await wb.page.keyboard.press('Escape');
    await wb.contextMenu('web1', 'Open Serial Console');
    const text = await wb.waitForDialog(/did not show the host key you already have on file/, { timeoutMs: 30_000 });
    assert.match(text, /ssh-ed25519/);
    assert.match(text, /different key is already known for it: ssh-rsa/);
    assert.ok(text.includes(`ssh-keygen -R "${name}" -f "${knownHosts}"`), text);
    assert.doesNotMatch(text, /Trust and Connect/);
    await wb.clickDialogButton('Cancel');
    await wb.waitForTerminalText(/different key is already known/, { timeoutMs: 30_000 });
    assert.equal(readFileSync(knownHosts, 'utf8').split('\n').filter(Boolean).length, 1, 'known_hosts left alone');
  });
});
