// Bundles the extension. `--production` minifies for the .vsix; the default build keeps names
// and writes source maps for debugging. The outputs:
// - dist/extension.js: what activation loads (one CommonJS file);
// - dist/api.js: src/api with zod, required on the first use of an API value;
// - dist/commands.js: the command handlers, required when a command first runs (build/splits.mjs
//   says how these two share dist/extension.js's modules instead of bundling copies);
// - dist/consoles.js: the consoles' heavy part (ssh2, the webview panel), required only when a
//   console opens (src/features/console/loadConsoles.ts), so it never weighs on activation;
// - dist/console-webview.js: the graphical console's page script with noVNC, for the browser
//   (an ES module: noVNC uses top-level await).
import * as esbuild from 'esbuild';
import { commandsEntry, commandsGuest, commandsHost, commandsSplit, lazyApi, vscodeOnce } from './build/splits.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
};

const node = {
  ...common,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // ssh2 tries its optional native add-ons (cpu-features, sshcrypto.node) inside try/catch and
  // falls back to Node's crypto: leave them unresolved rather than ship platform binaries.
  external: ['vscode', 'cpu-features', '*.node', 'undici', './undici.js'],
  // @vscode/l10n's node build requires fs and fs/promises when it loads, to read a bundle from a
  // file. The extension hands it the bundle's contents (extension.ts), so the browser build (the
  // same code without the file reading) spares activation loading them.
  alias: { '@vscode/l10n': '@vscode/l10n/dist/browser.js' },
};

// Read once: `--watch` does not notice a module moving between the two sides; restart it then.
const split = commandsSplit(node);

const builds = [
  { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', plugins: [commandsHost(split), lazyApi, vscodeOnce] },
  { ...node, stdin: commandsEntry, outfile: 'dist/commands.js', plugins: [commandsGuest(split), lazyApi, vscodeOnce] },
  { ...node, entryPoints: ['src/features/console/heavy.ts'], outfile: 'dist/consoles.js', plugins: [lazyApi, vscodeOnce] },
  // The API client and its zod schemas, required on the first use of an API value, not at activation.
  { ...node, entryPoints: ['src/api/index.ts'], outfile: 'dist/api.js' },
  // The HTTP stack, required on the first request (src/api/transport.ts), not at activation.
  { ...node, entryPoints: ['node_modules/undici/index.js'], outfile: 'dist/undici.js' },
  {
    ...common,
    entryPoints: ['src/features/console/graphical/webview/main.ts'],
    outfile: 'dist/console-webview.js',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
