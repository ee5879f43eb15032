// The one table of how each kind of undo step (model/undoSteps.ts) is carried out: through the same
// runner as any change (ctx.run for server actions, runDetail for addresses and schedules), so it
// is recorded in the Activity log too. `confirm` where the change it undoes was confirmed.
import * as l10n from '@vscode/l10n';
import type { ActionSpec } from '../../estate/actions';
import { moveServer } from '../../model/operations/move';
import { resizeServer } from '../../model/operations/resize';
import type { ServerTarget } from '../../model/target';
import type { UndoKind, UndoStep } from '../../model/undoSteps';
import { succeeded, type CommandContext } from '../context';
import { runDetail } from '../detailActions';
import { explainForbidden, serverAdmin } from '../privilege';
import { restoreSpec } from '../server/restore';
import { shutdownSpec } from '../server/shutdown';
import { startSpec } from '../server/start';

export interface UndoPlan<S extends UndoStep = UndoStep> {
  /** "Rename web2.default.demo back to web1": the question, and the row's words. */
  what(step: S, t: ServerTarget): string;
  /** Asked first (the change it undoes was confirmed too): the detail under the question. */
  confirm?(step: S, t: ServerTarget): string;
  /** Why it cannot be done to the server as it is now, if it cannot. */
  refusal?(step: S, t: ServerTarget): string | undefined;
  run(ctx: CommandContext, step: S, t: ServerTarget): Promise<boolean>;
}

/** A server action as undo: one call under the runner, a 403 said as the privilege it needed. */
function action(ctx: CommandContext, t: ServerTarget, spec: Omit<ActionSpec, 'done'> & { done?: ActionSpec['done'] }): Promise<boolean> {
  return ctx.run([t], {
    done: (x) => l10n.t('Undone on {0}.', x.fullName),
    ...spec,
    call: async (brain, target, signal) => {
      try {
        await spec.call(brain, target, signal);
      } catch (err) {
        throw explainForbidden(err, serverAdmin(target.fullName));
      }
    },
  }).then(succeeded);
}

/** A running server is shut down for a change the brain makes only to one that is off, and started again. */
const whileOff = (ctx: CommandContext, t: ServerTarget, signal: AbortSignal, needsOff: boolean) => ({
  ...(needsOff && t.vm.power_on ? { powerOff: 'shutdown' as const } : {}),
  signal,
  waitUntilOff: () => ctx.waitFor(t, (vm) => !vm.power_on, signal),
});

const offThenOn = (t: ServerTarget): string => l10n.t('{0} is shut down cleanly first and started again afterwards.', t.fullName);

type Table = { [K in UndoKind]: UndoPlan<Extract<UndoStep, { kind: K }>> };

