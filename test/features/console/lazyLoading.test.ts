// Activation must not grow with the consoles: ssh2, noVNC and the console panel are built into
// dist/consoles.js and dist/console-webview.js and required at first use (load.ts). This bundles
// the activation entry in memory, as esbuild.mjs does, and checks none of them got into it.
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';

describe('console: lazy loading', function () {
  this.timeout(30_000);

  it('keeps ssh2, noVNC and the console panel out of dist/extension.js', async () => {
    const result = await esbuild.build({
      entryPoints: ['src/extension.ts'],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      external: ['vscode', 'cpu-features', '*.node'],
      write: false,
      outdir: 'out-lazy-check',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((f) => f.endsWith('src/features/console/loadConsoles.ts')), 'the loader is in the main bundle');
    const heavy = inputs.filter((f) => /node_modules\/(ssh2|@novnc)\/|features\/console\/(heavy|builtin\/|ssh\/|graphical\/(panel|html|tunnel|webview))/.test(f));
    assert.deepEqual(heavy, []);
  });
});
