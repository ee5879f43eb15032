// One environment per suite run (provisioned code-server, the packaged extension, simulator,
// console server, one Chromium), and one fresh VS Code per scenario: its own code-server with
// empty user data and a new browser context, so no scenario sees another's session or secrets.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { provision, type Provisioned } from '../provision';
import { startBackends, type Backends } from './backends';
import { installVsix, startCodeServer, type CodeServer } from './codeServer';
import { CompanionCalls, companionVsix } from './companion';
import { prepareExtension, type PreparedExtension } from './extension';
import { RESULTS_DIR } from './paths';
import { Workbench } from './workbench';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** How long the simulator takes over a power change: long enough to see the changing state. */
export const TRANSITION_MS = 1500;

export interface E2EEnv {
  provisioned: Provisioned;
  extension: PreparedExtension;
  backends: Backends;
  browser: Browser;
  extensionsDir: string;
  log: (l: string) => void;
}

export interface Scenario {
  wb: Workbench;
  backends: Backends;
  codeServer: CodeServer;
  context: BrowserContext;
  /** With `companion`: the agent's calls (test/e2e/companion, vscode.lm.invokeTool). */
  companion?: CompanionCalls;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Extra user settings on top of the ones every scenario gets (a function: from the backends, e.g. the console server's port). */
  settings?: Record<string, unknown> | ((b: Backends) => Record<string, unknown>);
  /** The extension host's environment on top of the usual (e.g. a HOME of the scenario's own). */
  env?: Record<string, string>;
  /** Installs the companion test extension too (in an extensions directory of the scenario's own). */
  companion?: boolean;
}

let starting: Promise<E2EEnv> | undefined;

export function getEnv(): Promise<E2EEnv> {
  starting ??= startEnv();
  return starting;
}

async function startEnv(): Promise<E2EEnv> {
  const log = (l: string): void => {
    if (process.env.BIGV_E2E_VERBOSE || !l.startsWith('  ')) console.log(l);
  };
  const provisioned = await provision(log);
  const extension = await prepareExtension(log);
  const extensionsDir = await mkdtemp(path.join(tmpdir(), 'bigv-e2e-ext-'));
  await installVsix(provisioned, extension.vsixPath, extensionsDir);
  const backends = await startBackends({
    transitionMs: TRANSITION_MS,
    // The README pictures show real-looking addresses, not the loopback ones SSH needs.
    sshOnLoopback: !process.argv.includes('--readme-screenshots'),
    ...(process.env.BIGV_E2E_VERBOSE ? { log: (l: string) => console.log(`sim: ${l}`) } : {}),
  });
  const browser = await chromium.launch({ executablePath: provisioned.chromium, args: CHROMIUM_ARGS });
  log(`e2e: simulator ${backends.sim.url}, console server on port ${backends.console.port}`);
  return { provisioned, extension, backends, browser, extensionsDir, log };
}

export async function stopEnv(): Promise<void> {
  if (!starting) return;
  const env = await starting.catch(() => undefined);
  starting = undefined;
  if (!env) return;
  await env.browser.close().catch(() => undefined);
  await env.backends.stop().catch(() => undefined);
  await rm(env.extensionsDir, { recursive: true, force: true }).catch(() => undefined);
  await rm(path.dirname(env.extension.vsixPath), { recursive: true, force: true }).catch(() => undefined);
}

/** The settings that point the extension at the simulator and the console server. */
export function bigvSettings(b: Backends): Record<string, unknown> {
  return {
    'bigv.apiEndpoint': b.sim.url,
    'bigv.authEndpoint': b.sim.url,
    'bigv.console.sshArgs': b.console.sshArgs,
    'bigv.pollIntervalSeconds': 1,
  };
}

/** Fresh VS Code for one scenario, on a simulator back at its seed data. */
export async function openScenario(name: string, o: OpenOptions = {}): Promise<Scenario> {
  const env = await getEnv();
  env.backends.reset();
  const companion = o.companion ? await CompanionCalls.make() : undefined;
  const extensionsDir = companion ? await mkdtemp(path.join(tmpdir(), 'bigv-e2e-ext-')) : env.extensionsDir;
  if (companion) {
    await installVsix(env.provisioned, env.extension.vsixPath, extensionsDir);
    await installVsix(env.provisioned, await companionVsix(), extensionsDir);
  }
  const dropOwn = async (): Promise<void> => {
    await companion?.dispose();
    if (companion) await rm(extensionsDir, { recursive: true, force: true }).catch(() => undefined);
  };
  const codeServer = await startCodeServer({
    provisioned: env.provisioned,
    extensionsDir,
    settings: { ...bigvSettings(env.backends), ...(typeof o.settings === 'function' ? o.settings(env.backends) : o.settings) },
    log: env.log,
    ...(o.env || companion ? { env: { ...o.env, ...(companion ? { BIGV_E2E_COMPANION_DIR: companion.dir } : {}) } } : {}),
  });
  const context = await env.browser.newContext({ viewport: { width: 1360, height: 860 } });
  try {
    // Clipboard reads back what Copy commands wrote.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(codeServer.url).origin });
    const page = await context.newPage();
    const wb = await Workbench.open(page, codeServer.url, path.join(RESULTS_DIR, name), env.log);
    return {
      wb,
      backends: env.backends,
      codeServer,
      context,
      ...(companion ? { companion } : {}),
      async close() {
        await context.close().catch(() => undefined);
        await codeServer.stop();
        await dropOwn();
      },
    };
  } catch (err) {
    await context.close().catch(() => undefined);
    await codeServer.stop();
    await dropOwn();
    throw err;
  }
}
