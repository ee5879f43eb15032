// Provisions what the end-to-end tests need beyond the project's own dependencies: a real VS Code
// (code-server, from the npm registry because nothing else is reachable here), the Node 24 it
// needs to run, and Debian's Chromium. Everything lands in `.cache/e2e/` (git-ignored) so the
// extension's own dependency tree never sees a 600 MB workbench. A second run checks a marker and
// the binaries, and returns in about a second.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** `BIGV_E2E_CACHE` moves it (e.g. to time a cold install without touching the usual one). */
export const CACHE_DIR = process.env.BIGV_E2E_CACHE ? path.resolve(process.env.BIGV_E2E_CACHE) : path.join(REPO_ROOT, '.cache', 'e2e');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Debian packages: the browser, code-server's native build deps, and the ssh client of the console test. */
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config', 'openssh-client'];

const MARKER = path.join(CACHE_DIR, 'provisioned.json');

export interface Provisioned {
  /** The Node 24 binary code-server runs on (it fails on Node 20 at the first page load). */
  node: string;
  /** `out/node/entry.js` of code-server, started as `node entry.js …`. */
  codeServerEntry: string;
  chromium: string;
  codeServerVersion: string;
  nodeVersion: string;
}

interface Marker {
  codeServerVersion: string;
  nodeVersion: string;
}

function paths(): { node: string; codeServerEntry: string; codeServerPkg: string } {
  const modules = path.join(CACHE_DIR, 'node_modules');
  return {
    node: path.join(modules, 'node', 'bin', 'node'),
    codeServerEntry: path.join(modules, 'code-server', 'out', 'node', 'entry.js'),
    codeServerPkg: path.join(modules, 'code-server', 'package.json'),
  };
}

async function nodeVersionOf(binary: string): Promise<string | undefined> {
  if (!existsSync(binary)) return undefined;
  try {
    const { stdout } = await run(binary, ['--version'], { timeout: 20_000 });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** What is already there and usable, or undefined if (part of) the install must be redone. */
async function current(): Promise<Provisioned | undefined> {
  const p = paths();
  if (!existsSync(MARKER) || !existsSync(p.codeServerEntry) || !existsSync(p.codeServerPkg)) return undefined;
  const marker = JSON.parse(await readFile(MARKER, 'utf8')) as Partial<Marker>;
  const pkg = JSON.parse(await readFile(p.codeServerPkg, 'utf8')) as { version?: string };
  const nodeVersion = await nodeVersionOf(p.node);
  if (pkg.version !== CODE_SERVER_VERSION || marker.codeServerVersion !== CODE_SERVER_VERSION) return undefined;
  if (!nodeVersion?.startsWith(`v${NODE_MAJOR}.`) || marker.nodeVersion !== nodeVersion) return undefined;
  if (!existsSync(CHROMIUM_PATH)) return undefined;
  return { node: p.node, codeServerEntry: p.codeServerEntry, chromium: CHROMIUM_PATH, codeServerVersion: pkg.version, nodeVersion };
}

async function missingAptPackages(): Promise<string[]> {
  const missing: string[] = [];
  for (const name of APT_PACKAGES) {
    try {
      const { stdout } = await run('dpkg-query', ['-W', '-f=${Status}', name]);
      if (!stdout.includes('install ok installed')) missing.push(name);
    } catch {
      missing.push(name);
    }
  }
  return missing;
}

function stream(cmd: string, args: string[], env: NodeJS.ProcessEnv, log: (l: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    log(`$ ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { env, cwd: CACHE_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        log(`  ${line}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${tail.join('\n')}`)),
    );
  });
}

async function installApt(missing: string[], log: (l: string) => void): Promise<void> {
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The end-to-end tests need the Debian packages ${missing.join(', ')}. ` +
        `Install them with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // `stream` runs in the cache folder: on a fresh machine apt-get comes before anything made it.
  await mkdir(CACHE_DIR, { recursive: true });
  await stream('apt-get', ['update', '-q'], env, log);
  await stream('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], env, log);
}

async function installNpm(log: (l: string) => void): Promise<void> {
  await mkdir(CACHE_DIR, { recursive: true });
  // The cache is its own npm project, so npm never walks up into the extension's package.json.
  // `allowScripts` approves the install scripts that build code-server's native modules (npm 11's
  // script policy otherwise only warns today, and is announced to refuse them later).
  const manifest = {
    name: 'bigv-e2e-cache',
    private: true,
    description: 'code-server + Node 24 for the bigv-vscode end-to-end tests (generated by test/e2e/provision.ts)',
    allowScripts: { 'code-server': true, node: true, argon2: true },
  };
  await writeFile(path.join(CACHE_DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(MARKER, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // code-server 4.139 wants Node 24 at install; the build itself works under the Node 20 that runs npm.
    FORCE_NODE_VERSION: String(process.versions.node.split('.')[0]),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  await stream('npm', ['install', '--prefix', CACHE_DIR, '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`, `node@${NODE_MAJOR}`], env, log);
}

export async function provision(log: (line: string) => void = (l) => console.log(l)): Promise<Provisioned> {
  const started = Date.now();
  const ready = await current();
  if (ready) {
    log(`e2e: provisioned already (code-server ${ready.codeServerVersion}, node ${ready.nodeVersion}) in ${Date.now() - started} ms`);
    return ready;
  }
  const missing = await missingAptPackages();
  if (missing.length > 0) await installApt(missing, log);
  await installNpm(log);

  const p = paths();
  const nodeVersion = await nodeVersionOf(p.node);
  if (!nodeVersion?.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`e2e: ${p.node} is not Node ${NODE_MAJOR} (got ${nodeVersion ?? 'nothing'})`);
  if (!existsSync(p.codeServerEntry)) throw new Error(`e2e: code-server did not install: ${p.codeServerEntry} is missing`);
  const marker: Marker = { codeServerVersion: CODE_SERVER_VERSION, nodeVersion };
  await writeFile(MARKER, `${JSON.stringify(marker, null, 2)}\n`);
  const done = await current();
  if (!done) throw new Error('e2e: provisioning finished but the result does not check out; delete .cache/e2e and retry');
  log(`e2e: provisioned code-server ${done.codeServerVersion} and node ${done.nodeVersion} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return done;
}

if (require.main === module) {
  provision().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
