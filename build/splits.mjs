// How esbuild.mjs cuts the extension into files that are required on first use, without ever
// bundling one module twice (a second copy would be a second class for instanceof, a second
// emitter, a second @vscode/l10n with no bundle configured):
// - `lazyApi`: every bundle but dist/api.js reaches src/api through a stand-in whose exports are
//   getters that require ./api.js on first access;
// - `commandsSplit`: the command handlers (src/commands, and whatever only they import) go to
//   dist/commands.js, required when a command first runs; the modules they share with activation
//   stay in dist/extension.js, which hands them over (`commandsHost`, `commandsGuest`);
// - `vscodeOnce`: not a split, a load cost: one copy of the vscode module's exports per bundle.
// The API stand-in relies on esbuild reading a CommonJS import at each use site
// (`import_api.BrainClient`): its getter runs when a value is used, not when the importing module
// loads. So no module outside src/api may use an API value at its top level.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const API_DIR = path.resolve('src/api');
// Pure files of src/api (no imports, no classes, no state) that activation runs: bundled into
// dist/extension.js as well as dist/api.js, since a copy of a pure function changes nothing.
// (safeText.ts: the tree draws names with it, also the profile rows of a signed-out window;
// fastCheck.ts: the last-known tree is checked with it before the API bundle loads.)
const SHARED_API = new Set([path.join(API_DIR, 'endpoint.ts'), path.join(API_DIR, 'safeText.ts'), path.join(API_DIR, 'fastCheck.ts')]);
const REGISTRY = path.resolve('src/commands/registry.ts');
const ENTRY = 'src/extension.ts';

const rel = (file) => path.relative('.', file).split(path.sep).join('/');
const inside = (dir, file) => !path.relative(dir, file).startsWith('..');

async function exportsOf(file) {
  const r = await esbuild.build({ entryPoints: [file], bundle: true, packages: 'external', write: false, metafile: true, format: 'esm', platform: 'node', outdir: 'out', logLevel: 'silent' });
  return Object.values(r.metafile.outputs).flatMap((o) => o.exports ?? []);
}

