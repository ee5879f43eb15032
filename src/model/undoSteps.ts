// What the Activity log keeps to undo a change: plain data (it is stored across reloads), never a
// function and never a secret. `undoOfAction` says it for a server action from the server as it
// was before the call; the disc and address commands give theirs (runDetail's `undo`). The calls
// that carry a step out are one table, commands/activity/undoTable.ts. No vscode import.
import type { VirtualMachine } from '../api';
import type { ServerAction } from './serverState';

export type UndoStep =
  | { kind: 'restore' }
  | { kind: 'start' }
  /** A start undone: the operating system asked to shut down cleanly. */
  | { kind: 'shutdown' }
  | { kind: 'rename'; name: string }
  | { kind: 'move'; groupId: number }
  | { kind: 'resize'; cores: number; memory: number }
  /** Attach `url` again, or eject when it had none. */
  | { kind: 'cdrom'; url: string | null }
  | { kind: 'autoreboot'; on: boolean }
  /** `rdns` null: Bytemark's default. */
  | { kind: 'rdns'; ip: string; rdns: string | null }
  | { kind: 'unschedule'; disc: number; discLabel: string; schedule: number }
  | { kind: 'swapIps'; other: number; otherName: string; extras: boolean };

export type UndoKind = UndoStep['kind'];

/** How a server action is undone, from the server as it was just before it; undefined: it is not. */
export function undoOfAction(action: ServerAction, before: VirtualMachine): UndoStep | undefined {
  switch (action) {
    case 'stop':
    case 'shutdown':
      return before.power_on ? { kind: 'start' } : undefined;
    case 'start':
      return before.power_on ? undefined : { kind: 'shutdown' };
    case 'delete':
      return { kind: 'restore' };
    case 'rename':
      return { kind: 'rename', name: before.name };
    case 'moveToGroup':
      return { kind: 'move', groupId: before.group_id };
    case 'resize':
      return { kind: 'resize', cores: before.cores, memory: before.memory };
    case 'attachCdrom':
    case 'ejectCdrom':
      return before.cdrom_url || action === 'attachCdrom' ? { kind: 'cdrom', url: before.cdrom_url || null } : undefined;
    case 'autorebootOn':
    case 'autorebootOff':
      return { kind: 'autoreboot', on: before.autoreboot_on };
    default:
      return undefined;
  }
}

/**
 * What the Activity log compares to tell whether a server has changed since an entry: the facts
 * an action of this window or anyone else's changes (not its moment-to-moment state, and not what
 * only some reads include, such as backup schedules), as one string.
 */
export function serverFacts(vm: VirtualMachine): string {
  const discs = (vm.discs ?? []).map((d) => `${d.id}:${d.size}:${d.storage_grade ?? ''}`).sort();
  const ips = (vm.network_interfaces ?? []).flatMap((n) => [...n.ips, ...Object.keys(n.extra_ips ?? {})]).sort();
  return JSON.stringify([vm.name, vm.group_id, vm.cores, vm.memory, vm.cdrom_url ?? '', vm.autoreboot_on, vm.power_on, vm.deleted, vm.hardware_profile ?? '', discs, ips]);
}
