// Shared shape of the power-command tests: the tree path that works, the palette pick that is
// cancelled, and the API refusing the call.
import assert from 'node:assert/strict';
import type { CommandHandler } from '../../../src/commands/context';
import type { CommandRig, RigOptions } from '../../support/commandHarness';

export const fail500 = (rig: { h: { sim: { faults: { failNext(f: object): void } } } }, method = 'PUT'): void =>
  rig.h.sim.faults.failNext({ method, path: /virtual_machines/, status: 500, times: 3 });

/** Runs `handler` on the node, answering its prompts with `script`; asserts the outcome line. */
export async function runOnNode(r: CommandRig, handler: CommandHandler, name: string, script: (r: CommandRig) => void = () => undefined): Promise<unknown> {
  script(r);
  const result = await handler(r.ctx, r.node(name));
  await r.settled();
  return result;
}

export function assertSaid(r: CommandRig, pattern: RegExp): void {
  assert.ok(r.ui.said.some((s) => pattern.test(s)), `expected ${pattern} in ${JSON.stringify(r.ui.said)}`);
}

/** Nothing was written to the API: only reads happened. */
export function assertNoWrites(h: { sim: { requests: { method: string; path: string }[] } }): void {
  const writes = h.sim.requests.filter((q) => q.method !== 'GET' && q.path.startsWith('/accounts'));
  assert.deepEqual(writes, []);
}

export type { RigOptions };
