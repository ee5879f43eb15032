// Every command, by its definition (definition.ts). The order is the manifest's: package.json's
// commands and menu entries are written in this order by build/manifest.ts. This module is the
// entry of dist/commands.js, loaded when a command first runs; activation takes the ids from
// package.json (written from this list, and checked against it by test/commands/manifest.test.ts).
import { definition as signIn } from './session/signIn';
import { definition as signInWithApiKey } from './session/signInWithApiKey';
import { definition as signOut } from './session/signOut';
import { definition as addProfile } from './profile/addProfile';
import { definition as renameProfile } from './profile/renameProfile';
import { definition as removeProfile } from './profile/removeProfile';
import { definition as refresh } from './view/refresh';
import { definition as showDeleted } from './view/showDeleted';
import { definition as hideDeleted } from './view/hideDeleted';
import { definition as start } from './server/start';
import { definition as stop } from './server/stop';
import { definition as restart } from './server/restart';
import { definition as restartIntoRescue } from './server/restartIntoRescue';
import { definition as bootNormally } from './server/bootNormally';
import { definition as showAccess } from './access/showAccess';
import { definition as grantAccess } from './access/grantAccess';
import { definition as revokePrivilege } from './access/revokePrivilege';
import { definition as createApiKey } from './access/createApiKey';
import { definition as deleteApiKey } from './access/deleteApiKey';
import { definition as shutdown } from './server/shutdown';
import { definition as reset } from './server/reset';
import { definition as sendKeys } from './server/sendKeys';
import { definition as reimage } from './server/reimage';
import { definition as deleteServer } from './server/delete';
import { definition as restore } from './server/restore';
import { definition as purge } from './server/purge';
import { definition as openConsole } from './server/openConsole';
import { definition as openGraphicalConsole } from './server/openGraphicalConsole';
import { definition as connectRemoteSsh } from './server/connectRemoteSsh';
import { definition as openSshTerminal } from './server/openSshTerminal';
import { definition as keepSshConfig } from './ssh/keepSshConfig';
import { definition as stopSshConfig } from './ssh/stopSshConfig';
import { definition as copyHostname } from './server/copyHostname';
import { definition as copyIpAddress } from './server/copyIpAddress';
import { definition as copyManagementAddress } from './server/copyManagementAddress';
import { definition as showProperties } from './server/showProperties';
import { definition as createServer } from './server/createServer';
import { definition as resize } from './server/resize';
import { definition as rename } from './server/rename';
import { definition as moveToGroup } from './server/moveToGroup';
import { definition as attachCdrom } from './server/attachCdrom';
import { definition as ejectCdrom } from './server/ejectCdrom';
import { definition as setHardwareProfile } from './server/setHardwareProfile';
import { definition as setKeymap } from './server/setKeymap';
import { definition as autorebootOn } from './server/autorebootOn';
import { definition as autorebootOff } from './server/autorebootOff';
import { definition as addGroup } from './group/addGroup';
import { definition as renameGroup } from './group/renameGroup';
import { definition as deleteGroup } from './group/deleteGroup';
import { definition as showLog } from './view/showLog';
import { definition as filter } from './view/filter';
import { definition as clearFilter } from './view/clearFilter';
import { definition as goToServer } from './view/goToServer';
import { definition as sessionMenu } from './view/sessionMenu';
import { definition as addDisc } from './disc/addDisc';
import { definition as resizeDisc } from './disc/resizeDisc';
import { definition as moveDisc } from './disc/moveDisc';
import { definition as deleteDisc } from './disc/deleteDisc';
import { definition as backUpNow } from './backup/backUpNow';
import { definition as restoreBackup } from './backup/restoreBackup';
import { definition as deleteBackup } from './backup/deleteBackup';
import { definition as scheduleBackups } from './backup/scheduleBackups';
import { definition as unscheduleBackups } from './backup/unscheduleBackups';
import { definition as addIps } from './network/addIps';
import { definition as setRdns } from './network/setRdns';
import { definition as copyIp } from './network/copyIp';
import { definition as removeIp } from './network/removeIp';
import { definition as swapIps } from './network/swapIps';
import { definition as addSshKey } from './account/addSshKey';
import { definition as removeSshKey } from './account/removeSshKey';
import { definition as undoActivity } from './activity/undoActivity';
import { definition as filterActivity } from './activity/filterActivity';
import { definition as clearActivity } from './activity/clearActivity';

export const COMMANDS = [
  signIn,
  signInWithApiKey,
  signOut,
  addProfile,
  renameProfile,
  removeProfile,
  refresh,
  showDeleted,
  hideDeleted,
  start,
  stop,
  restart,
  restartIntoRescue,
  bootNormally,
  showAccess,
  grantAccess,
  revokePrivilege,
  createApiKey,
  deleteApiKey,
  shutdown,
  reset,
  sendKeys,
  reimage,
  deleteServer,
  restore,
  purge,
  openConsole,
  openGraphicalConsole,
  connectRemoteSsh,
  openSshTerminal,
  keepSshConfig,
  stopSshConfig,
  copyHostname,
  copyIpAddress,
  copyManagementAddress,
  showProperties,
  createServer,
  resize,
  rename,
  moveToGroup,
  attachCdrom,
  ejectCdrom,
  setHardwareProfile,
  setKeymap,
  autorebootOn,
  autorebootOff,
  addGroup,
  renameGroup,
  deleteGroup,
  showLog,
  filter,
  clearFilter,
  goToServer,
  sessionMenu,
  addDisc,
  resizeDisc,
  moveDisc,
  deleteDisc,
  backUpNow,
  restoreBackup,
  deleteBackup,
  scheduleBackups,
  unscheduleBackups,
  addIps,
  setRdns,
  copyIp,
  removeIp,
  swapIps,
  addSshKey,
  removeSshKey,
  undoActivity,
  filterActivity,
  clearActivity,
] as const;

export type CommandId = (typeof COMMANDS)[number]['id'];

export type AnyCommand = (typeof COMMANDS)[number];

const BY_ID = new Map<string, AnyCommand>(COMMANDS.map((c) => [c.id, c]));

export function commandById(id: string): AnyCommand | undefined {
  return BY_ID.get(id);
}
