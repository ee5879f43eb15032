// Issue 17, item 15: Show Properties on a server whose data nests deeply (a hostile or broken API)
// shows the document, with the deepest part replaced by a marker, instead of throwing "Maximum
// call stack size exceeded".
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { VirtualMachineSchema } from '../../../src/api';
import { capDepth, MAX_SHOWN_DEPTH, renderProperties, TOO_DEEP } from '../../../src/features/properties/document';

const SEED = 17_150;
const base = { id: 1, name: 'x', group_id: 2, power_on: true, autoreboot_on: true, cores: 1, memory: 1024 };

function nested(depth: number, leaf: unknown = 1, asArray = false): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

describe('properties/document: deep data', () => {
  it('renders 200,000 levels of objects or arrays without throwing, marking where it stops', () => {
    for (const asArray of [false, true]) {
      const vm = VirtualMachineSchema.parse({ ...base, extra: nested(200_000, 1, asArray) });
      const text = renderProperties(vm);
      const parsed = JSON.parse(text) as Record<string, unknown>;
      assert.equal(parsed.name, 'x');
      assert.ok(text.includes(JSON.stringify(TOO_DEEP)), 'the cut is marked');
      let v: unknown = parsed.extra;
      let depth = 1;
      while (typeof v === 'object' && v !== null) v = Array.isArray(v) ? v[0] : (v as { a: unknown }).a, depth++;
      assert.equal(v, TOO_DEEP);
      assert.equal(depth, MAX_SHOWN_DEPTH);
    }
  });

  it('shows anything within the cap exactly as JSON.stringify would (fixed seed)', () => {
    const json = fc.jsonValue({ maxDepth: 6 });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json, { maxKeys: 6 }), fc.integer({ min: 0, max: 80 }), (extra, depth) => {
        const vm = VirtualMachineSchema.parse({ ...base, extra: nested(depth, extra) });
        const ordered = JSON.parse(JSON.stringify(vm)) as Record<string, unknown>;
        assert.deepEqual(JSON.parse(renderProperties(vm)), ordered);
        assert.ok(!renderProperties(vm).includes(TOO_DEEP));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('the depth cap keeps a "__proto__" field a field', () => {
    const data = JSON.parse('{"__proto__":{"polluted":1},"b":[1,{"c":2}]}') as unknown;
    assert.equal(JSON.stringify(capDepth(data, 10)), '{"__proto__":{"polluted":1},"b":[1,{"c":2}]}');
    assert.equal(JSON.stringify(capDepth(data, 2)), `{"__proto__":{"polluted":1},"b":[1,${JSON.stringify(TOO_DEEP)}]}`);
  });
});
