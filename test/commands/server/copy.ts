// Shared by the three Copy commands' tests.
import assert from 'node:assert/strict';
import type { CommandRig } from '../../support/commandHarness';

export function copied(r: CommandRig): string[] {
  return r.ui.of('copy').map((c) => c.text);
}

export function assertFlashed(r: CommandRig, text: string): void {
  assert.ok(r.ui.of('flash').some((f) => f.message.includes(text)), JSON.stringify(r.ui.of('flash')));
}
