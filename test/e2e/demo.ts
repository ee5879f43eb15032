// `npm run demo`: the extension against the simulator's demo estate, with a working serial
// console, in desktop VS Code if `code` is on PATH, else in code-server (open the printed URL).
// Starts signed out, with fresh user data. Ctrl-C stops everything it started.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEMO_PASSWORD, SECOND_FACTOR_CODE } from '../simulator';
import { provision } from './provision';
import { startBackends, type Backends } from './harness/backends';
import { baseSettings, installVsix, startCodeServer, type CodeServer } from './harness/codeServer';
import { prepareExtension } from './harness/extension';
import { bigvSettings } from './harness/env';
import { REPO_ROOT } from './harness/paths';

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function build(): void {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed; fix the build and run npm run demo again');
}

async function main(): Promise<void> {
  const useDesktop = process.env.BIGV_DEMO_TARGET !== 'code-server' && onPath('code');
  build();
  const backends: Backends = await startBackends({ transitionMs: 3000 });
  let codeServer: CodeServer | undefined;
  let desktop: ChildProcess | undefined;
  let scratch: string | undefined;
  let stopping = false;

  const stop = async (code = 0): Promise<never> => {
    if (!stopping) {
      stopping = true;
      console.log('\ndemo: stopping…');
      if (desktop?.pid && desktop.exitCode === null) desktop.kill('SIGTERM');
      await codeServer?.stop().catch(() => undefined);
      await backends.stop().catch(() => undefined);
      if (scratch) await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  // The servers' own sshd is the test server on each server's loopback address: its key and
  // known_hosts options, so Open SSH Terminal works; health on, so expanding a running server
  // shows its Health row (web2's disc is 95 % full). (Scenario 22 sets the same.)
  const settings = { ...bigvSettings(backends), 'bigv.pollIntervalSeconds': 2, 'bigv.ssh.args': backends.console.sshArgs, 'bigv.health.enabled': true };
  console.log(`demo: simulator (auth + API) on ${backends.sim.url}; serial consoles on 127.0.0.x port ${backends.console.port}`);

  if (useDesktop) {
    scratch = await mkdtemp(path.join(tmpdir(), 'bigv-demo-'));
    const userData = path.join(scratch, 'data');
    await mkdir(path.join(userData, 'User'), { recursive: true });
    await writeFile(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...baseSettings(), ...settings }, null, 2));
    desktop = spawn(
      'code',
      ['--new-window', '--wait', `--extensionDevelopmentPath=${REPO_ROOT}`, `--user-data-dir=${userData}`,
        `--extensions-dir=${path.join(scratch, 'extensions')}`, path.join(scratch, 'workspace')],
      { stdio: 'inherit' },
    );
    desktop.on('exit', () => void stop(0));
    console.log('demo: opened desktop VS Code with the extension under development.');
  } else {
    const provisioned = await provision();
    // code-server 4.139 ignores extensionDevelopmentPath (tried as a server option and as the
    // workbench's payload), so the demo installs the packaged extension instead.
    const extension = await prepareExtension();
    scratch = await mkdtemp(path.join(tmpdir(), 'bigv-demo-'));
    const extensionsDir = path.join(scratch, 'extensions');
    await installVsix(provisioned, extension.vsixPath, extensionsDir);
    codeServer = await startCodeServer({ provisioned, extensionsDir, settings });
    console.log(`\ndemo: open ${codeServer.url}`);
    console.log('      (code-server on 127.0.0.1; from another machine, forward the port with ssh -L)');
  }
  console.log(`\nSign in from the Bytemark Cloud view with demo / ${DEMO_PASSWORD}`);
  console.log(`      (also: viewer / ${DEMO_PASSWORD} read-only; twofactor / ${DEMO_PASSWORD} with code ${SECOND_FACTOR_CODE})`);
  console.log('Ctrl-C stops the demo.');
}

main().catch((err: unknown) => {
  console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
