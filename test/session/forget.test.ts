// Issue 17, "Trust": signing out of a profile, or removing it, leaves none of its secrets behind,
// whatever happened before (an expiry, a reload), against the simulator.
import assert from 'node:assert/strict';
import { DEFAULTS, type Settings } from '../../src/config/settings';
import { SessionManager } from '../../src/session/session';
import { SessionStore } from '../../src/session/sessionStore';
import { startSimulator, type Simulator } from '../simulator';
import { MemoryState, ScriptedUser, SharedSecrets, until } from './fixtures';

describe('signing out or removing a profile forgets every secret it had', () => {
  let sim: Simulator;
  let secrets: SharedSecrets;
  let settings: Settings;
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
    settings = { ...DEFAULTS, apiEndpoint: sim.url, authEndpoint: sim.url, rememberPassword: true };
  });
  afterEach(() => {
    for (const w of windows.splice(0)) w.dispose();
  });

  function openWindow(profileId: string): { session: SessionManager; user: ScriptedUser } {
    const user = new ScriptedUser();
    const quiet = () => undefined;
    const session = new SessionManager({
      store: new SessionStore(secrets.view(), profileId),
      memento: new MemoryState(),
      log: { info: quiet, warn: quiet, error: quiet },
      settings: () => settings,
      onRequest: quiet,
      ui: user,
    });
    windows.push(session);
    return { session, user };
  }

  for (const profileId of ['default', 'client']) {
    it(`after an expiry and a reload, signing out of "${profileId}" (what Remove Profile does) deletes the remembered password`, async () => {
      const a = openWindow(profileId);
      await a.session.restore();
      await a.session.signIn();
      // The session expires and the renewal is refused: signed out, the password kept for next time.
      sim.expireSessions();
      sim.faults.failNext({ status: 403, body: 'Bad login credentials', method: 'POST', path: '/session' });
      assert.equal(await a.session.handleUnauthorized(a.session.epoch.current), 'expired');
      await until('the message', () => a.user.expiredMessages === 1);
      a.session.dispose();
      // A reload: the new window does not know who was signed in.
      const b = openWindow(profileId);
      assert.deepEqual(await b.session.restore(), { kind: 'signed-out' });
      await b.session.signOut();
      assert.deepEqual([...secrets.map.keys()], [], 'nothing of the profile is left in secret storage');
    });
  }
});
