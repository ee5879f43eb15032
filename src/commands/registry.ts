// One handler per command id. The Record type makes a missing or extra entry a compile error;
// test/commands/contributions.test.ts checks (by parsing this file) that each id's handler comes
// from its own file, src/commands/<id without "bigv.">.ts.
import type { CommandId } from './ids';
import type { CommandHandler } from './services';
import { connectRemoteSsh } from './connectRemoteSsh';
import { copyHostname } from './copyHostname';
import { copyIpAddress } from './copyIpAddress';
import { copyManagementAddress } from './copyManagementAddress';
import { deleteServer } from './delete';
import { hideDeleted } from './hideDeleted';
import { openConsole } from './openConsole';
import { purge } from './purge';
import { refresh } from './refresh';
import { reimage } from './reimage';
import { reset } from './reset';
import { restart } from './restart';
import { restore } from './restore';
import { sendKeys } from './sendKeys';
import { showDeleted } from './showDeleted';
import { showLog } from './showLog';
import { showProperties } from './showProperties';
import { shutdown } from './shutdown';
import { signIn } from './signIn';
import { signOut } from './signOut';
import { start } from './start';
import { stop } from './stop';

export const handlers: Record<CommandId, CommandHandler> = {
  'bigv.signIn': signIn,
  'bigv.signOut': signOut,
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
  'bigv.connectRemoteSsh': connectRemoteSsh,
  'bigv.copyHostname': copyHostname,
  'bigv.copyIpAddress': copyIpAddress,
  'bigv.copyManagementAddress': copyManagementAddress,
  'bigv.showProperties': showProperties,
  'bigv.showLog': showLog,
};
