// Soft delete: the brain powers the server off and hides it; Restore brings it back for a while.
// The success message offers that Restore straight away, as an undo.
import * as l10n from '@vscode/l10n';
import type { ActionSpec } from '../../estate/actions';
import { confirmAndRun, isMany } from '../bulk';
import { succeeded, type CommandHandler } from '../context';
import { confirm } from '../prompts';
import { restoreSpec } from './restore';
import { defineCommand } from '../definition';

export const deleteSpec: ActionSpec = {
  action: 'delete',
  title: (t) => l10n.t('Deleting {0}', t.fullName),
  titleMany: (n) => l10n.t('Deleting {0} servers', n),
  done: (t) => l10n.t('Deleted {0}.', t.fullName),
  call: (brain, t, signal) => brain.deleteServer(t.ref, {}, { signal }),
};

export const deleteServer: CommandHandler = async (ctx, arg, selection) => {
  const r = await ctx.resolveServers(arg, selection, { action: 'delete', placeHolder: l10n.t('Select servers to delete') });
  if (!r) return undefined;
  if (isMany(r)) {
    const warning = l10n.t('They are powered off at once and removed from the list. Each can be restored for a limited time.');
    return confirmAndRun(ctx, r, deleteSpec, { question: (n) => l10n.t('Delete {0} servers?', n), button: l10n.t('Delete'), warning });
  }
  const target = r.targets[0]!;
  const confirmed = await confirm(
    ctx.ui,
    l10n.t('Delete {0}?', target.fullName),
    l10n.t('The server is powered off at once and removed from the list. It can be restored for a limited time after deletion; after that it is purged, with its discs and IP addresses.'),
    l10n.t('Delete'),
  );
  if (!confirmed) return undefined;
  // The outcome line is the notification below, with its undo; no second "Deleted" message.
  const ok = succeeded(await ctx.run([target], { ...deleteSpec, done: () => undefined }));
  if (!ok) return false;
  const undo = l10n.t('Restore');
  void ctx.ui
    .notify('info', l10n.t('Deleted {0}. It can be restored for a limited time.', target.fullName), undo)
    .then((choice) => (choice === undo ? ctx.run([target], restoreSpec) : undefined));
  return true;
};

export const definition = defineCommand({
  id: 'bigv.delete',
  title: 'Delete Server',
  icon: 'trash',
  rows: [
    { kinds: ['server'], menu: '9_danger@2' },
  ],
  many: true,
  writes: true,
  run: deleteServer,
});
