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
  'bigv.createServer',
  'bigv.resize',
  'bigv.rename',
  'bigv.moveToGroup',
  'bigv.attachCdrom',
  'bigv.ejectCdrom',
  'bigv.setHardwareProfile',
  'bigv.setKeymap',
  'bigv.autorebootOn',
  'bigv.autorebootOff',
  'bigv.addGroup',
  'bigv.renameGroup',
  'bigv.deleteGroup',
  'bigv.showLog',
  'bigv.filter',
  'bigv.clearFilter',
  'bigv.goToServer',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/** Commands on servers (and Create Server) live in commands/server/, session ones in session/, the view's in view/, groups' in group/. */
const FOLDER: Partial<Record<CommandId, 'session' | 'view' | 'group'>> = {
  'bigv.addGroup': 'group',
  'bigv.renameGroup': 'group',
  'bigv.deleteGroup': 'group',
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
