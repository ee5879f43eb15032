// Finding the rows under a server in a rig's estate, as VS Code would pass them to a command.
import type { BackupNode, DiscNode, EstateNode, IpNode, NetworkNode, ScheduleNode } from '../../src/estate/nodes';
import type { CommandRig } from '../support/commandHarness';

export function discRow(r: CommandRig, server: string, label: string): DiscNode {
  const [discs] = r.estate.children(r.node(server));
  const d = r.estate.children(discs).find((n): n is DiscNode => n.kind === 'disc' && n.disc.label === label);
  if (!d) throw new Error(`no disc ${label} on ${server}`);
  return d;
}

export function networkRow(r: CommandRig, server: string): NetworkNode {
  return r.estate.children(r.node(server))[1] as NetworkNode;
}

export function ipRow(r: CommandRig, server: string, ip: string): IpNode {
  const n = r.estate.children(networkRow(r, server)).find((x): x is IpNode => x.kind === 'ip' && x.ip === ip);
  if (!n) throw new Error(`no address ${ip} on ${server}`);
  return n;
}

export function scheduleRows(r: CommandRig, server: string, disc: string): ScheduleNode[] {
  return r.estate.children(discRow(r, server, disc)).filter((n): n is ScheduleNode => n.kind === 'schedule');
}

/** The backups of a disc, read as the tree would when its Backups row is expanded. */
export async function backupRows(r: CommandRig, server: string, disc: string): Promise<BackupNode[]> {
  const backups = r.estate.children(discRow(r, server, disc))[0]!;
  if (backups.kind !== 'backups') throw new Error('no Backups row');
  const b = await r.brain.backups.list({ account: r.node(server).parent.parent.account.id, group: r.node(server).parent.group.id, server: r.node(server).vm.id, disc: backups.parent.disc.id });
  backups.backups = b;
  return r.estate.children(backups as EstateNode).filter((n): n is BackupNode => n.kind === 'backup');
}
