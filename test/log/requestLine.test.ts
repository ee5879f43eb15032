import assert from 'node:assert/strict';
import { formatRequest } from '../../src/log/requestLine';

describe('request log lines', () => {
  it('METHOD url → status (ms)', () => {
    assert.deepEqual(formatRequest({ method: 'GET', url: 'https://uk0.bigv.io/accounts?view=overview', status: 200, durationMs: 123.4, attempt: 1 }), {
      level: 'info',
      text: 'GET https://uk0.bigv.io/accounts?view=overview → 200 (123 ms)',
    });
  });

  it('retries and server failures are warnings', () => {
    const line = formatRequest({ method: 'GET', url: 'https://x/accounts', status: 503, durationMs: 5, attempt: 2, error: 'server: HTTP 503' });
    assert.equal(line.level, 'warn');
    assert.equal(line.text, 'GET https://x/accounts → 503 failed: server: HTTP 503 (5 ms) [retry 1]');
    assert.equal(formatRequest({ method: 'GET', url: 'https://x/a', durationMs: 30000, attempt: 1, error: 'timeout' }).level, 'warn');
  });

  it('an answered client error is information (the caller reports it)', () => {
    assert.equal(formatRequest({ method: 'PUT', url: 'https://x/a', status: 403, durationMs: 5, attempt: 1, error: 'forbidden' }).level, 'info');
  });

  it('shows the URL exactly as the client redacted it', () => {
    const text = formatRequest({ method: 'GET', url: 'https://auth/session/<redacted>', status: 200, durationMs: 1, attempt: 1 }).text;
    assert.equal(text, 'GET https://auth/session/<redacted> → 200 (1 ms)');
  });
});
