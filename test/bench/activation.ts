// Benchmark (not a test): what activation loads, next to undici alone. Builds the release bundle,
// then in fresh Node processes times `require` of dist/extension.js (with a stand-in `vscode`
// module) and of undici, and prints both, side by side, with the dist files each require loaded.
// Then it runs activate() once (signed out, stand-in vscode and context) and says which dist
// files that loaded: the API client, the commands and the consoles only come on first use.
//
//   npx tsx test/bench/activation.ts [--runs 15]
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 15;

// A child that stubs `vscode`, requires one file, and prints how long the require took. The
// stand-in has the real API's top-level names (classes, enums, namespaces, functions: about 200,
// from @types/vscode): esbuild copies a module's own keys, so their number is part of the cost.
const VSCODE_NAMES = [...new Set(readFileSync(path.join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8').match(/^\texport (?:abstract )?(?:class|enum|namespace|const|function|let) \w+/gm) ?? [])].map((d) => d.split(' ').pop()!);

const stubVscode = `
const Module = require('module');
const real = Module._load;
const deep = new Proxy(function () {}, { get: (_t, k) => (k === Symbol.toPrimitive ? () => 0 : k === 'then' ? undefined : deep), apply: () => deep, construct: () => deep, set: () => true });
const names = ${JSON.stringify(VSCODE_NAMES)};
const stub = Object.fromEntries(names.map((n) => [n, deep]));
Module._load = function (req, ...rest) { return req === 'vscode' ? stub : real.call(this, req, ...rest); };
const distLoaded = () => Object.keys(require.cache).filter((f) => f.startsWith(${JSON.stringify(path.join(root, 'dist') + path.sep)})).map((f) => require('path').basename(f));`;

const probe = (file: string) => `${stubVscode}
const t = process.hrtime.bigint();
require(${JSON.stringify(file)});
const ms = Number(process.hrtime.bigint() - t) / 1e6;
process.stdout.write(JSON.stringify({ ms, loaded: distLoaded() }));`;

// activate() as a signed-out window runs it: no stored session, nothing cached, default settings.
const activation = `${stubVscode}
class Emitter { constructor() { this.listeners = []; this.event = (f) => (this.listeners.push(f), { dispose() {} }); } fire(e) { for (const f of this.listeners) f(e); } dispose() {} }
Object.assign(stub, {
  EventEmitter: Emitter,
  TreeItem: class { constructor(label, state) { this.label = label; this.collapsibleState = state; } },
  commands: { registerCommand: () => ({ dispose() {} }), executeCommand: async () => undefined },
  workspace: new Proxy({}, { get: (_t, k) => k === 'getConfiguration' ? () => ({ get: (_k, d) => d, inspect: () => undefined }) : k === 'fs' ? { readFile: async () => { throw new Error('none'); } } : deep }),
});
const context = new Proxy({
  subscriptions: [],
  extensionPath: ${JSON.stringify(root)},
  secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: () => ({ dispose() {} }) },
  globalState: { get: (_k, d) => d, update: async () => {}, keys: () => [] },
}, { get: (t, k) => (k in t ? t[k] : deep) });
const ext = require(${JSON.stringify(path.join(root, 'dist/extension.js'))});
ext.activate(context);
setTimeout(() => { process.stdout.write(JSON.stringify({ loaded: distLoaded() })); ext.deactivate(); process.exit(0); }, 500);`;

interface Probe {
  ms: number;
  loaded: string[];
}

const run = (script: string): Probe => JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as Probe;

/** Each file's median. The files take turns, run by run, so a busy spell weighs on all of them alike. */
function medians(files: string[]): Probe[] {
  const probes: Probe[][] = files.map(() => []);
  for (let i = 0; i < RUNS + 2; i++) {
    files.forEach((file, f) => {
      const p = run(probe(file));
      if (i >= 2) probes[f]!.push(p);
    });
  }
  return probes.map((ps) => ps.sort((a, b) => a.ms - b.ms)[Math.floor(ps.length / 2)]!);
}

execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: 'ignore' });
const rows: [string, string][] = [
  ['dist/extension.js (what activation loads)', path.join(root, 'dist/extension.js')],
  ['undici alone (dist/undici.js, on first request)', path.join(root, 'dist/undici.js')],
  ['dist/api.js (on first use of the API client)', path.join(root, 'dist/api.js')],
  ['dist/consoles.js (when a console opens)', path.join(root, 'dist/consoles.js')],
];
console.log(`node ${process.version}; require() time, median of ${RUNS} fresh processes each (taking turns); the dist files each require loaded`);
const measured = medians(rows.map(([, file]) => file));
const figures = rows.map(([label, file], i) => ({ label, kib: statSync(file).size / 1024, ...measured[i]! }));
for (const f of figures) console.log(`${f.label.padEnd(50)} ${f.kib.toFixed(0).padStart(6)} KiB ${f.ms.toFixed(1).padStart(7)} ms   loaded: ${f.loaded.join(', ')}`);
console.log(`activation / undici: ${(figures[0]!.ms / figures[1]!.ms).toFixed(2)} (goal: at most 0.33)`);
try {
  console.log(`activate(), signed out, after 0.5 s loaded: ${run(activation).loaded.join(', ')}`);
} catch (err) {
  console.log(`activate() with the stand-in vscode failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
}
