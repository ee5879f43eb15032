// One handler per command id. The Record type makes a missing or extra entry a compile error;
// test/commands/contributions.test.ts checks (by parsing this file) that each id's handler comes
// from its own file, src/commands/<id without "bigv.">.ts.
import type { CommandId } from './ids';
import type { CommandHandler } from './context';
import { connectRemoteSsh } from './server/connectRemoteSsh';
import { copyHostname } from './server/copyHostname';
import { copyIpAddress } from './server/copyIpAddress';
import { copyManagementAddress } from './server/copyManagementAddress';
import { deleteServer } from './server/delete';
import { hideDeleted } from './view/hideDeleted';
import { openConsole } from './server/openConsole';
import { openGraphicalConsole } from './server/openGraphicalConsole';
import { purge } from './server/purge';
import { refresh } from './view/refresh';
import { reimage } from './server/reimage';
import { reset } from './server/reset';
import { restart } from './server/restart';
import { restore } from './server/restore';
import { sendKeys } from './server/sendKeys';
import { showDeleted } from './view/showDeleted';
import { clearFilter } from './view/clearFilter';
import { filter } from './view/filter';
import { goToServer } from './view/goToServer';
import { sessionMenu } from './view/sessionMenu';
import { showLog } from './view/showLog';
import { createServer } from './server/createServer';
import { resize } from './server/resize';
import { rename } from './server/rename';
import { moveToGroup } from './server/moveToGroup';
import { attachCdrom } from './server/attachCdrom';
import { ejectCdrom } from './server/ejectCdrom';
import { setHardwareProfile } from './server/setHardwareProfile';
import { setKeymap } from './server/setKeymap';
import { autorebootOn } from './server/autorebootOn';
import { autorebootOff } from './server/autorebootOff';
import { addGroup } from './group/addGroup';
import { renameGroup } from './group/renameGroup';
import { deleteGroup } from './group/deleteGroup';
import { showProperties } from './server/showProperties';
import { shutdown } from './server/shutdown';
import { signIn } from './session/signIn';
import { signInWithApiKey } from './session/signInWithApiKey';
import { signOut } from './session/signOut';
import { addProfile } from './profile/addProfile';
import { renameProfile } from './profile/renameProfile';
import { removeProfile } from './profile/removeProfile';
import { start } from './server/start';
import { stop } from './server/stop';
import { addDisc } from './disc/addDisc';
import { resizeDisc } from './disc/resizeDisc';
import { moveDisc } from './disc/moveDisc';
import { deleteDisc } from './disc/deleteDisc';
import { backUpNow } from './backup/backUpNow';
import { restoreBackup } from './backup/restoreBackup';
import { deleteBackup } from './backup/deleteBackup';
import { scheduleBackups } from './backup/scheduleBackups';
import { unscheduleBackups } from './backup/unscheduleBackups';
import { addIps } from './network/addIps';
import { setRdns } from './network/setRdns';
import { copyIp } from './network/copyIp';
import { removeIp } from './network/removeIp';
import { swapIps } from './network/swapIps';
import { addSshKey } from './account/addSshKey';
import { removeSshKey } from './account/removeSshKey';

export const handlers: Record<CommandId, CommandHandler> = {
  'bigv.signIn': signIn,
  'bigv.signInWithApiKey': signInWithApiKey,
  'bigv.signOut': signOut,
  'bigv.addProfile': addProfile,
  'bigv.renameProfile': renameProfile,
  'bigv.removeProfile': removeProfile,
  'bigv.refresh': refresh,
  'bigv.showDeleted': showDeleted,
  'bigv.hideDeleted': hideDeleted,
  'bigv.start': start,
  'bigv.stop': stop,
  'bigv.restart': restart,
  'bigv.shutdown': shutdown,
  'bigv.reset': reset,
  'bigv.sendKeys': sendKeys,
  'bigv.reimage': reimage,
  'bigv.delete': deleteServer,
  'bigv.restore': restore,
  'bigv.purge': purge,
  'bigv.openConsole': openConsole,
  'bigv.openGraphicalConsole': openGraphicalConsole,
  'bigv.connectRemoteSsh': connectRemoteSsh,
  'bigv.copyHostname': copyHostname,
  'bigv.copyIpAddress': copyIpAddress,
  'bigv.copyManagementAddress': copyManagementAddress,
  'bigv.showProperties': showProperties,
  'bigv.createServer': createServer,
  'bigv.resize': resize,
  'bigv.rename': rename,
  'bigv.moveToGroup': moveToGroup,
  'bigv.attachCdrom': attachCdrom,
  'bigv.ejectCdrom': ejectCdrom,
  'bigv.setHardwareProfile': setHardwareProfile,
  'bigv.setKeymap': setKeymap,
  'bigv.autorebootOn': autorebootOn,
  'bigv.autorebootOff': autorebootOff,
  'bigv.addGroup': addGroup,
  'bigv.renameGroup': renameGroup,
  'bigv.deleteGroup': deleteGroup,
  'bigv.showLog': showLog,
  'bigv.filter': filter,
  'bigv.clearFilter': clearFilter,
  'bigv.goToServer': goToServer,
  'bigv.sessionMenu': sessionMenu,
  'bigv.addDisc': addDisc,
  'bigv.resizeDisc': resizeDisc,
  'bigv.moveDisc': moveDisc,
  'bigv.deleteDisc': deleteDisc,
  'bigv.backUpNow': backUpNow,
  'bigv.restoreBackup': restoreBackup,
  'bigv.deleteBackup': deleteBackup,
  'bigv.scheduleBackups': scheduleBackups,
  'bigv.unscheduleBackups': unscheduleBackups,
  'bigv.addIps': addIps,
  'bigv.setRdns': setRdns,
  'bigv.copyIp': copyIp,
  'bigv.removeIp': removeIp,
  'bigv.swapIps': swapIps,
  'bigv.addSshKey': addSshKey,
  'bigv.removeSshKey': removeSshKey,
};
