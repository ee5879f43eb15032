// `npm run test:e2e [-- <scenario substring>...]`: provisions if needed, packages the extension,
// starts the backends once, runs every scenario in a real VS Code, prints
// `e2e: N passed, N failed, N skipped` and exits non-zero if anything failed.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { getEnv, stopEnv } from './harness/env';
import { RESULTS_DIR } from './harness/paths';

async function main(): Promise<number> {
  const started = Date.now();
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const dir = path.join(__dirname, 'scenarios');
  // The README pictures are committed, so they are only retaken when asked for.
  const readme = process.argv.includes('--readme-screenshots');
  const files = readdirSync(dir)
    .filter((f) => (readme ? f === 'readme-screenshots.ts' : f.endsWith('.e2e.ts')))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort()
    .map((f) => path.join(dir, f));
  if (files.length === 0) {
    console.error(`e2e: no scenario matches ${filters.join(', ')}`);
    return 2;
  }
  // Provisioning and packaging happen before the clock of any test starts.
  await getEnv();
  const setupSeconds = (Date.now() - started) / 1000;

  const mocha = new Mocha({ timeout: 120_000, slow: 15_000, reporter: 'spec' });
  for (const f of files) mocha.addFile(f);
  await mocha.loadFilesAsync();
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 } as Mocha.Stats));
  });
  await stopEnv();
  const total = (Date.now() - started) / 1000;
  console.log(`\ne2e: screenshots in ${RESULTS_DIR}`);
  console.log(`e2e: setup ${setupSeconds.toFixed(0)} s, total ${total.toFixed(0)} s`);
  console.log(`e2e: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);
  return stats.failures > 0 || stats.passes === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    console.error(`e2e: could not run: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    await stopEnv().catch(() => undefined);
    console.log('e2e: 0 passed, 1 failed, 0 skipped');
    process.exit(1);
  },
);
