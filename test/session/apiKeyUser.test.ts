// Issue 17, item 13: whose key an API key is decides where Add/Remove SSH Key write. It is taken
// from the key list only when that list names one user; a list naming several (a brain showing
// keys of the users you administer) must not make you someone else.
import assert from 'node:assert/strict';
import { API_KEY_USER, verifyApiKey } from '../../src/session/apiKey';
import { DEMO_API_KEY, startSimulator, type Simulator } from '../simulator';

describe('session/apiKey: whose key it is', () => {
  let sim: Simulator;
  before(async () => {
    sim = await startSimulator({ port: 0 });
  });
  after(async () => {
    await sim.stop();
  });
  const key = (id: number, username: string) => ({ id, user_id: id, username, label: `k${id}`, expires_at: null, privileges: [] });

  it('the one user the key list names', async () => {
    assert.equal(await verifyApiKey(sim.url, DEMO_API_KEY, {}), 'demo');
  });

  it('a list naming several users names none of them', async () => {
    sim.faults.malformedNext({ method: 'GET', path: '/api_keys', body: JSON.stringify([key(1, 'ops'), key(2, 'demo')]) });
    assert.equal(await verifyApiKey(sim.url, DEMO_API_KEY, {}), API_KEY_USER);
  });
});
