// The before/after pair every scenario file needs: its own code-server, signed in if asked, and
// closed afterwards whatever happened.
import { openScenario, type OpenOptions, type Scenario } from './env';
import { signIn, type SignInOptions } from './flows';

export interface ScenarioHooksOptions extends OpenOptions {
  /** Sign in through the welcome view before the tests (as `demo` unless it says otherwise). */
  signIn?: SignInOptions;
  /** With signIn: the tree row to wait for, so tests start with the tree loaded. */
  firstRow?: string;
  /** Runs after opening (and signing in), still inside the before hook. */
  then?: (s: Scenario) => Promise<void>;
}

/** Registers the hooks; `set` hands the open scenario to the file's tests. */
export function scenarioHooks(name: string, set: (s: Scenario) => void, o: ScenarioHooksOptions = {}): void {
  let current: Scenario | undefined;
  before(async function () {
    current = await openScenario(name, { ...(o.settings ? { settings: o.settings } : {}), ...(o.env ? { env: o.env } : {}), ...(o.companion ? { companion: true } : {}) });
    set(current);
    if (o.signIn) {
      await signIn(current.wb, o.signIn);
      await current.wb.waitForRow(o.firstRow ?? 'web1');
    }
    await o.then?.(current);
  });
  after(async function () {
    await current?.close();
  });
}
