// Into the server itself (issue 22): an SSH terminal to a running server's own address (the
// simulator puts each server's primary IP on loopback, where the test SSH server plays its sshd),
// the SSH config kept for the servers, in a HOME of the scenario's own, and health at a glance
// (read over SSH from the same sshd, which says web2's root disc is 95 % full).
import * as assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

const home = mkdtempSync(path.join(tmpdir(), 'bigv-e2e-home-'));
const managed = path.join(home, '.ssh', 'bigv', 'config');
const userConfig = path.join(home, '.ssh', 'config');

describe('SSH: a terminal to the server, and the SSH config kept for the servers', function () {
  let s: Scenario;
  scenarioHooks('22-ssh', (x) => (s = x), {
    signIn: {},
    env: { HOME: home },
    settings: (b) => ({ 'bigv.ssh.args': b.console.sshArgs, 'bigv.health.enabled': true }),
    then: async () => {
      await mkdir(path.dirname(userConfig), { recursive: true, mode: 0o700 });
      await writeFile(userConfig, 'Host *\n  ServerAliveInterval 30\n');
    },
  });
  after(() => rm(home, { recursive: true, force: true }));

  it('Open SSH Terminal reaches the server itself as root and shows its prompt', async function () {
    const { wb } = s;
    const before = s.backends.console.sessions.length;
    await wb.contextMenu('web1', 'Open SSH Terminal');
    await wb.waitForTerminalText(/root@web1:~# /, { timeoutMs: 30_000 });
    const session = s.backends.console.sessions.slice(before).find((x) => x.shell);
    assert.ok(session, 'the test sshd saw a shell session');
    assert.equal(session.username, 'root');
    assert.equal(session.localAddress, s.backends.sim.state.findServer('demo', 'web', 'web1')!.network_interfaces[0]!.ips[0]);
    const names = [...(await wb.terminalNames()), ...(await wb.page.locator('.terminal-tabs-entry, .single-terminal-tab, .terminal-tab').allInnerTexts().catch(() => []))];
    assert.ok(names.some((n) => n.includes('SSH: web1.web.demo')), JSON.stringify(names));
  });

  it('is not offered on a stopped server', async function () {
    assert.ok(!(await s.wb.contextMenuEntries('staging')).includes('Open SSH Terminal'));
  });

  it('Health: web2 expanded shows load, memory and its full disc, and its row is flagged', async function () {
    const { wb } = s;
    await wb.expand('web2');
    await wb.waitForRowDescription('Health', /^⚠ disc full \(\/\) · load 2\.31 · mem 41 % · \/ 95 %$/, { timeoutMs: 30_000 });
    await wb.waitForRowDescription('web2', /^⚠ disc full \(\/\) · /, { timeoutMs: 10_000 });
    const read = s.backends.console.execs.find((e) => e.serverName === 'web2');
    assert.ok(read, 'the test sshd ran the health command on web2');
    assert.equal(read.username, 'root');
    assert.ok(!s.backends.console.execs.some((e) => e.serverName === 'staging'), 'a stopped server is not read');
    await wb.shot('22-health');
  });

  it('Keep an SSH Config…: the file at once, the Include only after asking, and it follows a rename', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Keep an SSH Config for My Servers');
    await wb.waitForDialog(/Add one line to .*\.ssh.config/);
    await wb.clickDialogButton('Add the Include Line');
    await wb.waitForNotification(/now know your servers as server\.group\.account/);
    const web1 = s.backends.sim.state.findServer('demo', 'web', 'web1')!.network_interfaces[0]!.ips[0]!;
    const text = await readFile(managed, 'utf8');
    assert.match(text, new RegExp(`Host web1\\.web\\.demo web1\\n  HostName ${web1.replace(/\./g, '\\.')}\\n  User root\\n`));
    assert.equal((await stat(managed)).mode & 0o777, 0o600);
    assert.match(await readFile(userConfig, 'utf8'), /^# Added by the Bytemark Cloud .*\nInclude ~\/\.ssh\/bigv\/config\n\nHost \*\n {2}ServerAliveInterval 30\n$/);

    await wb.contextMenu('web2', 'Rename…');
    await wb.answerInput(/New name/, 'web4', 'rename');
    await wb.until('the file to follow the rename', async () => /Host web4\.web\.demo web4\n/.test(await readFile(managed, 'utf8').catch(() => '')), { timeoutMs: 30_000 });
    assert.doesNotMatch(await readFile(managed, 'utf8'), /web2/);
  });

  it('Stop Keeping…: the file and the Include line go, the user\'s lines stay', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Stop Keeping an SSH Config for My Servers');
    await wb.until('the file to go', async () => !(await stat(managed).then(() => true, () => false)), { timeoutMs: 20_000 });
    assert.equal(await readFile(userConfig, 'utf8'), 'Host *\n  ServerAliveInterval 30\n');
  });
});
