// The real command machinery (resolver, action runner, poller, estate, error path) around a
// simulator, with a scripted UI and recording features in place of VS Code: a handler test
// runs exactly what the extension runs, minus the workbench.
import type { BrainClient, VirtualMachine } from '../../src/api';
import type { CommandContext } from '../../src/commands/context';
import { ActionRunner } from '../../src/estate/actions';
import { Runner } from '../../src/estate/runner';
import { DetailLoader, rowsOfKind } from '../../src/estate/details';
import { Estate } from '../../src/estate/estate';
import { EstateLoader } from '../../src/estate/loader';
import type { ServerNode } from '../../src/estate/nodes';
import { Poller } from '../../src/estate/poller';
import { ServerReader } from '../../src/estate/reader';
import type { ServerFilter } from '../../src/model/filter';
import { isTransitional } from '../../src/model/serverState';
import { allTargets, scopesOf } from '../../src/estate/targets';
import { ErrorReporter } from '../../src/ui/reportError';
import { ServerResolver } from '../../src/ui/serverResolver';
import { actionFeedback } from '../../src/wiring/actionFeedback';
import { createCommandContext } from '../../src/wiring/commandContext';
import { useSimulator, type Harness } from '../api/helpers';
import { DEFAULTS } from '../../src/config/settings';
import { SessionManager } from '../../src/session/session';
import { SessionStore } from '../../src/session/sessionStore';
import { MemoryState, ScriptedUser, SharedSecrets } from '../session/fixtures';
import { FakeUi } from './fakeUi';
import { MemoryProfiles } from './memoryProfiles';

export interface CommandRig {
  ctx: CommandContext;
  ui: FakeUi;
  estate: Estate;
  brain: BrainClient;
  log: string[];
  /** What the features were asked to do (console, properties, Remote-SSH), and session calls. */
  opened: string[];
  /** With `renewing`: the real session and the scripted user behind its prompts (sign-in, "session expired"). */
  renewal?: { session: SessionManager; user: ScriptedUser };
  /** The tree node of `name` (any account), to pass to a handler as VS Code would. */
  node(name: string): ServerNode;
  /** Resolves once no server is pending any more (the action's wait has ended). */
  settled(): Promise<void>;
  dispose(): void;
}

export interface RigOptions {
  user?: string;
  showDeleted?: boolean;
  remoteSshInstalled?: boolean;
  profiles?: MemoryProfiles;
  /** The client's per-request timeout, for tests of answers that never come. */
  timeoutMs?: number;
  /** The real SessionManager, signed in with a remembered password: an expired session renews as in the extension. */
  renewing?: boolean;
}

/** A real session of `user` against the simulator, as a profile has it, with the password remembered. */
async function realSession(h: Harness, user: string): Promise<{ session: SessionManager; user: ScriptedUser }> {
  const settings = { ...DEFAULTS, apiEndpoint: h.sim.url, authEndpoint: h.sim.url, rememberPassword: true };
  const typist = new ScriptedUser();
  typist.username = user;
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const session = new SessionManager({ store: new SessionStore(new SharedSecrets().view(), 'default'), memento: new MemoryState(), log: quiet, settings: () => settings, onRequest: () => undefined, ui: typist });
  await session.restore();
  if (!(await session.signIn())) throw new Error(`could not sign in as ${user}`);
  return { session, user: typist };
}

