// The single list of command ids. package.json `contributes.commands` must match it exactly
// (checked by test/commands/contributions.test.ts), and `registry.ts` is typed against it, so a
// command cannot be declared without a handler or the other way round.
export const COMMAND_IDS = [
  'bigv.signIn',
  'bigv.signOut',
  'bigv.refresh',
  'bigv.showDeleted',
  'bigv.hideDeleted',
  'bigv.start',
  'bigv.stop',
  'bigv.restart',
  'bigv.shutdown',
  'bigv.reset',
  'bigv.sendKeys',
  'bigv.reimage',
  'bigv.delete',
  'bigv.restore',
  'bigv.purge',
  'bigv.openConsole',
  'bigv.openGraphicalConsole',
  'bigv.connectRemoteSsh',
  'bigv.copyHostname',
  'bigv.copyIpAddress',
  'bigv.copyManagementAddress',
  'bigv.showProperties',
  'bigv.showLog',
  'bigv.filter',
  'bigv.clearFilter',
  'bigv.goToServer',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/** Commands on servers live in commands/server/, session ones in session/, the view's in view/. */
const FOLDER: Partial<Record<CommandId, 'session' | 'view'>> = {
  'bigv.signIn': 'session',
  'bigv.signOut': 'session',
  'bigv.refresh': 'view',
  'bigv.showDeleted': 'view',
  'bigv.hideDeleted': 'view',
  'bigv.showLog': 'view',
  'bigv.filter': 'view',
  'bigv.clearFilter': 'view',
  'bigv.goToServer': 'view',
};

/** The file in src/commands/ that implements a command: `<folder>/<id without "bigv.">`. */
export function commandFileName(id: CommandId): string {
  return `${FOLDER[id] ?? 'server'}/${id.slice('bigv.'.length)}`;
}
