// How esbuild.mjs cuts the extension into files that are required on first use, without ever
// bundling one module twice (a second copy would be a second class for instanceof):
// - `lazyApi`: every bundle but dist/api.js reaches src/api through a stand-in whose exports are
//   getters that require ./api.js on first access.
// It relies on esbuild reading a CommonJS import at each use site (`import_api.BrainClient`): a
// stand-in's getter runs when a value is used, not when the importing module loads. So no module
// outside src/api may use an API value at its top level.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const API_DIR = path.resolve('src/api');
// Pure files of src/api (no imports, no classes, no state) that activation runs: bundled into
// dist/extension.js as well as dist/api.js, since a copy of a pure function changes nothing.
const SHARED_API = new Set([path.join(API_DIR, 'endpoint.ts')]);

const rel = (file) => path.relative('.', file).split(path.sep).join('/');
const inside = (dir, file) => !path.relative(dir, file).startsWith('..');

async function exportsOf(file) {
  const r = await esbuild.build({ entryPoints: [file], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', outdir: 'out', external: ['undici'], logLevel: 'silent' });
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
