// Secrets never reach the logging hook or an error: a whole session's worth of sign-in, reads,
// writes and failures (some with the secrets echoed back in response bodies) is captured and
// searched for the token, the password, the OTP and a root password.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { AuthClient, BrainClient, type RequestLogEvent, type ServerRef } from '../../src/api';
import { DEMO_API_KEY } from '../simulator';
import { OTP, PASSWORD, useSimulator } from './helpers';

const ROOT_PASSWORD = 'Root-Pw-7f3a9c';
const STAGING: ServerRef = { account: 'demo', group: 'web', server: 'staging' };
const STAGING_PATH = '/accounts/demo/groups/web/virtual_machines/staging';

describe('api: redaction', () => {
  const h = useSimulator();

  it('no event, error message or error property contains the token, password, OTP or root password', async () => {
    const events: RequestLogEvent[] = [];
    const errors: unknown[] = [];
    const opts = { retryDelaysMs: [5, 5], onRequest: (e: RequestLogEvent) => events.push(e) };
    const attempt = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        errors.push(e);
      }
    };

    const auth = new AuthClient(h.sim.url, opts);
    await attempt(auth.createSession({ username: 'twofactor', password: PASSWORD }));
    await attempt(auth.createSession({ username: 'twofactor', password: 'wrong-Pw-1', secondFactor: '999999' }));
    const token = await auth.createSession({ username: 'twofactor', password: PASSWORD, secondFactor: OTP });
    await auth.readSession(token);
    const brain = new BrainClient(h.sim.url, () => token, opts);
    await brain.getAccounts({ includeDeleted: true });
    await brain.getDefinitions();
    await brain.reimage(STAGING, { distribution: 'jessie', root_password: ROOT_PASSWORD });

    // Failures whose bodies echo the secrets back, as a careless proxy or server might.
    h.sim.faults.failNext({ status: 500, times: 3, body: `crash for token ${token}`, method: 'GET', path: '/accounts' });
    await attempt(brain.getAccounts({}));
    h.sim.faults.failNext({ status: 400, contentType: 'application/json', body: JSON.stringify({ root_password: [`${ROOT_PASSWORD} is too weak`] }), method: 'POST', path: `${STAGING_PATH}/reimage` });
    await attempt(brain.reimage(STAGING, { distribution: 'jessie', root_password: ROOT_PASSWORD }));
    h.sim.faults.failNext({ status: 400, body: `password ${PASSWORD} and code ${OTP} rejected`, method: 'POST', path: '/session' });
    await attempt(auth.createSession({ username: 'twofactor', password: PASSWORD, secondFactor: OTP }));
    h.sim.faults.failNext({ status: 418, body: `teapot ${PASSWORD}`, method: 'POST', path: '/session' });
    await attempt(auth.createSession({ username: 'twofactor', password: PASSWORD, secondFactor: OTP }));
    h.sim.faults.malformedNext({ method: 'GET', path: STAGING_PATH, body: `{"token": "${token}"` });
    await attempt(brain.getServer(STAGING));
    h.sim.faults.malformedNext({ method: 'GET', path: `/session/${token}`, body: `{"username": 5, "${token}": 1}` });
    await attempt(auth.readSession(token));
    h.sim.faults.failNext({ status: 503, body: token, method: 'GET', path: `/session/${token}` });
    await attempt(auth.readSession(token));
    h.sim.faults.delayNext({ ms: 500, method: 'GET', path: `/session/${token}` });
    await attempt(auth.readSession(token, { timeoutMs: 50 }));
    h.sim.expireSessions();
    await attempt(auth.readSession(token));
    await attempt(brain.servers.update(STAGING, { cores: 2 }));

    assert.ok(errors.length >= 11, `expected the failures to happen, got ${errors.length}`);
    assert.ok(events.length >= 20, `expected events for every attempt, got ${events.length}`);
    assert.ok(events.some((e) => e.url.endsWith('/session/<redacted>')), 'session reads are logged, redacted');

    const haystacks = [
      ...events.map((e) => JSON.stringify(e)),
      ...errors.map((e) => inspect(e, { depth: 5 })),
      ...errors.map((e) => JSON.stringify(e)),
      ...errors.map((e) => String(e)),
    ];
    for (const secret of [token, encodeURIComponent(token), PASSWORD, 'wrong-Pw-1', OTP, '999999', ROOT_PASSWORD]) {
      const leaks = haystacks.filter((s) => s.includes(secret));
      assert.deepEqual(leaks, [], `secret leaked: ${secret.slice(0, 3)}…`);
    }
    // The scrubbed places still say something useful.
    assert.ok(errors.some((e) => String(e).includes('crash for token <redacted>')), 'server body excerpt kept, token masked');
    assert.ok(errors.some((e) => String(e).includes('<redacted> is too weak')), 'problem kept, root password masked');
  });
  it('an API key: its secret echoed without the `apikey.` prefix, raw or encoded, is not shown either', async () => {
    const bare = DEMO_API_KEY.slice('apikey.'.length);
    const errors: unknown[] = [];
    const brain = new BrainClient(h.sim.url, () => DEMO_API_KEY, { retryDelaysMs: [], onRequest: (e) => h.events.push(e) });
    const echoes = [bare, encodeURIComponent(bare), Buffer.from(bare).toString('base64'), JSON.stringify(bare).slice(1, -1).replace(/-/g, '\\u002d')];
    for (const echo of echoes) {
      h.sim.faults.failNext({ status: 500, body: `no such key ${echo}`, method: 'GET', path: '/accounts' });
      await brain.getAccounts({}).catch((e: unknown) => errors.push(e));
      h.sim.faults.failNext({ status: 400, contentType: 'application/json', body: JSON.stringify({ api_key: [`${echo} is not valid`] }), method: 'GET', path: '/accounts' });
      await brain.getAccounts({}).catch((e: unknown) => errors.push(e));
    }
    assert.equal(errors.length, 2 * echoes.length);
    const shown = [...h.events.map((e) => JSON.stringify(e)), ...errors.map((e) => `${String(e)} ${inspect(e, { depth: 5 })}`)];
    for (const leak of [bare, ...echoes]) assert.deepEqual(shown.filter((s) => s.includes(leak)), [], `leaked: ${leak.slice(0, 10)}…`);
    assert.ok(errors.some((e) => String(e).includes('no such key <redacted>')), 'the rest of the body is still shown');
  });
});
