// Builds the extension the way users get it: a .vsix from `npm run package`. If packaging fails
// the run fails: testing anything else would hide a broken release step.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

export interface PreparedExtension {
  vsixPath: string;
}

function runIn(cmd: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (d: Buffer): void => {
      output += d.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) => resolve({ ok: false, output: String(err) }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

export async function prepareExtension(log: (l: string) => void = console.log): Promise<PreparedExtension> {
  const started = Date.now();
  const rootVsix = path.join(REPO_ROOT, 'bigv-vscode.vsix');
  const pkg = await runIn('npm', ['run', '--silent', 'package']);
  if (!pkg.ok || !existsSync(rootVsix)) {
    const tail = pkg.output.trim().split('\n').slice(-20).join('\n');
    throw new Error(`e2e: npm run package failed, so there is no .vsix to test:\n${tail}`);
  }
  // Each run installs its own copy: a concurrent `npm run package` may rewrite the one in the root.
  const own = path.join(await mkdtemp(path.join(tmpdir(), 'bigv-vsix-')), 'bigv-vscode.vsix');
  await copyFile(rootVsix, own);
  log(`e2e: packaged with npm run package in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { vsixPath: own };
}