/** Registers simulator hooks in the calling `describe`; `rig()` then builds a fresh rig per test. */
export function useCommandRig(): { h: Harness; rig(o?: RigOptions): Promise<CommandRig> } {
  const h = useSimulator();
  const rigs: CommandRig[] = [];
  afterEach(() => {
    for (const r of rigs.splice(0)) r.dispose();
  });
  return {
    h,
    async rig(o: RigOptions = {}) {
      const renewal = o.renewing ? await realSession(h, o.user ?? 'demo') : undefined;
      const real = renewal?.session;
      const brain = real?.brain ?? (await h.signedIn(o.user ?? 'demo', o.timeoutMs === undefined ? undefined : { timeoutMs: o.timeoutMs })).brain;
      const ui = new FakeUi();
      const log: string[] = [];
      const opened: string[] = [];
      const logger = { info: (m: string) => log.push(`info ${m}`), warn: (m: string) => log.push(`warn ${m}`), error: (m: string) => log.push(`error ${m}`) };
      let showDeleted = o.showDeleted ?? false;
      let filter: ServerFilter | undefined;
      const session = real ?? {
        brain,
        signedIn: true,
        endpointError: undefined,
        requireBrain: async () => brain,
        epoch: { current: 1 },
        handleUnauthorized: async () => 'expired' as const,
        username: o.user ?? 'demo',
        signIn: async () => opened.push('sign in') > 0,
        signInWithApiKey: async () => opened.push('sign in with an API key') > 0,
        signOut: async () => void opened.push('sign out'),
        anonymousBrain: brain,
      };
      const estate = new Estate();
      const errors = new ErrorReporter({ ui, log: logger, signIn: async () => true });
      const reader = new ServerReader({ session, estate, log: logger, onError: (t, err) => errors.report(`refresh ${t.fullName}`, err) });
      const poller = new Poller<VirtualMachine>({
        fetch: (id) => reader.poll(id),
        defaultSettled: (vm) => !isTransitional(vm),
        onLeave: (id) => estate.setPending(id, undefined),
        intervalMs: () => 20,
      });
      poller.setVisible(true);
      const loader = new EstateLoader({ session, estate, poller, log: logger, inView: (task) => task(), includeDeleted: showDeleted });
      await loader.refreshAll();
      const resolver = new ServerResolver({ ui, estate, ensureLoaded: () => loader.ensureLoaded(), get showDeleted() { return showDeleted; } });
      const runner = new ActionRunner({ runner: new Runner({ session, ui: actionFeedback(ui, errors), log: logger }), estate, poller, reader });
      const ctx = createCommandContext({
        details: { forget: (id) => estate.forgetDetails(id), accountChanged: () => void opened.push('account changed'), busy: (row, label) => estate.setRowBusy(row, label),
          rows: (id, kind) => rowsOfKind(estate, new DetailLoader({ session, estate, log: logger, username: () => o.user ?? 'demo' }), id, kind) },
        ui, log: logger, session, resolver, runner, reader, loader, poller, errors, estate,
        deleted: {
          get showDeleted() {
            return showDeleted;
          },
          set: async (show) => {
            showDeleted = show;
            await loader.setIncludeDeleted(show);
          },
        },
        tree: {
          get filter() {
            return filter;
          },
          setFilter: (f) => void (filter = f),
          scopes: () => scopesOf(estate),
          reveal: async (t) => void opened.push(`reveal ${t.fullName}`),
          allServers: async () => ((await loader.ensureLoaded()) ? allTargets(estate) : undefined),
          show: async () => void opened.push('servers view'),
        },
        profiles: o.profiles ?? new MemoryProfiles(o.user ?? 'demo'),
        features: {
          openConsole: async (t) => opened.push(`console ${t.fullName}`),
          openGraphicalConsole: async (t) => opened.push(`screen ${t.fullName}`),
          showProperties: async (t) => opened.push(`properties ${t.fullName}`),
          remoteSsh: {
            installed: () => o.remoteSshInstalled ?? false,
            showInstall: async () => void opened.push('remote-ssh install'),
            open: async (host) => opened.push(`remote-ssh ${host}`),
          },
        },
      });
      const rig: CommandRig = {
        ctx, ui, estate, brain, log, opened, ...(renewal ? { renewal } : {}),
        node(name) {
          const n = estate.servers().find((s) => s.vm.name === name);
          if (!n) throw new Error(`no server ${name} in the tree`);
          return n;
        },
        async settled() {
          const deadline = Date.now() + 10_000;
          while (estate.servers().some((s) => s.pending) || poller.size > 0) {
            if (Date.now() > deadline) throw new Error('the action did not settle');
            await new Promise((r) => setTimeout(r, 20));
          }
        },
        dispose: () => {
          poller.dispose();
          loader.dispose();
          real?.dispose();
        },
      };
      rigs.push(rig);
      return rig;
    },
  };
}
