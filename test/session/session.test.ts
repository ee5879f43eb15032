// The session flows against the simulator over HTTP, with an in-memory secret store shared by
// two SessionManagers (two VS Code windows of one profile) and a scripted user in place of the
// input boxes. The sign-in calls are the real ones; only the typing is scripted.
import assert from 'node:assert/strict';
import { UnauthorizedError } from '../../src/api';
import { secretKey } from '../../src/session/keys';
import { SessionManager } from '../../src/session/session';
import { SessionStore } from '../../src/session/sessionStore';
import { DEFAULTS, type Settings } from '../../src/config/settings';
import { DEMO_API_KEY, startSimulator, type Simulator } from '../simulator';

import { MemoryState, PASSWORD, ScriptedUser, SharedSecrets, until } from './fixtures';

const SESSION = secretKey('default', 'session');
/** The stored session's token (the record also names its user and endpoints). */
const storedToken = (secrets: SharedSecrets): string | undefined => {
  const raw = secrets.map.get(SESSION);
  return raw === undefined ? undefined : (JSON.parse(raw) as { secret: string }).secret;
};

describe('SessionManager against the simulator', () => {
  let sim: Simulator;
  let secrets: SharedSecrets;
  let settings: Settings;
  let logs: string[];
  const windows: SessionManager[] = [];

  before(async () => {
    sim = await startSimulator({ port: 0 });
  });
  after(async () => {
    await sim?.stop();
  });
  beforeEach(() => {
    sim.reset();
    secrets = new SharedSecrets();
    settings = { ...DEFAULTS, apiEndpoint: sim.url, authEndpoint: sim.url };
    logs = [];
  });
  afterEach(() => {
    for (const w of windows.splice(0)) w.dispose();
  });

  function openWindow(user = new ScriptedUser()): { session: SessionManager; user: ScriptedUser; state: MemoryState } {
    const state = new MemoryState();
    const line = (m: string) => logs.push(m);
    const session = new SessionManager({
      store: new SessionStore(secrets.view(), 'default'),
      memento: state,
      log: { info: line, warn: line, error: line },
      settings: () => settings,
      onRequest: (e) => logs.push(`${e.method} ${e.url} ${e.status ?? ''}`),
      ui: user,
    });
    windows.push(session);
    return { session, user, state };
  }

  it('sign-in keeps the token only in secret storage, with its user and endpoints', async () => {
    const { session, state, user } = openWindow();
    await session.restore();
    assert.equal(session.signedIn, false);
    assert.equal(await session.signIn(), true);
    assert.equal(session.username, 'demo');
    assert.equal(user.prompts[0]!.validitySeconds, 1800);
    const token = storedToken(secrets);
    assert.ok(token);
    assert.deepEqual(JSON.parse(secrets.map.get(SESSION)!), { username: 'demo', secret: token, apiEndpoint: sim.url, authEndpoint: sim.url });
    assert.equal([...secrets.map.keys()].some((k) => k.includes('password')), false, 'no password without bigv.rememberPassword');
    assert.equal(state.get('bigv.lastUsername:' + sim.url), 'demo');
    assert.ok(!JSON.stringify([...state.map.values()]).includes(token));
    const joined = logs.join('\n');
    assert.ok(!joined.includes(token), 'the token never reaches the log');
    assert.ok(!joined.includes(PASSWORD), 'nor does the password');
    assert.ok(session.brain, 'a brain client for the session');
    await session.brain.getAccounts({});
  });

  it('the last username is offered at the next sign-in', async () => {
    const { session, user } = openWindow();
    await session.restore();
    await session.signIn();
    await session.signOut();
    await session.signIn();
    assert.equal(user.prompts[1]!.lastUsername, 'demo');
  });

  it('a new window reuses the stored session after checking it with the auth server', async () => {
    const a = openWindow();
    await a.session.restore();
    await a.session.signIn();
    sim.requests.length = 0;
    const b = openWindow();
    assert.deepEqual(await b.session.restore(), { kind: 'signed-in' });
    assert.equal(b.session.username, 'demo');
    assert.equal(b.user.prompts.length, 0, 'no prompt');
    assert.deepEqual(sim.requests.map((r) => r.method + ' ' + r.path.replace(/\/session\/.*/, '/session/…')), ['GET /session/…']);
  });

  it('a stored session the auth server no longer knows is dropped quietly at start-up', async () => {
    const a = openWindow();
    await a.session.restore();
    await a.session.signIn();
    sim.expireSessions();
    const b = openWindow();
    assert.deepEqual(await b.session.restore(), { kind: 'signed-out' });
    assert.equal(b.user.expiredMessages, 0, 'no toast on start-up; the welcome view says it');
    assert.equal(secrets.map.get(SESSION), undefined);
  });

  it('an unreachable auth server keeps the stored token (unverified) instead of signing out', async () => {
    const a = openWindow();
    await a.session.restore();
    await a.session.signIn();
    const token = storedToken(secrets)!;
    await sim.stop();
    try {
      const b = openWindow();
      const result = await b.session.restore();
      assert.equal(result.kind, 'unverified');
      assert.equal(b.session.signedIn, true);
      assert.equal(storedToken(secrets), token);
    } finally {
      sim = await startSimulator({ port: sim.port });
    }
  });

  it('a storm of 401s signs out once, says so once, and the other window follows', async () => {
    const a = openWindow();
    const b = openWindow();
    await a.session.restore();
    await a.session.signIn();
    await b.session.restore();
    assert.equal(b.session.signedIn, true);
    sim.expireSessions();
    const brain = a.session.brain!;
    const epoch = a.session.epoch.current;
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () =>
        brain.getAccounts({}).then(
          () => 'ok',
          (err: unknown) => (err instanceof UnauthorizedError ? a.session.handleUnauthorized(epoch) : 'other'),
        ),
      ),
    );
    // The client met each 401 first (renewal is tried there, once for all of them); callers that
    // arrive while the flow runs share its outcome, later ones are told to ignore it.
    assert.ok(outcomes.every((o) => o === 'expired' || o === 'ignored'), outcomes.join());
    assert.equal(a.session.signedIn, false);
    await until('the message', () => a.user.expiredMessages > 0);
    assert.equal(a.user.expiredMessages, 1, 'exactly one message');
    assert.equal(a.session.signedIn, false);
    await until('the other window to sign out', () => !b.session.signedIn);
    assert.equal(b.user.expiredMessages, 0, 'the other window does not repeat the message');
    // A straggler 401 from the dead session changes nothing.
    assert.equal(await a.session.handleUnauthorized(epoch), 'ignored');
    assert.equal(a.user.expiredMessages, 1);
  });

  it('a late 401 from an old session does not sign out the new one', async () => {
    const { session } = openWindow();
    await session.restore();
    await session.signIn();
    const old = session.epoch.current;
    await session.signIn(); // e.g. signed in again as someone else
    assert.equal(await session.handleUnauthorized(old), 'renewed');
    assert.equal(session.signedIn, true);
  });

  it('with bigv.rememberPassword the session is renewed silently, once', async () => {
    settings = { ...settings, rememberPassword: true };
    const { session, user } = openWindow();
    await session.restore();
    await session.signIn();
    const first = storedToken(secrets);
    assert.ok(secrets.map.has(secretKey('default', 'password')), 'password kept in secret storage');
    sim.expireSessions();
    assert.equal(await session.handleUnauthorized(session.epoch.current), 'renewed');
    assert.equal(user.expiredMessages, 0);
    const second = storedToken(secrets);
    assert.ok(second && second !== first, 'a new token was stored');
    await session.brain!.getAccounts({});
    // Expiring again at once is not papered over: the user hears about it.
    sim.expireSessions();
    assert.equal(await session.handleUnauthorized(session.epoch.current), 'expired');
    await until('the message', () => user.expiredMessages === 1);
    // Sign-out forgets the remembered password.
    await session.signIn();
    await session.signOut();
    assert.equal([...secrets.map.keys()].length, 0, `left: ${[...secrets.map.keys()].join()}`);
  });

  it('a renewal that fails falls back to the message', async () => {
    settings = { ...settings, rememberPassword: true };
    const { session, user } = openWindow();
    await session.restore();
    await session.signIn();
    sim.expireSessions();
    sim.faults.failNext({ status: 403, body: 'Bad login credentials', method: 'POST', path: '/session' });
    assert.equal(await session.handleUnauthorized(session.epoch.current), 'expired');
    await until('the message', () => user.expiredMessages === 1);
  });

  it('signing in or out in one window does the same in the other', async () => {
    const a = openWindow();
    const b = openWindow();
    await a.session.restore();
    await b.session.restore();
    await a.session.signIn();
    await until('b to sign in', () => b.session.signedIn);
    assert.equal(b.session.username, 'demo');
    await b.session.brain!.getAccounts({});
    await b.session.signOut();
    await until('a to sign out', () => !a.session.signedIn);
    assert.equal(a.user.expiredMessages + b.user.expiredMessages, 0);
  });

  it('changing the endpoints signs out for good: the session is not kept for a change back', async () => {
    const other = await startSimulator({ port: 0 });
    try {
      const { session, user } = openWindow();
      await session.restore();
      await session.signIn();
      settings = { ...settings, apiEndpoint: other.url, authEndpoint: other.url };
      assert.deepEqual(await session.endpointChanged(), { kind: 'signed-out' });
      assert.equal(session.signedIn, false);
      settings = { ...settings, apiEndpoint: sim.url, authEndpoint: sim.url };
      assert.deepEqual(await session.endpointChanged(), { kind: 'signed-out' });
      await until('the message', () => user.expiredMessages === 1);
      assert.deepEqual(user.expiredReasons, ['endpoint-changed']);
      assert.equal(other.requests.length, 0);
    } finally {
      await other.stop();
    }
  });

  it('an insecure endpoint is refused with a reason, before any password is typed', async () => {
    settings = { ...settings, authEndpoint: 'http://auth.example.com', apiEndpoint: 'http://uk0.example.com' };
    const { session, user } = openWindow();
    await session.restore();
    assert.equal(await session.signIn(), false);
    assert.equal(user.prompts.length, 0);
    assert.equal(user.endpointErrors.length, 1);
    assert.match(user.endpointErrors[0]!, /http/);
  });

  it('the 2FA user signs in through the same flow when the UI supplies the code', async () => {
    const user = new ScriptedUser();
    user.username = 'twofactor';
    user.signIn = async (o) => {
      const token = await o.auth.createSession({ username: 'twofactor', password: PASSWORD, secondFactor: '123456' });
      return { token, info: await o.auth.readSession(token), password: PASSWORD };
    };
    const { session } = openWindow(user);
    await session.restore();
    assert.equal(await session.signIn(), true);
    assert.equal(session.username, 'twofactor');
  });

  // Issue: sign-out during a silent renewal signed the user back in.
  for (const where of ['this window', 'another window'] as const) {
    it(`sign-out in ${where} during a silent renewal wins: no token comes back`, async () => {
      settings = { ...settings, rememberPassword: true };
      const a = openWindow();
      const b = openWindow();
      await a.session.restore();
      await a.session.signIn();
      await b.session.restore();
      assert.equal(b.session.signedIn, true);
      sim.expireSessions();
      sim.faults.delayNext({ method: 'POST', path: '/session', ms: 300 });
      const renewal = a.session.handleUnauthorized(a.session.epoch.current);
      await new Promise((r) => setTimeout(r, 100));
      await (where === 'this window' ? a : b).session.signOut();
      assert.notEqual(await renewal, 'renewed');
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(a.session.signedIn, false);
      assert.equal(b.session.signedIn, false);
      assert.equal(secrets.map.get(SESSION), undefined, 'nothing stored');
      assert.equal(a.user.expiredMessages, 0, 'signing out is not an expiry');
    });
  }

  it('a window alone never logs its own sign-in or sign-out as another window’s', async () => {
    const { session } = openWindow();
    await session.restore();
    await session.signIn();
    await session.signOut();
    await session.signIn();
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(logs.filter((l) => l.includes('another window')), []);
    assert.equal(session.signedIn, true);
  });

  it('a 401 after the endpoint setting changed says so, not that the session expired', async () => {
    const { session, user } = openWindow();
    await session.restore();
    await session.signIn();
    settings = { ...settings, authEndpoint: `${sim.url}/other` };
    assert.equal(await session.handleUnauthorized(session.epoch.current), 'expired');
    await until('the message', () => user.expiredMessages === 1);
    assert.deepEqual(user.expiredReasons, ['endpoint-changed']);
  });

  it('an API key signs in without the auth server, and a new window restores it the same way', async () => {
    const a = openWindow();
    a.user.apiKey = DEMO_API_KEY;
    await a.session.restore();
    assert.equal(await a.session.signInWithApiKey(), true);
    assert.equal(a.session.username, 'demo', 'whose key it is, from the brain');
    await a.session.brain!.getAccounts({});
    assert.equal(sim.requests.filter((r) => r.path.startsWith('/session')).length, 0, 'the auth server was never asked');
    const b = openWindow();
    await b.session.restore();
    assert.equal(b.session.signedIn, true);
    assert.equal(sim.requests.filter((r) => r.path.startsWith('/session')).length, 0);
    assert.ok(!logs.join('\n').includes(DEMO_API_KEY.slice('apikey.'.length)), 'the key never reaches the log');
  });

  it('a key the brain refuses is not stored', async () => {
    const a = openWindow();
    a.user.apiKey = 'apikey.not-a-real-key';
    await a.session.restore();
    assert.equal(await a.session.signInWithApiKey(), false);
    assert.equal(a.session.signedIn, false);
    assert.equal(a.user.apiKeyErrors.length, 1);
    assert.equal(secrets.map.size, 0);
  });

  it('a 401 in an API-key session is not renewed; the message says the key is refused', async () => {
    settings = { ...settings, rememberPassword: true };
    const a = openWindow();
    a.user.apiKey = DEMO_API_KEY;
    await a.session.restore();
    await a.session.signInWithApiKey();
    assert.equal(await a.session.handleUnauthorized(a.session.epoch.current), 'expired');
    await until('the message', () => a.user.expiredMessages === 1);
    assert.deepEqual(a.user.expiredReasons, ['api-key-refused']);
    assert.equal(sim.requests.filter((r) => r.method === 'POST' && r.path === '/session').length, 0, 'no password renewal for a key');
  });
});
