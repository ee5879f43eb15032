// One server's changes, each through its menu command on the tree node: resize, rename, move
// to another group, automatic restart, CD-ROM, restore a deleted server. The confirmation says
// what changes and how it is undone; the handler's own prompts are answered from the input.
import * as l10n from '@vscode/l10n';
import { z } from '../api';
import { formatCores, formatMemory } from '../model/format';
import type { ServerAction } from '../model/serverState';
import { applicable, confirmation, nowWord, runCommand } from './act';
import { findOne, type Found } from './servers';
import { defineTool, ToolError, type Confirmation, type ToolDefinition, type ToolHost } from './types';
import type { Answers } from './answers';

const server = () => z.string().check(z.minLength(1));
const profile = () => z.optional(z.string());

interface Step<I> {
  action: ServerAction;
  id: string;
  title(f: Found, i: I): string;
  change(f: Found, i: I): string;
  undo(f: Found, i: I): string;
  answers(f: Found, i: I): Answers;
  warning?(f: Found, i: I): string | undefined;
}

async function one<I extends { server: string; profile?: string | undefined }>(host: ToolHost, i: I, action: ServerAction): Promise<Found> {
  try {
    return applicable([await findOne(host, i.server, i.profile)], action).go[0]!;
  } catch (err) {
    const hint = action === 'restore' && err instanceof ToolError && err.message.startsWith('No server') ? deletedHint(host) : undefined;
    throw hint ? new ToolError(`${err instanceof Error ? err.message : String(err)} ${hint}`) : err;
  }
}

/** A one-server change tool: found, guarded by the state model, confirmed, then its command run. */
function serverChange<I extends { server: string; profile?: string | undefined }>(name: string, schema: ToolDefinition<I>['schema'], step: Step<I> | ((i: I) => Step<I>)): ToolDefinition<I> {
  const of = (i: I): Step<I> => (typeof step === 'function' ? step(i) : step);
  return defineTool<I>({
    name,
    kind: 'change',
    schema,
    invocation: (i) => `${of(i).action} ${i.server}`,
    async confirm(host, i): Promise<Confirmation> {
      const s = of(i);
      const f = await one(host, i, s.action);
      const warning = s.warning?.(f, i);
      return confirmation([f], { title: s.title(f, i), change: (x) => s.change(x, i), undo: s.undo(f, i), ...(warning ? { warning } : {}) });
    },
    async invoke(host, i) {
      const s = of(i);
      const f = await one(host, i, s.action);
      return runCommand(f.p, name, s.id, [f.p.node(f.t.vm.id) ?? f.t], s.answers(f, i));
    },
  });
}

const sizeOf = (cores: number, mib: number): string => `${formatCores(cores)}, ${formatMemory(mib)}`;

export interface ResizeInput { server: string; cores: number; memoryGiB: number; powerOff?: 'shutdown' | 'stop' | undefined; profile?: string | undefined }

export const resizeServer = serverChange<ResizeInput>(
  'bigv_resizeServer',
  () => z.strictObject({ server: server(), cores: z.int().check(z.gte(1), z.lte(16)), memoryGiB: z.number().check(z.gte(1), z.lte(128), z.multipleOf(0.25)), powerOff: z.optional(z.enum(['shutdown', 'stop'])), profile: profile() }),
  {
    action: 'resize',
    id: 'bigv.resize',
    title: (f, i) => l10n.t('Resize {0} to {1}?', f.t.fullName, sizeOf(i.cores, i.memoryGiB * 1024)),
    change: (f, i) => `${sizeOf(f.t.vm.cores, f.t.vm.memory)} → ${sizeOf(i.cores, i.memoryGiB * 1024)}${shrinks(f, i) && f.t.vm.power_on ? `; ${nowWord(f)} → ${i.powerOff === 'stop' ? l10n.t('stopped') : l10n.t('shut down')} → ${l10n.t('running')}` : ''}`,
    undo: (f) => l10n.t('Resize it back to {0}.', sizeOf(f.t.vm.cores, f.t.vm.memory)),
    warning: (f, i) => (shrinks(f, i) && f.t.vm.power_on ? l10n.t('Fewer cores or less memory needs it powered off: it is powered off ({0}), resized and started again.', i.powerOff ?? 'shutdown') : undefined),
    answers: (_f, i) => ({
      // The custom size (the item with no size of its own), then cores and memory as typed there.
      picks: [(item) => item['size'] === undefined],
      inputs: [String(i.cores), String(i.memoryGiB)],
      // Shut Down (first button) or Stop, Resize and Start.
      asks: [(buttons) => (i.powerOff === 'stop' ? buttons[1] : buttons[0])],
    }),
  },
);

