// A profile's real wiring (ProfileCore) against a simulator holding a generated fleet, with every
// request recorded as an interval: what the fleet tests and test/bench/fleet.ts count (requests
// per poll tick, most in flight at once). Needs no mocha hooks, so the benchmark uses it too.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestLogEvent } from '../../src/api';
import { DEFAULTS, type Settings } from '../../src/config/settings';
import { ProfileCore } from '../../src/wiring/profileCore';
import { startSimulator, type Simulator } from '../simulator';
import { MemoryState, ScriptedUser, SharedSecrets } from '../session/fixtures';
import { FakeUi } from './fakeUi';
import { MemoryProfiles } from './memoryProfiles';

/** One request: when it started and ended (performance.now()), what it was. */
export interface Span {
  start: number;
  end: number;
  method: string;
  path: string;
  /** The poll tick that sent it (numbered from 1), if the poller did. */
  tick?: number;
}

export interface Fleet {
  sim: Simulator;
  core: ProfileCore;
  /** The scripted UI: what the profile said and showed. */
  ui: FakeUi;
  spans: Span[];
  /** The most requests in flight at once among `spans` (from `since`, a performance.now()). */
  mostInFlight(since?: number): number;
  dispose(): Promise<void>;
}

export function mostInFlight(spans: readonly Span[]): number {
  const edges = spans.flatMap((s) => [[s.start, 1], [s.end, -1]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let most = 0;
  for (const [, d] of edges) most = Math.max(most, (now += d));
  return most;
}

/** Which poll tick a request belongs to: the tick's number, carried through its awaits. */
const inTick = new AsyncLocalStorage<number>();

/** A core signed in as demo over a simulator with `vms` generated servers, its tree loaded (unless `signIn: false`). */
export async function startFleet(o: { vms: number; transitionMs?: number; pollSeconds?: number; sim?: Simulator; signIn?: boolean }): Promise<Fleet> {
  const sim = o.sim ?? (await startSimulator({ port: 0, vms: o.vms, transitionMs: o.transitionMs ?? 300 }));
  const spans: Span[] = [];
  const onRequest = (e: RequestLogEvent): void => {
    const end = performance.now();
    const tick = inTick.getStore();
    spans.push({ start: end - e.durationMs, end, method: e.method, path: new URL(e.url).pathname, ...(tick === undefined ? {} : { tick }) });
  };
  const settings: Settings = { ...DEFAULTS, apiEndpoint: sim.url, authEndpoint: sim.url, pollIntervalSeconds: o.pollSeconds ?? 0.2 };
  const user = new ScriptedUser();
  user.username = 'demo';
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const ui = new FakeUi();
  const core = new ProfileCore({
    profileId: 'default',
    profileName: () => 'Default',
    ui,
    sessionUi: user,
    log: quiet,
    secrets: new SharedSecrets().view(),
    memento: new MemoryState(),
    settings: () => settings,
    onRequest,
    inView: (task) => task(),
    view: { filter: undefined, setFilter: () => undefined, reveal: async () => undefined, show: async () => undefined },
    showDeleted: { context: async () => undefined, persist: async () => undefined },
    features: () => ({
      openConsole: async () => undefined,
      openGraphicalConsole: async () => undefined,
      showProperties: async () => undefined,
      remoteSsh: { installed: () => false, showInstall: async () => undefined, open: async () => undefined },
    }),
    profiles: new MemoryProfiles('demo'),
  });
  // Each tick (the timer's too: it calls this.tick()) runs in its own numbered context.
  const tick = core.poller.tick.bind(core.poller);
  let ticks = 0;
  core.poller.tick = () => inTick.run(++ticks, tick);
  await core.session.restore();
  core.setVisible(true);
  if (o.signIn !== false) {
    if (!(await core.session.signIn())) throw new Error('could not sign in as demo');
    await core.loader.refreshAll();
  }
  return {
    sim, core, ui, spans,
    mostInFlight: (since = 0) => mostInFlight(spans.filter((s) => s.end >= since)),
    async dispose() {
      core.dispose();
      if (!o.sim) await sim.stop();
    },
  };
}
