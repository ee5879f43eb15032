// The English bundle is what translators start from: it must list every string the code passes
// to l10n.t, and nothing the code no longer uses. `npm run l10n` regenerates it.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '..', '..');

describe('l10n bundle', function () {
  this.timeout(60_000);

  it('matches the strings in src/ (run npm run l10n after changing a message)', async function () {
    const out = await mkdtemp(path.join(tmpdir(), 'bigv-l10n-'));
    try {
      const cli = path.join(root, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');
      await promisify(execFile)(process.execPath, [cli, 'export', '--outDir', out, path.join(root, 'src')], { cwd: root });
      const fresh = JSON.parse(await readFile(path.join(out, 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
      const committed = JSON.parse(await readFile(path.join(root, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
      assert.ok(Object.keys(fresh).length > 100, 'the export found the extension strings');
      assert.deepEqual(Object.keys(committed).sort(), Object.keys(fresh).sort());
      assert.ok(Object.keys(fresh).includes('Running'), 'strings of the vscode-free modules are included');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
