// Builds the extension the way users get it (a .vsix from `npm run package`). If the project's
// package step fails, packages the same bundle with the harness's own vsce options and says so;
// only if that fails too does it fall back to `dist/` as an extension under development.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

export type PreparedExtension =
  | { kind: 'vsix'; vsixPath: string; /** Set when `npm run package` failed and the harness packaged by itself. */ packagingError?: string }
  | { kind: 'development'; extensionPath: string; packagingError: string };

function runIn(cmd: string, args: string[], log: (l: string) => void): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (d: Buffer): void => {
      output += d.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) => resolve({ ok: false, output: String(err) }));
    child.on('close', (code) => {
      if (code !== 0) log(`e2e: ${cmd} ${args.join(' ')} failed (${code}):\n${output.trim().split('\n').slice(-8).join('\n')}`);
      resolve({ ok: code === 0, output });
    });
  });
}

const lastLines = (text: string, n: number): string => text.trim().split('\n').slice(-n).join('\n');

export async function prepareExtension(log: (l: string) => void = console.log): Promise<PreparedExtension> {
  const started = Date.now();
  // Each run works on its own copy: another engineer's `npm run package` may rewrite the one
  // in the repository root while this run installs it.
  const own = path.join(await mkdtemp(path.join(tmpdir(), 'bigv-vsix-')), 'bigv-vscode.vsix');
  const rootVsix = path.join(REPO_ROOT, 'bigv-vscode.vsix');
  const pkg = await runIn('npm', ['run', '--silent', 'package'], log);
  if (pkg.ok && existsSync(rootVsix)) {
    await copyFile(rootVsix, own);
    log(`e2e: packaged with npm run package in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { kind: 'vsix', vsixPath: own };
  }
  // The project's package step failed (seen: vsce refusing relative README images while
  // package.json has no repository). Package with throwaway base URLs so the suite still tests
  // the real bundle, and say loudly that `npm run package` itself is broken.
  const reason = lastLines(pkg.output, 4);
  log(`e2e: WARNING npm run package failed; packaging with the harness's own vsce options instead.\n${reason}`);
  const bundle = await runIn('node', ['esbuild.mjs', '--production'], log);
  if (bundle.ok) {
    const vsce = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
    const placeholder = 'https://packaging.invalid/bigv-vscode/';
    const fallback = await runIn(vsce, ['package', '--no-dependencies', '--allow-missing-repository',
      '--baseContentUrl', placeholder, '--baseImagesUrl', placeholder, '--out', own], log);
    if (fallback.ok && existsSync(own)) return { kind: 'vsix', vsixPath: own, packagingError: reason };
  }
  // Last resort, and known not to work with code-server 4.139 (it ignores extensionDevelopmentPath):
  // the scenarios then fail at once instead of testing something else.
  const build = await runIn('npm', ['run', '--silent', 'build'], log);
  if (!build.ok) throw new Error(`e2e: the extension does not build (npm run build):\n${lastLines(build.output, 20)}`);
  log('e2e: WARNING no .vsix could be made; loading dist/ via extensionDevelopmentPath (code-server may not load it).');
  return { kind: 'development', extensionPath: REPO_ROOT, packagingError: reason };
}
