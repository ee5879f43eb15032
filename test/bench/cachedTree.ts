// Benchmark (not a test): after a window reload, how soon the last-known tree is on screen, and
// what had to load for it. Builds the release bundle; writes a stored session and a cached tree
// of N servers the way the extension does (SessionStore, EstateCache); then in fresh Node
// processes with a stand-in `vscode` runs activate() and asks the Servers view's provider for
// its rows until the cached servers are there. Prints, side by side, activate() alone, the time
// to the cached tree, and which dist files were loaded by then (the goal: not dist/api.js).
//
//   npx tsx test/bench/cachedTree.ts [--servers 10000] [--runs 7]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULTS } from '../../src/config/settings';
import { Estate } from '../../src/estate/estate';
import { SessionStore } from '../../src/session/sessionStore';
import { EstateCache } from '../../src/wiring/estateCache';
import { account, vm } from '../estate/fixtures';
import { SharedSecrets } from '../session/fixtures';

const root = path.resolve(__dirname, '../..');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const SERVERS = arg('--servers', 10_000);
// The real API's top-level names (esbuild copies a module's own keys, so the stand-in needs them all).
const VSCODE_NAMES = [...new Set(readFileSync(path.join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8').match(/^\texport (?:abstract )?(?:class|enum|namespace|const|function|let) \w+/gm) ?? [])].map((d) => d.split(' ').pop()!);
const RUNS = arg('--runs', 7);

async function prepare(dir: string): Promise<Record<string, string>> {
  const perGroup = 50;
  const groups = Array.from({ length: Math.ceil(SERVERS / perGroup) }, (_, g) => ({
    id: 100 + g,
    name: `g${g}`,
    vms: Array.from({ length: Math.min(perGroup, SERVERS - g * perGroup) }, (_, i) => vm({ id: 10_000 + g * perGroup + i, name: `s${g}-${i}`, group_id: 100 + g })),
  }));
  const estate = new Estate();
  estate.replace([account(1, 'fleet', groups)], false);
  const cache = new EstateCache(dir, 'default', 0);
  await cache.save(DEFAULTS.apiEndpoint, 'demo', estate);
  cache.dispose();
  const secrets = new SharedSecrets();
  await new SessionStore(secrets.view(), 'default').save({ apiEndpoint: DEFAULTS.apiEndpoint, authEndpoint: DEFAULTS.authEndpoint }, { username: 'demo', token: 'cached-bench-token' });
  return Object.fromEntries(secrets.map);
}

// The child: a stand-in vscode that keeps the Servers view's provider, a context whose secrets
// and global storage hold what prepare() wrote, and no network (the session's own check of its
// token may wait: the cached tree must not).
const child = (dir: string, secrets: Record<string, string>) => `
const Module = require('module');
const real = Module._load;
const deep = new Proxy(function () {}, { get: (_t, k) => (k === Symbol.toPrimitive ? () => 0 : k === 'then' ? undefined : deep), apply: () => deep, construct: () => deep, set: () => true });
let provider;
class Emitter { constructor() { this.listeners = []; this.event = (f) => (this.listeners.push(f), { dispose() {} }); } fire(e) { for (const f of this.listeners) f(e); } dispose() {} }
const stub = Object.assign(Object.fromEntries(${JSON.stringify(VSCODE_NAMES)}.map((n) => [n, deep])), {
  EventEmitter: Emitter,
  TreeItem: class { constructor(label, state) { this.label = label; this.collapsibleState = state; } },
  ThemeIcon: class { constructor(id) { this.id = id; } },
  ThemeColor: class {},
  Disposable: { from: () => ({ dispose() {} }) },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  l10n: { t: (m) => m, bundle: undefined },
  commands: { registerCommand: () => ({ dispose() {} }), executeCommand: async () => undefined },
  window: new Proxy({}, { get: (_t, k) => k === 'createTreeView' ? (id, o) => { if (id === 'bigv.servers') provider = o.treeDataProvider; return new Proxy({ visible: true }, { get: (t, k) => (k in t ? t[k] : deep), set: () => true }); } : deep }),
  workspace: new Proxy({}, { get: (_t, k) => k === 'getConfiguration' ? () => ({ get: (_k, d) => d, inspect: () => undefined }) : deep }),
});
Module._load = function (req, ...rest) { return req === 'vscode' ? stub : real.call(this, req, ...rest); };
const dist = ${JSON.stringify(path.join(root, 'dist') + path.sep)};
const loaded = () => Object.keys(require.cache).filter((f) => f.startsWith(dist)).map((f) => require('path').basename(f));
const secrets = new Map(Object.entries(${JSON.stringify(secrets)}));
const context = new Proxy({
  subscriptions: [],
  extensionPath: ${JSON.stringify(root)},
  globalStorageUri: { scheme: 'file', fsPath: ${JSON.stringify(dir)} },
  extension: { packageJSON: require(${JSON.stringify(path.join(root, 'package.json'))}) },
  secrets: { get: async (k) => secrets.get(k), store: async (k, v) => void secrets.set(k, v), delete: async (k) => void secrets.delete(k), onDidChange: () => ({ dispose() {} }) },
  globalState: { get: (_k, d) => d, update: async () => {}, keys: () => [] },
}, { get: (t, k) => (k in t ? t[k] : deep) });
const t0 = process.hrtime.bigint();
const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
const ext = require(${JSON.stringify(path.join(root, 'dist/extension.js'))});
ext.activate(context);
const activated = ms();
(async () => {
  for (;;) {
    const rows = provider ? await provider.getChildren() : [];
    const account = rows.find((r) => r.kind === 'account');
    if (account) {
      const servers = account.groups.reduce((n, g) => n + g.servers.length, 0);
      process.stdout.write(JSON.stringify({ activated, painted: ms(), servers, loaded: loaded() }));
      process.exit(0);
    }
    if (ms() > 20000) { process.stdout.write(JSON.stringify({ activated, painted: NaN, servers: 0, loaded: loaded() })); process.exit(0); }
    await new Promise((r) => setTimeout(r, 1));
  }
})();`;

interface Run {
  activated: number;
  painted: number;
  servers: number;
  loaded: string[];
}

async function main(): Promise<void> {
  execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: 'ignore' });
  const dir = mkdtempSync(path.join(tmpdir(), 'bigv-cached-bench-'));
  try {
    const secrets = await prepare(dir);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const r = JSON.parse(execFileSync(process.execPath, ['-e', child(dir, secrets)], { cwd: root, encoding: 'utf8', timeout: 60_000 })) as Run;
      if (i > 0) runs.push(r);
    }
    const median = (f: (r: Run) => number) => runs.map(f).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    const last = runs.at(-1)!;
    console.log(`node ${process.version}; ${SERVERS} cached servers; median of ${RUNS} fresh processes`);
    console.log(`activate() returned after            ${median((r) => r.activated).toFixed(1).padStart(7)} ms`);
    console.log(`cached tree (${last.servers} servers) painted after ${median((r) => r.painted).toFixed(1).padStart(7)} ms, ${median((r) => r.painted - r.activated).toFixed(1)} ms after activate() returned   (goal: within 150 ms of activation)`);
    console.log(`dist files loaded by then: ${last.loaded.join(', ')}${last.loaded.includes('api.js') ? '   (the API bundle: not the goal)' : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
