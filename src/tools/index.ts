// Every language-model tool, by name. package.json's contributes.languageModelTools lists the same
// names with their words (words.ts) and input schemas (test/tools/manifest.test.ts checks it).
import { activityLog } from './activityTool';
import { backUpNow } from './detailTools';
import { addDisc, resizeDisc, scheduleBackups } from './discChange';
import { addIps, setRdns } from './ipChange';
import { moveServer, renameServer, resizeServer, restoreServer, setAutomaticRestart, setCdrom } from './change';
import { listChoices } from './choices';
import { serverDetails, whoMayDoWhat } from './details';
import { findServers } from './find';
import { openIrreversible } from './open';
import { openCreateServer } from './openCreate';
import { powerServers } from './power';
import type { ToolDefinition } from './types';

export const TOOLS: readonly ToolDefinition<never>[] = [
  findServers, serverDetails, listChoices, whoMayDoWhat, activityLog,
  powerServers, resizeServer, renameServer, moveServer, setAutomaticRestart, setCdrom, restoreServer, backUpNow,
  addDisc, resizeDisc, scheduleBackups, addIps, setRdns,
  openIrreversible, openCreateServer,
] as unknown as readonly ToolDefinition<never>[];

const BY_NAME = new Map(TOOLS.map((t) => [t.name, t]));

export function toolByName(name: string): ToolDefinition<never> | undefined {
  return BY_NAME.get(name);
}
