import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

describe('an API failure while loading', function () {
  let s: Scenario;
  scenarioHooks('09-api-failure', (x) => (s = x), { signIn: {} });

  it('retries, then shows an error row saying what failed', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    sim.faults.failNext({ status: 500, times: 3, method: 'GET', path: /^\/accounts/ });
    const before = sim.requests.length;
    await wb.runCommand('BigV: Refresh');
    const row = await wb.waitForRow('Could not load servers', { timeoutMs: 30_000 });
    assert.match((await row.getAttribute('class')) ?? '', /monaco-list-row/);
    assert.match(await wb.rowIconClass('Could not load servers'), /codicon-error/);
    const description = await wb.rowDescription('Could not load servers');
    assert.ok(description.length > 0, 'the error row says why');
    await wb.shot('error-row');
    const tries = sim.requests.slice(before).filter((r) => r.method === 'GET' && r.path.startsWith('/accounts'));
    assert.equal(tries.length, 3, `GET /accounts attempts: ${tries.map((r) => r.status).join(', ')}`);
    assert.ok(tries.every((r) => r.status === 500));
    assert.equal(await wb.rows('web1').count(), 0, 'no stale servers next to the error');
  });

  it('Retry on the error row loads the tree again', async function () {
    const { wb } = s;
    await wb.select('Could not load servers');
    await wb.waitForRow('web1', { timeoutMs: 30_000 });
    await wb.waitForNoRow('Could not load servers');
    await wb.shot('recovered');
  });
});
