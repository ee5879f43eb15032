// The companion test extension (test/e2e/companion: package.json + extension.js, no build step)
// plays an agent: it calls vscode.lm.invokeTool as another extension would. code-server installs
// extensions from a .vsix (or the Marketplace); copying a folder into the extensions directory
// would lean on how it scans that directory (its extensions.json lists what is installed, and the
// .vsix install of bigv-vscode writes it), which is not a documented way in. So the folder is
// packed with vsce's own API (the tool `npm run package` uses) and installed with
// --install-extension like bigv-vscode, into an extensions directory of the scenario's own, so no
// other scenario sees it.
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createVSIX } from '@vscode/vsce';
import { REPO_ROOT } from './paths';

const SOURCE = path.join(REPO_ROOT, 'test', 'e2e', 'companion');

let packed: Promise<string> | undefined;

/** The companion's .vsix (made once a run, in a folder of its own). */
export function companionVsix(): Promise<string> {
  packed ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bigv-e2e-companion-'));
    await cp(SOURCE, path.join(dir, 'src'), { recursive: true });
    const vsix = path.join(dir, 'bigv-e2e-companion.vsix');
    await createVSIX({ cwd: path.join(dir, 'src'), packagePath: vsix, dependencies: false, allowMissingRepository: true, skipLicense: true });
    return vsix;
  })();
  return packed;
}

export interface CompanionResult {
  ok: boolean;
  text?: string;
  error?: string;
}

/** The folder the companion reads its request from and writes its result to ($BIGV_E2E_COMPANION_DIR). */
export class CompanionCalls {
  private constructor(readonly dir: string) {}

  static async make(): Promise<CompanionCalls> {
    return new CompanionCalls(await mkdtemp(path.join(tmpdir(), 'bigv-e2e-agent-')));
  }

  /** Writes the call for the palette command to read; the previous result is removed. */
  async request(call: { tool: string; input?: unknown } | { list: string }): Promise<void> {
    await rm(this.result, { force: true });
    await writeFile(path.join(this.dir, 'request.json'), JSON.stringify(call));
  }

  /** The result, once the companion has written it. */
  async answer(timeoutMs = 30_000): Promise<CompanionResult> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await stat(this.result).then(() => true, () => false)) return JSON.parse(await readFile(this.result, 'utf8')) as CompanionResult;
      if (Date.now() > deadline) throw new Error(`the companion wrote no result within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  private get result(): string {
    return path.join(this.dir, 'result.json');
  }
}
