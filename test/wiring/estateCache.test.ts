// Issue 17, "Trust": the last-known tree (server names, IPs, management addresses) is the user's
// alone on disk (mode 600), and it goes when the session does: sign-out (here or in another
// window), expiry, profile removal, or a profile dropped from bigv.profiles.
import assert from 'node:assert/strict';
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULTS, type Settings } from '../../src/config/settings';
import { Estate } from '../../src/estate/estate';
import { SessionManager } from '../../src/session/session';
import { SessionStore } from '../../src/session/sessionStore';
import { EstateCache, sweepCaches } from '../../src/wiring/estateCache';
import { useSimulator } from '../api/helpers';
import { MemoryState, ScriptedUser, SharedSecrets } from '../session/fixtures';

const isWindows = process.platform === 'win32';

describe('the last-known tree on disk', () => {
  const h = useSimulator();
  let dir: string;
  let estate: Estate;
  const disposables: Array<{ dispose(): unknown }> = [];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bigv-cache-'));
    const { brain } = await h.signedIn();
    estate = new Estate();
    estate.replace(await brain.getAccounts({}), false);
  });
  afterEach(async () => {
    for (const d of disposables.splice(0)) d.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  const files = async () => (await readdir(dir).catch(() => [] as string[])).filter((f) => !f.startsWith('.'));

  function cacheOf(profileId: string): EstateCache {
    const cache = new EstateCache(dir, profileId, 0);
    disposables.push(cache);
    return cache;
  }

  it('is written for the user alone (600), and an older file is made so too', async function () {
    if (isWindows) this.skip();
    const cache = cacheOf('default');
    await cache.save(h.sim.url, 'demo', estate);
    const [file] = await files();
    assert.ok(file, 'written');
    assert.equal((await stat(path.join(dir, file))).mode & 0o777, 0o600);
    await chmod(path.join(dir, file), 0o644);
    await cache.save(h.sim.url, 'demo', estate);
    assert.equal((await stat(path.join(dir, file))).mode & 0o777, 0o600, 'rewritten 600');
    const back = await cache.load(h.sim.url, 'demo');
    assert.ok(back && back.accounts.length > 0, 'and read back');
    assert.equal(await cache.load(h.sim.url, 'someone-else'), undefined, 'only for the user it was saved for');
    assert.equal(await cache.load('https://uk1.example', 'demo'), undefined, 'and the endpoint');
  });

  it('is deleted on sign-out, also when another window signs out, and a save pending then is dropped', async () => {
    const secrets = new SharedSecrets();
    const settings: Settings = { ...DEFAULTS, apiEndpoint: h.sim.url, authEndpoint: h.sim.url };
    const window = () => {
      const quiet = () => undefined;
      const s = new SessionManager({ store: new SessionStore(secrets.view(), 'default'), memento: new MemoryState(), log: { info: quiet, warn: quiet, error: quiet }, settings: () => settings, onRequest: quiet, ui: new ScriptedUser() });
      disposables.push(s);
      return s;
    };
    const a = window();
    const b = window();
    await a.restore();
    await a.signIn();
    await b.restore();
    const cache = cacheOf('default');
    disposables.push(cache.follow(a));
    await cache.save(h.sim.url, 'demo', estate);
    assert.equal((await files()).length, 1);
    await a.signOut();
    await cache.settled();
    assert.deepEqual(await files(), [], 'gone after Sign Out');

    await a.signIn();
    await cache.save(h.sim.url, 'demo', estate);
    await b.signOut(); // in the other window: this one follows
    await new Promise((r) => setTimeout(r, 30));
    await cache.settled();
    assert.equal(a.signedIn, false);
    assert.deepEqual(await files(), [], 'gone after a sign-out in another window');

    const slow = new EstateCache(dir, 'default', 50);
    disposables.push(slow, slow.follow(a));
    await a.signIn();
    slow.saveSoon(h.sim.url, 'demo', estate);
    await a.signOut();
    await new Promise((r) => setTimeout(r, 100));
    await slow.settled();
    assert.deepEqual(await files(), [], 'the save that was waiting is not written after the sign-out');
  });

  it('is shown only beside a session stored for its endpoints; without one it goes', async () => {
    const secrets = new SharedSecrets();
    const store = new SessionStore(secrets.view(), 'default');
    const at = { apiEndpoint: h.sim.url, authEndpoint: h.sim.url };
    const cache = cacheOf('default');
    await cache.save(h.sim.url, 'demo', estate);
    await store.save(at, { username: 'demo', token: 't' });
    assert.ok(await cache.forStoredSession(store, at), 'shown at activation');
    assert.equal(await cache.forStoredSession(store, { ...at, apiEndpoint: 'https://uk1.example' }), undefined, 'not for other endpoints');
    assert.deepEqual(await files(), [], 'and deleted');
  });

  it('is read back whole, checked without zod; a damaged file is not used at all', async () => {
    const cache = cacheOf('default');
    await cache.save(h.sim.url, 'demo', estate);
    const back = await cache.load(h.sim.url, 'demo');
    assert.deepEqual(back?.accounts.map((a) => a.name), estate.accountNodes.map((a) => a.account.name));
    assert.equal(back?.accounts.flatMap((a) => a.groups ?? []).flatMap((g) => g.virtual_machines ?? []).length, estate.servers().length);
    const file = path.join(dir, (await files())[0]!);
    const text = await import('node:fs/promises').then((f) => f.readFile(file, 'utf8'));
    for (const damaged of [text.replace('"power_on":true', '"power_on":"yes"'), text.replace(/"name":"[^"]+"/, '"name":7'), text.slice(0, text.length / 2)]) {
      assert.notEqual(damaged, text);
      await writeFile(file, damaged);
      assert.equal(await cache.load(h.sim.url, 'demo'), undefined);
    }
  });

  it('is deleted when its profile is removed, and a dropped profile\'s file is swept', async () => {
    await cacheOf('client').save(h.sim.url, 'demo', estate);
    await cacheOf('agency').save(h.sim.url, 'viewer', estate);
    await cacheOf('default').save(h.sim.url, 'demo', estate);
    // What versions before this one wrote (world-readable, named by a hash of endpoint and user).
    await writeFile(path.join(dir, 'estate-0123456789abcdef01234567.json'), '{"savedAt":1,"accounts":[]}', { mode: 0o644 });
    assert.equal((await files()).length, 4);
    await cacheOf('client').forget(); // Remove Profile
    await sweepCaches(dir, ['default']); // "agency" edited out of bigv.profiles
    assert.deepEqual(await files(), ['last-known-default.json'], 'only the default profile\'s is left');
  });
});
