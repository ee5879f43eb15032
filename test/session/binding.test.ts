// Issue 17, "Sending a session to the wrong host": a stored secret (session token, API key,
// remembered password) is only ever sent to the endpoints it was issued for. Two simulators stand
// for two hosts; the second one records whether anything carrying a token reached it.
import assert from 'node:assert/strict';
import { AuthClient, UnauthorizedError } from '../../src/api';
import { DEFAULTS, type Settings } from '../../src/config/settings';
import { SessionManager } from '../../src/session/session';
import { SessionStore } from '../../src/session/sessionStore';
import { DEMO_API_KEY, startSimulator, type Simulator } from '../simulator';
import { MemoryState, PASSWORD, ScriptedUser, SharedSecrets, until } from './fixtures';

describe('a stored session is bound to the endpoints it was issued for', () => {
  let sim: Simulator;
  let other: Simulator;
  let secrets: SharedSecrets;
  let settings: Settings;
  const windows: SessionManager[] = [];

  before(async () => {
    sim = await startSimulator({ port: 0 });
    other = await startSimulator({ port: 0 });
  });
  after(async () => {
    await sim?.stop();
    await other?.stop();
  });
  beforeEach(() => {
    sim.reset();
    other.reset();
    secrets = new SharedSecrets();
    settings = { ...DEFAULTS, apiEndpoint: sim.url, authEndpoint: sim.url };
  });
  afterEach(() => {
    for (const w of windows.splice(0)) w.dispose();
  });

  /** A window of profile `profileId`; `state` shared makes it the same VS Code profile's globalState. */
  function openWindow(profileId = 'default', state = new MemoryState()): { session: SessionManager; user: ScriptedUser } {
    const user = new ScriptedUser();
    const quiet = () => undefined;
    const session = new SessionManager({
      store: new SessionStore(secrets.view(), profileId),
      memento: state,
      log: { info: quiet, warn: quiet, error: quiet },
      settings: () => settings,
      onRequest: quiet,
      ui: user,
    });
    windows.push(session);
    return { session, user };
  }

  const tokensSentToOther = () => other.requests.filter((r) => r.auth).length;

  it('editing the API endpoint (auth unchanged) signs out, says why once, and sends the token nowhere new', async () => {
    const { session, user } = openWindow();
    await session.restore();
    await session.signIn();
    settings = { ...settings, apiEndpoint: other.url };
    assert.deepEqual(await session.endpointChanged(), { kind: 'signed-out' });
    assert.equal(session.signedIn, false);
    assert.equal(session.brain, undefined);
    assert.equal(secrets.map.size, 0, `the stored session is deleted: ${[...secrets.map.keys()].join()}`);
    await until('the message', () => user.expiredMessages === 1);
    assert.deepEqual(user.expiredReasons, ['endpoint-changed']);
    // Handled again (another settings event): nothing left to say.
    await session.endpointChanged();
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(user.expiredMessages, 1, 'said once');
    // Changing it back does not revive it either: the session is gone.
    settings = { ...settings, apiEndpoint: sim.url };
    assert.deepEqual(await session.endpointChanged(), { kind: 'signed-out' });
    assert.equal(tokensSentToOther(), 0);
  });

  it('a window opened after the API endpoint changed does not adopt the stored session', async () => {
    const a = openWindow();
    await a.session.restore();
    await a.session.signIn();
    a.session.dispose();
    settings = { ...settings, apiEndpoint: other.url };
    const b = openWindow();
    assert.deepEqual(await b.session.restore(), { kind: 'signed-out' });
    await until('the message', () => b.user.expiredMessages === 1);
    assert.deepEqual(b.user.expiredReasons, ['endpoint-changed']);
    assert.equal(secrets.map.size, 0);
    assert.equal(tokensSentToOther(), 0);
  });

  it('an API key goes only to the API host it was entered for', async () => {
    const a = openWindow();
    a.user.apiKey = DEMO_API_KEY;
    await a.session.restore();
    assert.equal(await a.session.signInWithApiKey(), true);
    settings = { ...settings, apiEndpoint: other.url };
    assert.deepEqual(await a.session.endpointChanged(), { kind: 'signed-out' });
    const b = openWindow();
    await b.session.restore();
    assert.equal(b.session.signedIn, false);
    assert.equal(secrets.map.size, 0);
    assert.equal(tokensSentToOther(), 0);
  });

  it('a client built for another API host never carries the token, even before the change is handled', async () => {
    const { session } = openWindow();
    await session.restore();
    await session.signIn();
    settings = { ...settings, apiEndpoint: other.url };
    session.rebuildClients(); // what a request-timeout change arriving first does
    const err = await session.brain!.getAccounts({}).then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof UnauthorizedError, String(err));
    assert.equal(other.requests.length, 0, 'nothing was sent');
  });

  it('a sign-in that ends after the endpoint changed is not kept', async () => {
    const { session, user } = openWindow();
    await session.restore();
    const signIn = user.signIn.bind(user);
    user.signIn = async (o) => {
      const result = await signIn(o);
      settings = { ...settings, apiEndpoint: other.url };
      return result;
    };
    assert.equal(await session.signIn(), false);
    assert.equal(session.signedIn, false);
    assert.equal(secrets.map.size, 0);
    assert.equal(tokensSentToOther(), 0);
  });

  it('a profile re-added with the same id and another host does not revive the old session', async () => {
    const a = openWindow('client');
    await a.session.restore();
    await a.session.signIn();
    a.session.dispose();
    // bigv.profiles edited: "client" now points at another cluster (or was removed and re-added so).
    settings = { ...settings, apiEndpoint: other.url, authEndpoint: other.url };
    const b = openWindow('client');
    assert.deepEqual(await b.session.restore(), { kind: 'signed-out' });
    assert.equal(secrets.map.size, 0);
    assert.equal(other.requests.filter((r) => r.auth || r.path.startsWith('/session/')).length, 0, 'not even checked with the new auth server');
  });

  it('the remembered password goes with the session when the auth endpoint changes', async () => {
    settings = { ...settings, rememberPassword: true };
    const { session } = openWindow();
    await session.restore();
    await session.signIn();
    settings = { ...settings, authEndpoint: other.url };
    assert.deepEqual(await session.endpointChanged(), { kind: 'signed-out' });
    assert.equal(secrets.map.size, 0, `every secret of the old endpoints is gone: ${[...secrets.map.keys()].join()}`);
    assert.equal(other.requests.length, 0, 'neither the token nor the password went to the new auth server');
  });

  it('a session stored before sessions were bound (no endpoints with it) is not used: sign in again', async () => {
    // What versions before this one wrote: the token under the auth endpoint and user, nothing
    // saying which API host it was for. The API host may have changed since; nobody can tell.
    const token = await new AuthClient(sim.url, {}).createSession({ username: 'demo', password: PASSWORD });
    const state = new MemoryState();
    await state.update(`bigv.lastUsername:${sim.url}`, 'demo');
    secrets.map.set(`bigv.session.user:${sim.url}#client`, 'demo');
    secrets.map.set(`bigv.session.token:${sim.url}#client:demo`, token);
    secrets.map.set(`bigv.password:${sim.url}#client:demo`, PASSWORD);
    secrets.map.set(`bigv.password:${sim.url}:demo`, PASSWORD); // the default profile's, left after an expiry
    const requests = sim.requests.length;
    const c = openWindow('client', state);
    assert.deepEqual(await c.session.restore(), { kind: 'signed-out' });
    const d = openWindow('default', state);
    assert.deepEqual(await d.session.restore(), { kind: 'signed-out' });
    assert.equal(sim.requests.length, requests, 'the old token was sent nowhere, not even to be checked');
    assert.deepEqual([...secrets.map.keys()], [], 'and it is deleted, with the remembered passwords');
    // The user is told why, once: the profile that had a session says so; the other had none.
    assert.deepEqual(c.user.expiredReasons, ['upgraded']);
    assert.deepEqual(d.user.expiredReasons, []);
    assert.deepEqual(await c.session.restore(), { kind: 'signed-out' });
    assert.deepEqual(c.user.expiredReasons, ['upgraded'], 'not again at the next activation');
  });
});
