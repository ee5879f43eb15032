// Key parsing checked against the simulator's real `sendkeys` definition (fetched over HTTP).
import assert from 'node:assert/strict';
import { comboAvailable, parseKeys } from '../../src/model/sendKeys';
import { useSimulator } from '../api/helpers';

describe('commands/flows/sendKeys', () => {
  const h = useSimulator();
  let keys: string[] = [];
  before(async () => {
    const { brain } = await h.signedIn();
    keys = (await brain.getDefinitions()).sendkeys;
    assert.ok(keys.includes('ctrl') && keys.includes('sysrq'));
  });

  it('accepts dash-separated names and returns the wire form', () => {
    assert.deepEqual(parseKeys('ctrl-alt-delete', keys), { ok: true, data: 'ctrl-alt-delete', keys: ['ctrl', 'alt', 'delete'] });
    assert.deepEqual(parseKeys('alt-sysrq-b', keys), { ok: true, data: 'alt-sysrq-b', keys: ['alt', 'sysrq', 'b'] });
  });

  it('accepts "+" and spaces as separators, any case, and common spellings', () => {
    const r = parseKeys('  Ctrl+Alt+Del ', keys);
    assert.ok(r.ok);
    assert.equal(r.data, 'ctrl-alt-delete');
    const e = parseKeys('alt enter', keys);
    assert.ok(e.ok);
    assert.equal(e.data, 'alt-ret');
  });

  it('names the bad key and suggests the nearest valid one', () => {
    assert.deepEqual(parseKeys('ctrl-alt-f13', keys), { ok: false, problem: 'unknown-key', key: 'f13', suggestion: 'f1' });
    const far = parseKeys('ctrl-hyperspace', keys);
    assert.deepEqual(far, { ok: false, problem: 'unknown-key', key: 'hyperspace' });
  });

  it('refuses empty input and doubled separators', () => {
    assert.deepEqual(parseKeys('   ', keys), { ok: false, problem: 'empty' });
    assert.deepEqual(parseKeys('ctrl--alt', keys), { ok: false, problem: 'empty-key', position: 2 });
  });

  it('only offers ready-made combinations whose keys all exist', () => {
    assert.ok(comboAvailable('ctrl-alt-delete', keys));
    assert.ok(!comboAvailable('ctrl-alt-del', keys));
    assert.ok(!comboAvailable('ctrl-alt-delete', ['ctrl', 'alt']));
  });

  it('the parsed keys are accepted by the brain and reach the server', async () => {
    const { brain } = await h.signedIn();
    const r = parseKeys('Alt+SysRq+S', keys);
    assert.ok(r.ok);
    await brain.signal({ account: 'demo', group: 'web', server: 'web1' }, 'sendkey', r.data);
    assert.deepEqual(h.sim.state.findServer('demo', 'web', 'web1')!.sentKeys, ['alt', 'sysrq', 's']);
  });
});
