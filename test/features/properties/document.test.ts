import assert from 'node:assert/strict';
import { VirtualMachineSchema } from '../../../src/api';
import { parsePropertiesPath, propertiesPath, renderProperties } from '../../../src/features/properties/document';
import { useSimulator } from '../../api/helpers';

describe('properties/document', () => {
  const h = useSimulator();

  it('addresses a server by names, and reads the address back', () => {
    const p = propertiesPath('demo', 'web', 'web1');
    assert.equal(p, '/demo/web/web1.json');
    assert.deepEqual(parsePropertiesPath(p), { account: 'demo', group: 'web', server: 'web1' });
    assert.deepEqual(parsePropertiesPath(propertiesPath('a b', 'g/h', 's%')), { account: 'a b', group: 'g/h', server: 's%' });
  });

  it('refuses paths that are not one server', () => {
    for (const p of ['/demo/web1.json', '/demo/web/web1', '/a/b/c/d.json', '/demo//web1.json', '/demo/web/%E0%A4%A.json', '']) {
      assert.equal(parsePropertiesPath(p), undefined, p);
    }
  });

  it('renders a server fetched from the API as JSON, common fields first, nothing dropped', async () => {
    const { brain } = await h.signedIn();
    const path = parsePropertiesPath(propertiesPath('demo', 'db', 'db1'))!;
    const vm = await brain.getServer(path);
    const text = renderProperties(vm);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(parsed).slice(0, 3), ['name', 'id', 'hostname']);
    assert.deepEqual(parsed, JSON.parse(JSON.stringify(vm)));
    assert.ok(Array.isArray(parsed.discs) && Array.isArray(parsed.network_interfaces));
    assert.ok(text.endsWith('\n'));
  });

  it('keeps fields this extension does not know about', () => {
    const vm = VirtualMachineSchema.parse({ id: 1, name: 'x', group_id: 2, power_on: true, autoreboot_on: true, cores: 1, memory: 1024, brand_new_field: { a: 1 } });
    assert.deepEqual(JSON.parse(renderProperties(vm)).brand_new_field, { a: 1 });
  });
});

describe('properties path: names the API may send', () => {
  it('a lone surrogate in a name does not throw "URI malformed"', () => {
    assert.doesNotThrow(() => propertiesPath('acc', 'grp', 'bad\ud800name'));
    assert.ok(parsePropertiesPath(propertiesPath('acc', 'grp', 'bad\ud800name')));
  });
});
