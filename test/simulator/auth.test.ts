import assert from 'node:assert/strict';
import { Sessions } from './auth';
import { startSimulator, type Simulator } from './index';
import { brain, login, parse, postSession, request, sleep, useSimulator } from './harness';

describe('simulator: auth server', () => {
  const { sim } = useSimulator();

  it('POST /session returns the token as text/plain with no trailing newline', async () => {
    const r = await postSession(sim(), { username: 'demo', password: 'demo-password', validity: '1800' });
    assert.equal(r.status, 200);
    assert.match(r.contentType, /^text\/plain/);
    assert.match(r.text, /^[0-9a-f]{64}$/);
  });

  it('issues a different unguessable token for every session', async () => {
    const tokens = new Set(await Promise.all([1, 2, 3, 4, 5].map(() => login(sim()))));
    assert.equal(tokens.size, 5);
  });

  it('GET /session/{token} describes the session', async () => {
    const token = await login(sim());
    const r = await request(`${sim().url}/session/${token}`, { headers: { accept: 'application/json' } });
    assert.equal(r.status, 200);
    assert.match(r.contentType, /^application\/json/);
    const s = parse.session(r);
    assert.equal(s.username, 'demo');
    assert.deepEqual(s.factors, ['password']);
    assert.ok(Array.isArray(s.group_memberships));
  });

  it('GET /session/{unknown} is 404', async () => {
    const r = await request(`${sim().url}/session/${'0'.repeat(64)}`);
    assert.equal(r.status, 404);
  });

  it('accepts form-encoded credentials, as bigv-python sends them', async () => {
    const r = await postSession(sim(), { username: 'demo', password: 'demo-password' }, 'application/x-www-form-urlencoded');
    assert.equal(r.status, 200);
    assert.match(r.text, /^[0-9a-f]{64}$/);
  });

  it('refuses other content types with 400 "Bad content-type"', async () => {
    const r = await request(`${sim().url}/session`, {
      method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"username":"demo","password":"demo-password"}',
    });
    assert.equal(r.status, 400);
    assert.equal(r.text, 'Bad content-type');
  });

  for (const [what, body] of [
    ['invalid JSON', '{"username":'],
    ['a JSON array', '["demo","demo-password"]'],
    ['no password', '{"username":"demo"}'],
    ['a non-string password', '{"username":"demo","password":12}'],
    ['a non-numeric validity', '{"username":"demo","password":"demo-password","validity":"soon"}'],
  ] as const) {
    it(`answers ${what} with 400 "Badly-formed parameters"`, async () => {
      const r = await request(`${sim().url}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      assert.equal(r.status, 400);
      assert.equal(r.text, 'Badly-formed parameters');
    });
  }

  it('answers a wrong password or unknown user with 403 "Bad login credentials"', async () => {
    for (const body of [{ username: 'demo', password: 'nope' }, { username: 'nobody', password: 'demo-password' }]) {
      const r = await postSession(sim(), body);
      assert.equal(r.status, 403);
      assert.equal(r.text, 'Bad login credentials');
    }
  });

  describe('2FA', () => {
    it('refuses twofactor without a code, with a body containing "Missing 2FA"', async () => {
      const r = await postSession(sim(), { username: 'twofactor', password: 'demo-password' });
      assert.equal(r.status, 403);
      assert.match(r.text, /Missing 2FA/);
    });

    it('refuses a wrong code as bad credentials', async () => {
      const r = await postSession(sim(), { username: 'twofactor', password: 'demo-password', '2fa': '000000' });
      assert.equal(r.status, 403);
      assert.equal(r.text, 'Bad login credentials');
    });

    it('does not ask for a code before the password is right', async () => {
      const r = await postSession(sim(), { username: 'twofactor', password: 'wrong' });
      assert.equal(r.text, 'Bad login credentials');
    });

    it('accepts the right code and records the 2fa factor', async () => {
      const token = await login(sim(), 'twofactor', { '2fa': '123456' });
      const s = parse.session(await request(`${sim().url}/session/${token}`));
      assert.equal(s.username, 'twofactor');
      assert.deepEqual(s.factors, ['password', '2fa']);
    });
  });

  it('records the yubikey factor when an OTP is given', async () => {
    const token = await login(sim(), 'demo', { yubikey: 'ccccccbcgujhingjrdejhgfnuetrgigvejhhgbkugded' });
    const s = parse.session(await request(`${sim().url}/session/${token}`));
    assert.deepEqual(s.factors, ['password', 'yubikey']);
  });

  it('expireSessions() invalidates every session: brain 401, GET /session 404', async () => {
    const token = await login(sim());
    assert.equal((await brain(sim(), token).get('/accounts')).status, 200);
    sim().expireSessions();
    assert.equal((await brain(sim(), token).get('/accounts')).status, 401);
    assert.equal((await request(`${sim().url}/session/${token}`)).status, 404);
  });

  it('refuses brain requests without a token, or with an unknown one, with 401', async () => {
    const none = await brain(sim(), undefined).get('/accounts');
    assert.equal(none.status, 401);
    assert.match(none.text, /Bearer/);
    assert.equal((await brain(sim(), 'f'.repeat(64)).get('/accounts')).status, 401);
    const basic = await brain(sim(), undefined).raw('/accounts', { headers: { authorization: 'Basic ZGVtbzpkZW1vLXBhc3N3b3Jk' } });
    assert.equal(basic.status, 401);
  });

  it('never puts a token into the request log', async () => {
    const lines: string[] = [];
    const logged = await startSimulator({ port: 0, log: (l) => lines.push(l) });
    try {
      const token = await login(logged);
      await request(`${logged.url}/session/${token}`);
      await brain(logged, token).get('/accounts');
      assert.ok(lines.some((l) => l.includes('/session/<redacted>')));
      assert.ok(lines.every((l) => !l.includes(token) && !l.includes('demo-password')));
      assert.ok(logged.requests.every((r) => !r.path.includes(token) && !r.query.includes(token)));
      assert.deepEqual(logged.requests.map((r) => [r.method, r.path, r.status, r.auth]), [
        ['POST', '/session', 200, false],
        ['GET', '/session/<redacted>', 200, false],
        ['GET', '/accounts', 200, true],
      ]);
    } finally {
      await logged.stop();
    }
  });
});

describe('simulator: session lifetime', () => {
  let sim: Simulator;
  before(async () => { sim = await startSimulator({ port: 0, sessionTtlSeconds: 1 }); });
  after(async () => { await sim.stop(); });

  it('expires an unused session after the TTL, even if the client asked for longer', async () => {
    const token = await login(sim, 'demo', { validity: '1800' });
    await sleep(1200);
    assert.equal((await request(`${sim.url}/session/${token}`)).status, 404);
    assert.equal((await brain(sim, token).get('/accounts')).status, 401);
  });

  it('slides the expiry on every GET /session/{token}', async () => {
    const token = await login(sim);
    for (let i = 0; i < 4; i++) {
      await sleep(400);
      assert.equal((await request(`${sim.url}/session/${token}`)).status, 200, `read ${i} at ${(i + 1) * 400} ms`);
    }
    await sleep(1200);
    assert.equal((await request(`${sim.url}/session/${token}`)).status, 404);
  });

  it('slides the expiry on every authenticated brain request', async () => {
    const token = await login(sim);
    const api = brain(sim, token);
    for (let i = 0; i < 4; i++) {
      await sleep(400);
      assert.equal((await api.get('/accounts')).status, 200, `request ${i} at ${(i + 1) * 400} ms`);
    }
    await sleep(1200);
    assert.equal((await api.get('/accounts')).status, 401);
  });

  it('does not let a failed or unauthenticated request keep anything alive', async () => {
    const token = await login(sim);
    await sleep(600);
    await brain(sim, undefined).get('/accounts'); // no token: must not touch any session
    await sleep(600);
    assert.equal((await brain(sim, token).get('/accounts')).status, 401);
  });
});

describe('simulator: Sessions (pure)', () => {
  const lifetime = (s: Sessions, validity: number | undefined) => {
    const token = s.create('demo', ['password'], validity);
    return Math.round((s.touch(token)!.expiresAt - Date.now()) / 1000);
  };

  it('defaults to the TTL and clamps a requested validity to 3600 s', () => {
    const s = new Sessions(300);
    assert.equal(lifetime(s, undefined), 300);
    assert.equal(lifetime(s, 1800), 1800);
    assert.equal(lifetime(s, 99_999), 3600);
    assert.equal(lifetime(s, 60), 300, 'reading a session extends it to at least the TTL');
  });

  it('caps everything at a test TTL shorter than the real five minutes', () => {
    assert.equal(lifetime(new Sessions(2), 1800), 2);
  });
});