function shrinks(f: Found, i: ResizeInput): boolean {
  return i.cores < f.t.vm.cores || i.memoryGiB * 1024 < f.t.vm.memory;
}

export interface RenameInput { server: string; newName: string; profile?: string | undefined }

export const renameServer = serverChange<RenameInput>('bigv_renameServer', () => z.strictObject({ server: server(), newName: z.string().check(z.minLength(1), z.maxLength(63)), profile: profile() }), {
  action: 'rename',
  id: 'bigv.rename',
  title: (f, i) => l10n.t('Rename {0} to {1}?', f.t.fullName, i.newName),
  change: (f, i) => l10n.t('name {0} → {1} (the hostname changes with it)', f.t.vm.name, i.newName),
  undo: (f) => l10n.t('Rename it back to {0}.', f.t.vm.name),
  answers: (_f, i) => ({ inputs: [i.newName] }),
});

export interface MoveInput { server: string; group: string; profile?: string | undefined }

export const moveServer = serverChange<MoveInput>('bigv_moveServer', () => z.strictObject({ server: server(), group: z.string().check(z.minLength(1)), profile: profile() }), {
  action: 'moveToGroup',
  id: 'bigv.moveToGroup',
  title: (f, i) => l10n.t('Move {0} to group {1}?', f.t.fullName, i.group),
  change: (f, i) => `${l10n.t('group {0} → {1}', f.t.groupName, i.group)}${f.t.vm.power_on ? `; ${nowWord(f)} → ${l10n.t('shut down')} → ${l10n.t('running')}` : ''}`,
  undo: (f) => l10n.t('Move it back to {0}.', f.t.groupName),
  answers: (_f, i) => ({ picks: [(item) => item.label.toLowerCase() === i.group.toLowerCase()], asks: [(buttons) => buttons[0]] }),
});

export interface AutoRestartInput { server: string; on: boolean; profile?: string | undefined }

export const setAutomaticRestart = serverChange<AutoRestartInput>('bigv_setAutomaticRestart', () => z.strictObject({ server: server(), on: z.boolean(), profile: profile() }), (i) => ({
  action: i.on ? 'autorebootOn' : 'autorebootOff',
  id: i.on ? 'bigv.autorebootOn' : 'bigv.autorebootOff',
  title: (f) => (i.on ? l10n.t('Turn automatic restart on for {0}?', f.t.fullName) : l10n.t('Turn automatic restart off for {0}?', f.t.fullName)),
  change: () => (i.on ? l10n.t('automatic restart off → on') : l10n.t('automatic restart on → off')),
  undo: () => l10n.t('Turn it {0} again.', i.on ? 'off' : 'on'),
  answers: () => ({}),
}));

export interface CdromInput { server: string; url?: string | undefined; profile?: string | undefined }

export const setCdrom = serverChange<CdromInput>('bigv_setCdrom', () => z.strictObject({ server: server(), url: z.optional(z.url({ protocol: /^https?$/ })), profile: profile() }), (i) => ({
  action: i.url ? 'attachCdrom' : 'ejectCdrom',
  id: i.url ? 'bigv.attachCdrom' : 'bigv.ejectCdrom',
  title: (f) => (i.url ? l10n.t('Attach a CD-ROM to {0}?', f.t.fullName) : l10n.t('Eject the CD-ROM of {0}?', f.t.fullName)),
  change: (f) => `CD-ROM ${f.t.vm.cdrom_url || l10n.t('none')} → ${i.url ?? l10n.t('none')}`,
  undo: (f) => (f.t.vm.cdrom_url ? l10n.t('Attach {0} again.', f.t.vm.cdrom_url) : l10n.t('Eject it.')),
  answers: () => ({ inputs: i.url ? [i.url] : [] }),
}));

export interface RestoreInput { server: string; profile?: string | undefined }

export const restoreServer = serverChange<RestoreInput>('bigv_restoreServer', () => z.strictObject({ server: server(), profile: profile() }), {
  action: 'restore',
  id: 'bigv.restore',
  title: (f) => l10n.t('Restore the deleted server {0}?', f.t.fullName),
  change: () => `${l10n.t('deleted')} → ${l10n.t('stopped (it stays powered off until started)')}`,
  undo: () => l10n.t('Delete it again (from the BigV view).'),
  answers: () => ({}),
});

/** Deleted servers are only known while the tree shows them. */
export function deletedHint(host: ToolHost): string | undefined {
  return host.profiles().some((p) => !p.ctx.view.showDeleted) ? 'Deleted servers are only seen while the BigV view shows them: ask the person to run "BigV: Show Deleted Servers".' : undefined;
}

