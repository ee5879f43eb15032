// Issue 17, item 12: an API key with whitespace or a control character inside is refused where it
// is typed, in words that say so; it never reaches the network as a broken header ("could not
// reach … check your network").
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NetworkError } from '../../src/api';
import { apiKeyProblem, verifyApiKey } from '../../src/session/apiKey';
import { createSessionUi } from '../../src/interaction/signInPrompts';
import { DEMO_API_KEY, startSimulator, type Simulator } from '../simulator';
import { FakeUi } from '../support/fakeUi';

const SEED = 17_120;
const keyChar = fc.constantFrom(...'abcdefXYZ0123456789-_.~+/=');
const unwanted = fc.constantFrom(' ', '\t', '\r', '\n', '\r\n', '\u0000', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u3000', '\ufeff', '\u202e', 'é');

describe('session/apiKey: what an API key may hold', () => {
  let sim: Simulator;
  before(async () => {
    sim = await startSimulator({ port: 0 });
  });
  after(async () => {
    await sim.stop();
  });

  it('accepts a key of printable ASCII, with or without apikey. and with blanks around it; refuses any whitespace or control inside (fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: keyChar, minLength: 1, maxLength: 40 }), fc.boolean(), fc.option(fc.tuple(unwanted, fc.nat())), (body, prefixed, bad) => {
        let key = prefixed ? `apikey.${body}` : body;
        if (bad) {
          const at = 1 + (bad[1] % key.length);
          key = at >= key.length ? `${key}${bad[0]}x` : key.slice(0, at) + bad[0] + key.slice(at);
        }
        const problem = apiKeyProblem(`  ${key}\n`);
        assert.equal(problem, bad ? 'bad-characters' : undefined, JSON.stringify(key));
      }),
      { seed: SEED, numRuns: 3000 },
    );
    assert.equal(apiKeyProblem('  '), 'empty');
  });

  it('the input box refuses a key with CR/LF inside, saying why', async () => {
    const ui = new FakeUi();
    const sessionUi = createSessionUi(ui);
    let verified = 0;
    await sessionUi.signInWithApiKey({ verify: async () => (verified++, { token: 't', username: 'u' }), tryAgain: () => undefined });
    const validate = ui.of('input')[0]!.opts.validate!;
    const message = validate(`${DEMO_API_KEY.slice(0, 12)}\r\n${DEMO_API_KEY.slice(12)}`);
    assert.match(message ?? '', /spaces, line breaks or control characters/);
    assert.equal(validate(` ${DEMO_API_KEY} `), undefined);
    assert.equal(verified, 0, 'a cancelled box checks nothing');
  });

  it('a key that gets past the box anyway is refused before any request, not as a network failure', async () => {
    const before = sim.requests.length;
    const err = await verifyApiKey(sim.url, `${DEMO_API_KEY}\r\nX-Evil: 1`, {}).catch((e: unknown) => e);
    assert.ok(err instanceof Error && !(err instanceof NetworkError), String(err));
    assert.match(String(err), /spaces, line breaks or control characters/);
    assert.equal(sim.requests.length, before, 'nothing was sent');
  });
});
