// A local BigV (auth server + brain) on loopback, for tests and `npm run demo`. Never shipped.
import { Sessions } from './auth';
import { Brain } from './brain';
import { FaultTable, type Faults } from './faults';
import { generateServers } from './generate';
import { seedEstate, seedUsers } from './seed';
import { listen, type RequestRecord } from './server';
import { State, type SimState } from './state';

export type { SimState } from './state';
export type { SimServer, SimDisc, SimNic, SimAccount, SimGroup, SimBackup, SimSchedule, SimPrivilege, SimApiKey, SimUserProfile } from './types';
export type { Faults, FailFault, DelayFault, MalformedFault, Match } from './faults';
export type { RequestRecord } from './server';
export { DEMO_API_KEY, DEMO_PASSWORD, DEMO_SSH_KEY, SECOND_FACTOR_CODE } from './seed';

export interface SimulatorOptions {
  port?: number; // 0 = any free port
  host?: string; // default '127.0.0.1'
  sessionTtlSeconds?: number; // default 300, sliding
  transitionMs?: number; // how long power changes take; default 3000
  vms?: number; // extra generated servers for scale tests (default 0)
  managementAddress?: string; // if set, every server's management_address is this
  log?: (line: string) => void; // request log (no secrets)
}

export interface Simulator {
  url: string; // serves BOTH auth (/session…) and brain
  port: number;
  stop(): Promise<void>;
  /** Back to seed data; clears sessions, faults and the request log. transitionMs is configuration and is kept. */
  reset(): void;
  setTransitionMs(ms: number): void;
  faults: Faults;
  /** Every existing session becomes invalid (401 on brain, 404 on GET /session/{t}). */
  expireSessions(): void;
  requests: RequestRecord[];
  readonly state: SimState;
}

function buildState(o: SimulatorOptions, transitionMs: number): State {
  const state = new State(transitionMs, o.managementAddress);
  seedEstate(state);
  generateServers(state, o.vms ?? 0);
  return state;
}

export async function startSimulator(o: SimulatorOptions = {}): Promise<Simulator> {
  const host = o.host ?? '127.0.0.1';
  const ttl = o.sessionTtlSeconds ?? 300;
  let transitionMs = o.transitionMs ?? 3000;
  let state = buildState(o, transitionMs);
  let brain = new Brain(state);
  let sessions = new Sessions(ttl);
  const faults = new FaultTable();
  const requests: RequestRecord[] = [];
  const users = seedUsers();

  const listening = await listen(
    { brain: () => brain, sessions: () => sessions, users, faults, requests, ...(o.log ? { log: o.log } : {}) },
    host,
    o.port ?? 0,
  );
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${listening.port}`,
    port: listening.port,
    stop: () => listening.close(),
    reset() {
      state = buildState(o, transitionMs);
      brain = new Brain(state);
      sessions = new Sessions(ttl);
      faults.clear();
      requests.length = 0;
    },
    setTransitionMs(ms: number) {
      transitionMs = ms;
      state.transitionMs = ms;
    },
    faults,
    expireSessions: () => sessions.expireAll(),
    requests,
    get state(): SimState {
      return state;
    },
  };
}
