// The row descriptors' looks are plain data: what they say comes from the state model, not from a
// rule of their own.
import assert from 'node:assert/strict';
import { Estate } from '../../src/estate/estate';
import type { BackupNode, BackupsNode, ServerNode } from '../../src/estate/nodes';
import { backupRow } from '../../src/estate/rows/backup';
import type { PendingAction } from '../../src/model/serverState';
import { account, vm } from './fixtures';

function backupOn(flags: { power_on: boolean; autoreboot_on: boolean }, pending?: PendingAction): { node: BackupNode; server: ServerNode } {
  const estate = new Estate();
  estate.replace([account(1, 'demo', [{ id: 10, name: 'g', vms: [vm({ id: 7, name: 'x', ...flags })] }])], true);
  if (pending) estate.setPending(7, pending);
  const server = estate.server(7)!;
  const [discs] = estate.children(server);
  const [disc] = estate.children(discs!);
  const [backups] = estate.children(disc!) as [BackupsNode];
  const node: BackupNode = { kind: 'backup', id: 'backup:70:1', parent: backups, backup: { id: 1, label: 'b1', created_at: '2026-12-01T10:00:00Z' } as BackupNode['backup'] };
  return { node, server };
}

describe('estate/rows: looks from the state model', () => {
  it('a backup says why it cannot be restored now, in the state model\'s words, and nothing when it can', () => {
    const running = backupOn({ power_on: true, autoreboot_on: true });
    assert.match(backupRow.look(running.node, running.server).tooltip!.join('\n'), /Power the server off first/);
    const resizing = backupOn({ power_on: false, autoreboot_on: false }, 'resizing');
    assert.match(backupRow.look(resizing.node, resizing.server).tooltip!.join('\n'), /Wait until the server has finished changing/);
    const off = backupOn({ power_on: false, autoreboot_on: false });
    assert.deepEqual(backupRow.look(off.node, off.server).tooltip!.filter(Boolean), ['b1']);
  });
});
