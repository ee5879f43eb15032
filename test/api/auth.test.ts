// AuthClient against the simulator's auth server: sign-in, 2FA, bad credentials, session reads.
import assert from 'node:assert/strict';
import {
  AuthClient,
  BadCredentialsError,
  InsecureEndpointError,
  InvalidResponseError,
  SecondFactorRequiredError,
  UnauthorizedError,
} from '../../src/api';
import { OTP, PASSWORD, rejection, useSimulator } from './helpers';

describe('api: AuthClient', () => {
  const h = useSimulator();

  it('creates a session and reads it back', async () => {
    const auth = h.auth();
    const token = await auth.createSession({ username: 'demo', password: PASSWORD });
    assert.ok(token.length > 0);
    const info = await auth.readSession(token);
    assert.equal(info.username, 'demo');
    assert.ok(info.factors.includes('password'), `factors: ${info.factors.join(',')}`);
    assert.deepEqual(
      h.sim.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
      ['POST /session 200', 'GET /session/<redacted> 200'],
    );
  });

  it('asks for the second factor, then signs in with it', async () => {
    const auth = h.auth();
    const first = await rejection(auth.createSession({ username: 'twofactor', password: PASSWORD }));
    assert.ok(first instanceof SecondFactorRequiredError, String(first));
    assert.equal(first.kind, 'second-factor-required');
    assert.match(first.message, /one-time code/);

    const wrong = await rejection(auth.createSession({ username: 'twofactor', password: PASSWORD, secondFactor: '000000' }));
    assert.ok(wrong instanceof BadCredentialsError, String(wrong));

    const token = await auth.createSession({ username: 'twofactor', password: PASSWORD, secondFactor: OTP });
    const info = await auth.readSession(token);
    assert.equal(info.username, 'twofactor');
    assert.ok(info.factors.includes('2fa'), `factors: ${info.factors.join(',')}`);
  });

  it('refuses a wrong password with a message saying what to do', async () => {
    const err = await rejection(h.auth().createSession({ username: 'demo', password: 'nope' }));
    assert.ok(err instanceof BadCredentialsError, String(err));
    assert.equal(err.message, 'The username or password (or one-time code) was not accepted. Check them and sign in again.');
    const unknown = await rejection(h.auth().createSession({ username: 'nobody', password: PASSWORD }));
    assert.ok(unknown instanceof BadCredentialsError);
  });

  it('maps the auth server phrases and 401/403 to bad credentials, whatever the status', async () => {
    const auth = h.auth();
    for (const [status, body] of [
      [400, 'Authentication failed'],
      [400, 'Badly-formed parameters'],
      [401, 'nope'],
      [403, ''],
    ] as const) {
      h.sim.faults.failNext({ status, body, method: 'POST', path: '/session' });
      const err = await rejection(auth.createSession({ username: 'demo', password: PASSWORD }));
      assert.ok(err instanceof BadCredentialsError, `${status} ${body}: ${String(err)}`);
    }
    h.sim.faults.failNext({ status: 400, body: 'Missing 2FA', method: 'POST', path: '/session' });
    assert.ok((await rejection(auth.createSession({ username: 'demo', password: PASSWORD }))) instanceof SecondFactorRequiredError);
  });

  it('never retries a sign-in, even after a 500', async () => {
    h.sim.faults.failNext({ status: 500, method: 'POST', path: '/session' });
    const err = await rejection(h.auth().createSession({ username: 'demo', password: PASSWORD, validitySeconds: 60 }));
    assert.equal((err as { kind?: string }).kind, 'server');
    assert.equal(h.sim.requests.filter((r) => r.path === '/session').length, 1);
  });

  it('treats an unknown or expired session as unauthorized', async () => {
    const auth = h.auth();
    const token = await auth.createSession({ username: 'demo', password: PASSWORD });
    h.sim.expireSessions();
    const err = await rejection(auth.readSession(token));
    assert.ok(err instanceof UnauthorizedError, String(err));
    assert.match(err.message, /expired or was revoked\. Sign in again/);
    assert.ok(!err.message.includes(token));
  });

  it('rejects an empty token and an HTML page instead of a token', async () => {
    const auth = h.auth();
    h.sim.faults.failNext({ status: 200, body: '', method: 'POST', path: '/session' });
    const empty = await rejection(auth.createSession({ username: 'demo', password: PASSWORD }));
    assert.ok(empty instanceof InvalidResponseError, String(empty));
    assert.match(empty.message, /empty/);

    h.sim.faults.failNext({ status: 200, body: '<html>Log in to the Wi-Fi</html>', contentType: 'text/html', method: 'POST', path: '/session' });
    const html = await rejection(auth.createSession({ username: 'demo', password: PASSWORD }));
    assert.ok(html instanceof InvalidResponseError, String(html));
    assert.match(html.message, /text\/html/);
  });

  it('names the field when the session body has the wrong shape', async () => {
    const auth = h.auth();
    const token = await auth.createSession({ username: 'demo', password: PASSWORD });
    h.sim.faults.malformedNext({ method: 'GET', path: /^\/session\// });
    const err = await rejection(auth.readSession(token));
    assert.ok(err instanceof InvalidResponseError, String(err));
    assert.match(err.message, /session\.username/);
    assert.match(err.message, /GET \/session\/<redacted>/);
  });

  it('refuses plain http to anything but loopback', () => {
    assert.throws(() => new AuthClient('http://example.com'), InsecureEndpointError);
    assert.throws(() => new AuthClient('http://example.com'), /https/);
    assert.doesNotThrow(() => new AuthClient('https://auth.bytemark.co.uk'));
    assert.doesNotThrow(() => new AuthClient(h.sim.url));
    assert.doesNotThrow(() => new AuthClient('http://localhost:1'));
    assert.doesNotThrow(() => new AuthClient('http://[::1]:1'));
  });
});
