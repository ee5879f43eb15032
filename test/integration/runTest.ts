// `npm run test:integration`: downloads a VS Code build with @vscode/test-electron and runs the
// suite in ./suite inside its extension host. It needs access to Microsoft's update servers, so
// it cannot run on machines that only reach the npm registry (use `npm run test:e2e` there).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // Compiled to out/integration/test/integration/runTest.js: the repository is four levels up.
  const extensionDevelopmentPath = path.resolve(__dirname, '..', '..', '..', '..');
  const extensionTestsPath = path.resolve(__dirname, 'suite', 'index');
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'bigv-integration-'));
  try {
    await runTests({
      version: process.env.BIGV_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: ['--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userDataDir}`, '--skip-welcome'],
    });
    console.log('integration: passed');
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`integration: failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
