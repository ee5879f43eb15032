// Benchmark (not a test): what activation loads, next to undici alone. Builds the release bundle,
// then in fresh Node processes times `require` of dist/extension.js (with a stand-in `vscode`
// module) and of undici, and prints both, side by side.
//
//   npx tsx test/bench/activation.ts [--runs 15]
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 15;

// A child that stubs `vscode`, requires one file, and prints how long the require took.
const VSCODE_NAMES = ['TreeItemCollapsibleState', 'TreeItem', 'ThemeIcon', 'ThemeColor', 'MarkdownString', 'l10n', 'window', 'workspace', 'commands', 'env', 'Uri', 'EventEmitter', 'StatusBarAlignment', 'ProgressLocation', 'ConfigurationTarget', 'QuickInputButtons', 'extensions', 'languages', 'Disposable', 'ViewColumn', 'TerminalLocation', 'CancellationTokenSource', 'FileType', 'TextEncoder', 'TreeItemCheckboxState', 'QuickPickItemKind', 'version'];

const probe = (file: string) => `
const Module = require('module');
const real = Module._load;
const deep = new Proxy(function () {}, { get: (_t, k) => (k === Symbol.toPrimitive ? () => 0 : deep), apply: () => deep, construct: () => deep });
// esbuild copies the module's own keys, so the stand-in lists the vscode API's top-level names.
const names = ${JSON.stringify(VSCODE_NAMES)};
const stub = Object.fromEntries(names.map((n) => [n, deep]));
Module._load = function (req, ...rest) { return req === 'vscode' ? stub : real.call(this, req, ...rest); };
const t = process.hrtime.bigint();
require(${JSON.stringify(file)});
process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;

function median(file: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const ms = Number(execFileSync(process.execPath, ['-e', probe(file)], { cwd: root, encoding: 'utf8' }));
    if (i >= 2) times.push(ms);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, stdio: 'ignore' });
const rows: [string, string][] = [
  ['dist/extension.js (what activation loads)', path.join(root, 'dist/extension.js')],
  ['undici alone (dist/undici.js, on first request)', path.join(root, 'dist/undici.js')],
  ['dist/consoles.js (when a console opens)', path.join(root, 'dist/consoles.js')],
];
console.log(`node ${process.version}; require() time, median of ${RUNS} fresh processes`);
const figures = rows.map(([label, file]) => ({ label, kib: statSync(file).size / 1024, ms: median(file) }));
for (const f of figures) console.log(`${f.label.padEnd(50)} ${f.kib.toFixed(0).padStart(6)} KiB ${f.ms.toFixed(1).padStart(7)} ms`);
console.log(`activation / undici: ${(figures[0]!.ms / figures[1]!.ms).toFixed(2)} (goal: at most 0.33)`);
