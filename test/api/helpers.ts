// Shared set-up for the client tests: one simulator per file, a signed-in brain client, and a
// recorder of everything the logging hook is shown.
import { AuthClient, BrainClient, type RequestLogEvent, type TransportOptions } from '../../src/api';
import { startSimulator, type Simulator } from '../simulator';

export const PASSWORD = 'demo-password';
export const OTP = '123456';

export interface Harness {
  sim: Simulator;
  events: RequestLogEvent[];
  auth(opts?: TransportOptions): AuthClient;
  /** A brain client holding a fresh session for `username`. */
  signedIn(username?: string, opts?: TransportOptions): Promise<{ brain: BrainClient; token: string }>;
}

/** Registers before/after hooks in the calling `describe` and returns the harness they fill in. */
export function useSimulator(): Harness {
  const h = { events: [] as RequestLogEvent[] } as Harness;
  const opts = (o?: TransportOptions): TransportOptions => ({
    retryDelaysMs: [20, 20],
    ...o,
    onRequest: (e) => {
      h.events.push(e);
      o?.onRequest?.(e);
    },
  });
  before(async () => {
    h.sim = await startSimulator({ port: 0, transitionMs: 50 });
  });
  after(async () => {
    await h.sim?.stop();
  });
  beforeEach(() => {
    h.sim.reset();
    h.events.length = 0;
  });
  h.auth = (o) => new AuthClient(h.sim.url, opts(o));
  h.signedIn = async (username = 'demo', o) => {
    const token = await h.auth(o).createSession({ username, password: PASSWORD });
    return { brain: new BrainClient(h.sim.url, () => token, opts(o)), token };
  };
  return h;
}

/** Resolves with the rejection, failing the test if the promise resolves. */
export async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    if (e instanceof Error) return e;
    throw new Error(`rejected with a non-Error: ${String(e)}`);
  }
  throw new Error('expected the call to fail, but it succeeded');
}
