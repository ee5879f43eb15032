// The real command machinery around a simulator: the profile's parts as the extension wires them
// (src/wiring/profileCore.ts: session, resolver, action runner, poller, loader, estate, error
// path), with a scripted UI, a scripted user at the sign-in prompts and recording features in
// place of VS Code: a handler test runs exactly what the extension runs, minus the workbench.
import type { BrainClient } from '../../src/api';
import type { CommandContext } from '../../src/commands/context';
import type { SshConfigAccess } from '../../src/features/sshConfig/access';
import { DEFAULTS, type Settings } from '../../src/config/settings';
import type { Estate } from '../../src/estate/estate';
import type { ServerNode } from '../../src/estate/nodes';
import { targetFromNode } from '../../src/estate/targets';
import type { ServerFilter } from '../../src/model/filter';
import type { SessionManager } from '../../src/session/session';
import { ProfileCore } from '../../src/wiring/profileCore';
import { useSimulator, type Harness } from '../api/helpers';
import { MemoryState, ScriptedUser, SharedSecrets } from '../session/fixtures';
import { FakeUi } from './fakeUi';
import { MemoryProfiles } from './memoryProfiles';

export interface CommandRig {
  ctx: CommandContext;
  ui: FakeUi;
  estate: Estate;
  brain: BrainClient;
  log: string[];
  /** What the features and the view were asked to do (console, properties, Remote-SSH, reveal), and each time the account changed. */
  opened: string[];
  /** The profile's real session, signed in as the rig's user, and the scripted user at its prompts. */
  session: SessionManager;
  user: ScriptedUser;
  /** With `renewing` (the password remembered): the same session and user, for the renewal tests. */
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
  /** The managed SSH config the features offer (issue 22); none by default. */
  sshConfig?: SshConfigAccess;
  profiles?: MemoryProfiles;
  /** The client's per-request timeout, for tests of answers that never come. */
  timeoutMs?: number;
  /** The password remembered (`bigv.rememberPassword`): an expired session renews silently, as in the extension. */
  renewing?: boolean;
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
      const ui = new FakeUi();
      const log: string[] = [];
      const opened: string[] = [];
      const logger = { info: (m: string) => log.push(`info ${m}`), warn: (m: string) => log.push(`warn ${m}`), error: (m: string) => log.push(`error ${m}`) };
      const user = new ScriptedUser();
      user.username = o.user ?? 'demo';
      const settings: Settings = {
        ...DEFAULTS,
        apiEndpoint: h.sim.url,
        authEndpoint: h.sim.url,
        rememberPassword: o.renewing ?? false,
        showDeletedServers: o.showDeleted ?? false,
        pollIntervalSeconds: 0.02,
        ...(o.timeoutMs === undefined ? {} : { requestTimeoutSeconds: o.timeoutMs / 1000 }),
      };
      let filter: ServerFilter | undefined;
      const profiles = o.profiles ?? new MemoryProfiles(o.user ?? 'demo');
      const core = new ProfileCore({
        profileId: 'default',
        profileName: () => 'Default',
        ui,
        sessionUi: user,
        log: logger,
        secrets: new SharedSecrets().view(),
        memento: new MemoryState(),
        settings: () => settings,
        onRequest: (e) => h.events.push(e),
        inView: (task) => task(),
        view: {
          get filter() {
            return filter;
          },
          setFilter: (f) => void (filter = f),
          reveal: async (node) => void opened.push(`reveal ${targetFromNode(node).fullName}`),
          show: async () => void opened.push('servers view'),
        },
        showDeleted: { context: async () => undefined, persist: async () => undefined },
        features: () => ({
          openConsole: async (t) => opened.push(`console ${t.fullName}`),
          openGraphicalConsole: async (t) => opened.push(`screen ${t.fullName}`),
          showProperties: async (t) => opened.push(`properties ${t.fullName}`),
          openSshTerminal: async (t) => opened.push(`ssh ${t.fullName}`),
          ...(o.sshConfig ? { sshConfig: o.sshConfig } : {}),
          remoteSsh: {
            installed: () => o.remoteSshInstalled ?? false,
            showInstall: async () => void opened.push('remote-ssh install'),
            open: async (host) => opened.push(`remote-ssh ${host}`),
          },
        }),
        profiles,
      });
      profiles.everyServerFrom = async () => [{ profile: profiles.list()[0]!, servers: (await core.ctx.view.allServers()) ?? [], reveal: (t) => core.ctx.view.reveal(t) }];
      const { session, estate, poller, loader } = core;
      const rig: CommandRig = {
        ctx: core.ctx, ui, estate, log, opened, session, user,
        get brain(): BrainClient {
          const brain = session.brain;
          if (!brain) throw new Error('the rig is signed out');
          return brain;
        },
        ...(o.renewing ? { renewal: { session, user } } : {}),
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
        dispose: () => core.dispose(),
      };
      rigs.push(rig);
      // Signed in as the extension signs in (the scripted user types the password), which loads the tree.
      await session.restore();
      if (!(await session.signIn())) throw new Error(`could not sign in as ${user.username}`);
      core.setVisible(true);
      await loader.refreshAll();
      core.account.onDidChange(() => void opened.push('account changed'));
      return rig;
    },
  };
}
