import assert from 'node:assert/strict';
import { DEFAULTS, normalizeEndpoint, readSettings } from '../../src/config/settings';
import { parseConsoleSettings } from '../../src/features/console/sshArgv';

const source = (values: Record<string, unknown>) => ({ get: <T>(k: string) => values[k] as T | undefined });

describe('settings', () => {
  it('defaults when nothing is set', () => {
    assert.deepEqual(readSettings(source({})), DEFAULTS);
  });

  it('normalizes endpoints and rejects what is not an http(s) URL, with a warning', () => {
    assert.equal(normalizeEndpoint('https://uk0.bigv.io/'), 'https://uk0.bigv.io');
    assert.equal(normalizeEndpoint(' http://127.0.0.1:4000 '), 'http://127.0.0.1:4000');
    assert.equal(normalizeEndpoint('ftp://x'), undefined);
    assert.equal(normalizeEndpoint('https://x/?token=1'), undefined);
    const warnings: string[] = [];
    const s = readSettings(source({ apiEndpoint: 'not a url', authEndpoint: 'http://127.0.0.1:9/' }), (w) => warnings.push(w));
    // Never the production default in its place: see endpoint-settings.test.ts.
    assert.notEqual(s.apiEndpoint, DEFAULTS.apiEndpoint);
    assert.deepEqual(s.problems?.map((p) => [p.setting, p.problem]), [['bigv.apiEndpoint', 'not-a-url']]);
    assert.equal(s.authEndpoint, 'http://127.0.0.1:9');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /bigv\.apiEndpoint/);
  });

  it('clamps numbers and ignores wrong types', () => {
    const s = readSettings(source({ pollIntervalSeconds: 0, sessionValidity: 10_000_000, requestTimeoutSeconds: 'x', useYubikey: 'yes', 'console.sshArgs': ['-v', 3] }), () => undefined);
    assert.equal(s.pollIntervalSeconds, 1);
    assert.equal(s.sessionValidity, 86_400);
    assert.equal(s.requestTimeoutSeconds, 30);
    assert.equal(s.useYubikey, false);
    // Console settings are the console's to read; the same value is refused there, naming the item.
    assert.deepEqual(parseConsoleSettings(undefined, ['-v', 3]), { ok: false, problem: 'args-item-not-string', item: 2 });
  });
});