/** src/api through dist/api.js. A deep import (`../api/errors`) works if index.ts exports its names. */
export const lazyApi = {
  name: 'lazy-api',
  setup(build) {
    let indexExports;
    build.onResolve({ filter: /[\\/]api([\\/]|$)/ }, (args) => {
      if (!args.importer || args.namespace !== 'file') return undefined;
      const target = path.resolve(args.resolveDir, args.path);
      if (!inside(API_DIR, target)) return undefined;
      const file = ['.ts', '/index.ts'].map((ext) => target + ext).find((f) => existsSync(f));
      if (!file) return { errors: [{ text: `no such file in src/api: ${args.path}` }] };
      return SHARED_API.has(file) ? { path: file } : { path: file, namespace: 'lazy-api' };
    });
    // Only the stand-in's own require: a global external './api.js' would also catch zod's core/api.js.
    build.onResolve({ filter: /^\.\/api\.js$/, namespace: 'lazy-api' }, () => ({ path: './api.js', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-api' }, async (args) => {
      indexExports ??= exportsOf(path.join(API_DIR, 'index.ts'));
      const index = new Set(await indexExports);
      const names = await exportsOf(args.path);
      const missing = names.filter((n) => !index.has(n));
      if (missing.length) return { errors: [{ text: `src/api/index.ts must export ${missing.join(', ')} (imported through ${rel(args.path)}): the other bundles reach src/api only through dist/api.js's exports` }] };
      return {
        contents: `let m;
Object.defineProperty(exports, '__esModule', { value: true });
for (const n of ${JSON.stringify(names)}) Object.defineProperty(exports, n, { enumerable: true, get: () => (m ??= require('./api.js'))[n] });
`,
        loader: 'js',
      };
    });
  },
};

/**
 * One copy of the `vscode` module's exports per bundle. esbuild wraps each `import * as vscode`
 * of an external CommonJS module in its own copy (`__toESM`: a getter per export, and the real
 * API has hundreds), once per importing file, all at load. Imported through one ES module that
 * re-exports it, it is copied once and every file reads that copy.
 */
export const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/**
 * Reads activation's import graph once: `main` is what src/extension.ts reaches without going
 * through src/commands/registry.ts (it stays in dist/extension.js), `shared` the part of it that
 * the handlers' own modules import (dist/extension.js hands those to dist/commands.js).
 */
export async function commandsSplit(options) {
  const r = await esbuild.build({ ...options, entryPoints: [ENTRY], write: false, metafile: true, minify: false, sourcemap: false, logLevel: 'silent', plugins: [lazyApi] });
  const inputs = r.metafile.inputs;
  const reach = (from, stop) => {
    const seen = new Set();
    for (const todo = [from]; todo.length > 0; ) {
      const f = todo.pop();
      // A stand-in (`lazy-api:…`) is not a module of either side: each bundle makes its own.
      if (seen.has(f) || f === stop || !inputs[f] || f.includes(':')) continue;
      seen.add(f);
      for (const i of inputs[f].imports) if (!i.external) todo.push(i.path);
    }
    return seen;
  };
  const main = reach(ENTRY, rel(REGISTRY));
  const handlers = [...reach(rel(REGISTRY))].filter((f) => !main.has(f));
  const shared = [...new Set(handlers.flatMap((f) => inputs[f].imports.filter((i) => main.has(i.path)).map((i) => i.path)))].sort();
  return { main, shared };
}

/** dist/extension.js's side: the registry becomes a stand-in whose commandById requires ./commands.js on the first command. */
export const commandsHost = (split) => ({
  name: 'commands-host',
  setup(build) {
    build.onResolve({ filter: /registry$/ }, (args) => {
      if (args.namespace !== 'file' || inside(path.dirname(REGISTRY), args.importer)) return undefined;
      return path.resolve(args.resolveDir, args.path) + '.ts' === REGISTRY ? { path: REGISTRY, namespace: 'commands-host' } : undefined;
    });
    build.onResolve({ filter: /^\.\/commands\.js$/, namespace: 'commands-host' }, () => ({ path: './commands.js', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'commands-host' }, async () => {
      const names = await exportsOf(REGISTRY);
      if (!names.includes('commandById')) return { errors: [{ text: `build/splits.mjs stands in for ${rel(REGISTRY)}'s commandById; it exports ${names.join(', ')}` }] };
      const { shared } = await split;
      return {
        contents: [
          ...shared.map((f, i) => `import * as m${i} from ${JSON.stringify(path.resolve(f))};`),
          `const shared = { ${shared.map((f, i) => `${JSON.stringify(f)}: m${i}`).join(', ')} };`,
          'let loaded;',
          // Only commandById crosses over: activation imports nothing else of the registry's values.
          "export function commandById(id) { return (loaded ??= require('./commands.js').load(shared)).commandById(id); }",
        ].join('\n'),
        loader: 'js',
        resolveDir: path.resolve('.'),
      };
    });
  },
});

/** dist/commands.js's side: its entry, and each import of a module dist/extension.js holds. */
export const commandsGuest = (split) => ({
  name: 'commands-guest',
  setup(build) {
    build.onResolve({ filter: /^bigv:shared$/ }, () => ({ path: 'shared', namespace: 'commands-guest' }));
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'commands-guest' || args.namespace !== 'file' || !args.importer) return undefined;
      const r = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'commands-guest' });
      if (r.errors.length > 0 || r.external || r.namespace !== 'file' || !(await split).main.has(rel(r.path))) return undefined;
      return { path: rel(r.path), namespace: 'commands-guest' };
    });
    build.onLoad({ filter: /.*/, namespace: 'commands-guest' }, (args) => ({
      contents:
        args.path === 'shared'
          ? `let shared;
exports.attach = (s) => { shared = s; };
exports.get = (file) => {
  const m = shared?.[file];
  if (!m) throw new Error('dist/commands.js needs ' + file + (shared ? ', which dist/extension.js does not share: rebuild both' : ' before load()'));
  // Marked as an ES module's exports, so an import of its default export means its own.
  const o = Object.defineProperty({}, '__esModule', { value: true });
  for (const k of Object.keys(m)) Object.defineProperty(o, k, { enumerable: true, get: () => m[k] });
  return o;
};`
          : `module.exports = require('bigv:shared').get(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
});

/** dist/commands.js's entry: the handlers' modules run only inside load(), once the shared ones are attached. */
export const commandsEntry = {
  contents: `import { attach } from 'bigv:shared';\nexport function load(shared) {\n  attach(shared);\n  return require(${JSON.stringify(REGISTRY)});\n}\n`,
  resolveDir: path.resolve('.'),
  sourcefile: 'commands-entry.js',
  loader: 'js',
};