export const UNDO: Table = {
  restore: {
    what: (_s, t) => l10n.t('Restore {0}', t.fullName),
    confirm: () => l10n.t('It comes back powered off, with its discs and addresses.'),
    refusal: (_s, t) => (t.vm.deleted ? undefined : l10n.t('it is not deleted')),
    run: (ctx, _s, t) => ctx.run([t], restoreSpec).then(succeeded),
  },
  start: {
    what: (_s, t) => l10n.t('Start {0} again', t.fullName),
    confirm: () => l10n.t('It was powered off by the change this undoes.'),
    refusal: (_s, t) => (t.vm.power_on || t.vm.deleted ? l10n.t('it is not powered off') : undefined),
    run: (ctx, _s, t) => ctx.run([t], startSpec).then(succeeded),
  },
  shutdown: {
    what: (_s, t) => l10n.t('Shut down {0} again', t.fullName),
    confirm: () => l10n.t('It was started by the change this undoes; its operating system is asked to shut down cleanly.'),
    refusal: (_s, t) => (t.vm.power_on && !t.vm.deleted ? undefined : l10n.t('it is not running')),
    run: (ctx, _s, t) => ctx.run([t], shutdownSpec).then(succeeded),
  },
  rename: {
    what: (s, t) => l10n.t('Rename {0} back to {1}', t.fullName, s.name),
    run: (ctx, s, t) => action(ctx, t, { action: 'rename', title: (x) => l10n.t('Renaming {0} back to {1}', x.fullName, s.name), call: (b, x, signal) => b.servers.rename(x.ref, s.name, { signal }) }),
  },
  move: {
    what: (_s, t) => l10n.t('Move {0} back to the group it was in', t.fullName),
    confirm: (_s, t) => (t.vm.power_on ? offThenOn(t) : l10n.t('It keeps its name and addresses.')),
    run: (ctx, s, t) => action(ctx, t, { action: 'moveToGroup', title: (x) => l10n.t('Moving {0} back', x.fullName), call: (b, x, signal) => moveServer(b, x.ref, s.groupId, whileOff(ctx, x, signal, true)) }),
  },
  resize: {
    what: (s, t) => l10n.t('Resize {0} back to {1} cores and {2} GiB', t.fullName, s.cores, s.memory / 1024),
    confirm: (s, t) => (shrinks(s, t) && t.vm.power_on ? offThenOn(t) : l10n.t('It keeps running.')),
    run: (ctx, s, t) => action(ctx, t, {
      action: 'resize',
      title: (x) => l10n.t('Resizing {0} back to {1} cores and {2} GiB', x.fullName, s.cores, s.memory / 1024),
      call: (b, x, signal) => resizeServer(b, x.ref, { cores: s.cores, memory: s.memory }, whileOff(ctx, x, signal, shrinks(s, x))),
    }),
  },
  cdrom: {
    what: (s, t) => (s.url ? l10n.t('Attach {0} to {1} again', s.url, t.fullName) : l10n.t('Eject the CD-ROM of {0}', t.fullName)),
    run: (ctx, s, t) => action(ctx, t, {
      action: s.url ? 'attachCdrom' : 'ejectCdrom',
      title: (x) => (s.url ? l10n.t('Attaching {0} to {1} again', s.url, x.fullName) : l10n.t('Ejecting the CD-ROM of {0}', x.fullName)),
      call: (b, x, signal) => b.servers.setCdrom(x.ref, s.url, { signal }),
    }),
  },
  autoreboot: {
    what: (s, t) => (s.on ? l10n.t('Turn automatic restart back on for {0}', t.fullName) : l10n.t('Turn automatic restart back off for {0}', t.fullName)),
    run: (ctx, s, t) => action(ctx, t, {
      action: s.on ? 'autorebootOn' : 'autorebootOff',
      title: (x) => (s.on ? l10n.t('Turning automatic restart back on for {0}', x.fullName) : l10n.t('Turning automatic restart back off for {0}', x.fullName)),
      call: (b, x, signal) => b.servers.setAutoreboot(x.ref, s.on, { signal }),
    }),
  },
  rdns: {
    what: (s) => (s.rdns ? l10n.t('Set the reverse DNS of {0} back to {1}', s.ip, s.rdns) : l10n.t('Give {0} Bytemark\'s default reverse DNS again', s.ip)),
    run: (ctx, s, t) => runDetail(ctx, t, {
      title: l10n.t('Setting the reverse DNS of {0} back', s.ip),
      what: l10n.t('set the reverse DNS of {0} back', s.ip),
      done: l10n.t('Undone on {0}.', t.fullName),
      call: (b, signal) => b.network.setRdns(s.ip, s.rdns, { signal }),
    }),
  },
  unschedule: {
    what: (s, t) => l10n.t('Remove the backup schedule added to {0} of {1}', s.discLabel, t.fullName),
    run: (ctx, s, t) => runDetail(ctx, t, {
      title: l10n.t('Removing the backup schedule of {0} of {1}', s.discLabel, t.fullName),
      what: l10n.t('remove the backup schedule of {0} of {1}', s.discLabel, t.fullName),
      done: l10n.t('Undone on {0}.', t.fullName),
      call: (b, signal) => b.backups.unschedule({ ...t.ref, disc: s.disc }, s.schedule, { signal }),
    }),
  },
  swapIps: {
    what: (s, t) => l10n.t('Swap the IP addresses of {0} and {1} back', t.fullName, s.otherName),
    confirm: () => l10n.t('Each server takes back its own addresses.'),
    refusal: (_s, t) => (t.vm.power_on ? l10n.t('both servers must be powered off') : undefined),
    run: (ctx, s, t) => runDetail(ctx, t, {
      title: l10n.t('Swapping the IP addresses of {0} and {1} back', t.fullName, s.otherName),
      what: l10n.t('swap the IP addresses of {0} and {1} back', t.fullName, s.otherName),
      done: l10n.t('Undone on {0}.', t.fullName),
      call: (b, signal) => b.network.swapIps(t.vm.id, s.other, s.extras, { signal }),
      undo: () => ({ ...s }),
    }),
  },
};

function shrinks(s: { cores: number; memory: number }, t: ServerTarget): boolean {
  return s.cores < t.vm.cores || s.memory < t.vm.memory;
}

/** The plan for a step, typed as the step's own. */
export function planOf(step: UndoStep): UndoPlan {
  return UNDO[step.kind] as UndoPlan;
}
