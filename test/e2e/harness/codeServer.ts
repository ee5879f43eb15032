// Starts a real VS Code (code-server) on loopback with its own user-data and settings, and the
// extension installed from the packaged .vsix.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { Provisioned } from '../provision';

const run = promisify(execFile);

export interface CodeServer {
  /** Workbench URL with the (empty) workspace folder open. */
  url: string;
  userDataDir: string;
  /** Everything the server printed, for a failing test's report. */
  output(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  provisioned: Provisioned;
  /** Shared by the runs of one suite: the .vsix is installed there once. */
  extensionsDir: string;
  settings: Record<string, unknown>;
  log?: (l: string) => void;
  /** Environment of its own (HOME, for a scenario whose extension writes under ~/.ssh). */
  env?: Record<string, string>;
}

/**
 * Settings every run needs whatever the scenario: a quiet workbench (no walkthroughs, chat,
 * telemetry or update checks) and the DOM terminal renderer (the canvas/WebGL ones leave
 * `.xterm-rows` empty, so the terminal could not be read).
 */
export function baseSettings(): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.enableExperiments': false,
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'terminal.integrated.gpuAcceleration': 'off',
    'terminal.integrated.enablePersistentSessions': false,
    'window.confirmBeforeClose': 'never',
    'notifications.doNotDisturb': false,
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = addr && typeof addr === 'object' ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Installs the .vsix into the shared extensions folder (a second call is a cheap re-install). */
export async function installVsix(provisioned: Provisioned, vsixPath: string, extensionsDir: string): Promise<void> {
  await mkdir(extensionsDir, { recursive: true });
  const scratch = await mkdtemp(path.join(tmpdir(), 'bigv-cs-install-'));
  try {
    const { stdout, stderr } = await run(
      provisioned.node,
      [provisioned.codeServerEntry, '--user-data-dir', path.join(scratch, 'data'), '--extensions-dir', extensionsDir,
        '--install-extension', vsixPath, '--force'],
      { env: isolatedEnv(scratch), timeout: 120_000 },
    );
    if (!/successfully installed/i.test(stdout + stderr)) {
      throw new Error(`code-server did not install ${vsixPath}:\n${stdout}\n${stderr}`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** code-server writes a config file under XDG_CONFIG_HOME; keep that inside the run's folder. */
function isolatedEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'share') };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  const log = o.log ?? (() => undefined);
  const root = await mkdtemp(path.join(tmpdir(), 'bigv-cs-'));
  const userDataDir = path.join(root, 'data');
  const workspace = path.join(root, 'workspace');
  await mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await mkdir(path.join(userDataDir, 'Machine'), { recursive: true });
  await mkdir(workspace, { recursive: true });
  const settings = JSON.stringify({ ...baseSettings(), ...o.settings }, null, 2);
  await writeFile(path.join(userDataDir, 'User', 'settings.json'), settings);
  // Settings with `"scope": "machine"` (bigv.console.*) are read, in a remote window such as
  // code-server's, from the remote machine's settings and never from the user's.
  // Not bigv.profiles: the extension writes it to the user's settings, which the remote
  // machine's copy would shadow.
  const { 'bigv.profiles': _profiles, ...machine } = { ...baseSettings(), ...o.settings } as Record<string, unknown>;
  await writeFile(path.join(userDataDir, 'Machine', 'settings.json'), JSON.stringify(machine, null, 2));
  const port = await freePort();
  const configPath = path.join(root, 'config.yaml');
  await writeFile(configPath, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const args = [
    o.provisioned.codeServerEntry,
    '--config', configPath,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', o.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
  args.push(workspace);

  // A process group of its own: the server starts an extension host and a pty host, and stop()
  // must end all of them (and only them).
  const child: ChildProcess = spawn(o.provisioned.node, args, { env: { ...isolatedEnv(root), ...o.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer): void => {
      output += d.toString('utf8');
      if (output.includes('HTTP server listening on')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited (${code}) before listening:\n${output}`)));
    setTimeout(() => reject(new Error(`code-server did not listen within 60 s:\n${output}`)), 60_000).unref();
  });
  await listening;
  log(`e2e: code-server on http://127.0.0.1:${port} (user data ${userDataDir})`);

  let stopped = false;
  return {
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    userDataDir,
    output: () => output,
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
      // BIGV_E2E_KEEP=1 keeps the run's folder (logs of the extension host) for a post-mortem.
      if (!process.env.BIGV_E2E_KEEP) await rm(root, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
