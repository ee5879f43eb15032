// Builds the extension the way users get it (a .vsix from `npm run package`). If packaging fails
// (the manifest can be mid-edit while several people work), falls back to loading `dist/` as an
// extension under development, and says so, so a broken package step never hides behind green
// scenarios.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

export type PreparedExtension =
  | { kind: 'vsix'; vsixPath: string }
  | { kind: 'development'; extensionPath: string; packagingError: string };

function npmRun(script: string, log: (l: string) => void): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (d: Buffer): void => {
      output += d.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) => resolve({ ok: false, output: String(err) }));
    child.on('close', (code) => {
      if (code !== 0) log(`e2e: npm run ${script} failed (${code}):\n${output.trim().split('\n').slice(-15).join('\n')}`);
      resolve({ ok: code === 0, output });
    });
  });
}

export async function prepareExtension(log: (l: string) => void = console.log): Promise<PreparedExtension> {
  const started = Date.now();
  const vsixPath = path.join(REPO_ROOT, 'bigv-vscode.vsix');
  const pkg = await npmRun('package', log);
  if (pkg.ok && existsSync(vsixPath)) {
    log(`e2e: packaged ${path.relative(REPO_ROOT, vsixPath)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { kind: 'vsix', vsixPath };
  }
  const build = await npmRun('build', log);
  if (!build.ok) throw new Error(`e2e: the extension does not build (npm run build):\n${build.output.trim()}`);
  const reason = pkg.output.trim().split('\n').slice(-5).join('\n');
  log(`e2e: WARNING packaging failed; loading dist/ via extensionDevelopmentPath instead.\n${reason}`);
  return { kind: 'development', extensionPath: REPO_ROOT, packagingError: reason };
}
