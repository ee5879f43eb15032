// The reads beyond the overview, each made only when a person asks for it: a disc's backups
// (one GET, when its Backups row is first expanded), reverse DNS (one GET per address when a
// Network row is first expanded, a few at a time), and the user's privileges (one GET after
// sign-in) from which the menus learn where writes would be refused. Kept until the next refresh.
import * as l10n from '@vscode/l10n';
import { errorReason as errorMessage } from '../model/failureText';
import type { Estate } from './estate';
import { isDetailNode, type BackupNode, type BackupsNode, type DetailNode, type DiscNode, type NetworkNode, type ScheduleNode, type ServerNode } from './nodes';
import { serverAddresses } from '../model/addresses';
import { mapLimited } from './pool';
import type { SessionAccess } from './sessionAccess';
import { WriteAccess } from './writeAccess';

/** Reverse DNS reads in flight at once: a server has a handful of addresses, the brain is shared. */
const RDNS_CONCURRENCY = 4;

export interface DetailsLog {
  info(message: string): void;
  warn(message: string): void;
}

export const serverRef = (s: ServerNode) => ({ account: s.parent.parent.account.id, group: s.parent.group.id, server: s.vm.id });

export class DetailLoader {
  private privileges: Promise<void> | undefined;
  /** Whose privileges `estate.access` holds: another user signing in reads theirs. */
  private accessFor: string | undefined;
  private readonly inFlight = new Map<BackupsNode | NetworkNode, Promise<void>>();

  constructor(
    private readonly deps: {
      session: SessionAccess;
      estate: Estate;
      log: DetailsLog;
      username(): string | undefined;
    },
  ) {
    // Signed out, or a failed load: the privileges are read again with the next tree.
    deps.estate.onDidChange(() => {
      if (deps.estate.status !== 'loaded') this.privileges = this.accessFor = undefined;
    });
  }

  /** Reads the lazily loaded rows of `node` if it has them and they are not read yet. */
  load(node: BackupsNode | NetworkNode): Promise<void> {
    if (node.kind === 'backups' ? node.backups !== undefined : node.rdns !== undefined) return Promise.resolve();
    if (node.error !== undefined) return Promise.resolve();
    let p = this.inFlight.get(node);
    if (!p) {
      p = (node.kind === 'backups' ? this.loadBackups(node) : this.loadRdns(node)).finally(() => this.inFlight.delete(node));
      this.inFlight.set(node, p);
    }
    return p;
  }

  /** Once per sign-in: the user's privileges, so menus can leave out what would be refused. */
  ensureAccess(): Promise<void> {
    const { estate, session, username } = this.deps;
    const brain = session.brain;
    const user = username();
    // A tree painted from the last session before sign-in is restored waits for the client.
    if (estate.status !== 'loaded' || !brain || !user) return Promise.resolve();
    if (this.accessFor !== user) this.privileges = undefined;
    if (estate.access.known && this.accessFor === user) return Promise.resolve();
    this.accessFor = user;
    this.privileges ??= (async () => {
      try {
        const access = WriteAccess.of(await brain.privileges.list(), user);
        if (estate.status === 'loaded' && username() === user) estate.setAccess(access);
        if (!access.any) this.deps.log.info(`${user} may not change anything here (no admin privileges): write actions are hidden.`);
      } catch (err) {
        // Without them nothing is hidden; a write the brain refuses says so clearly.
        this.deps.log.warn(`Could not read your privileges (${errorMessage(err)}); all actions stay in the menus.`);
      }
    })();
    return this.privileges;
  }

  private async loadBackups(node: BackupsNode): Promise<void> {
    const brain = this.deps.session.brain;
    if (!brain) return;
    const disc = node.parent;
    const server = disc.parent.parent;
    try {
      node.backups = await brain.backups.list({ ...serverRef(server), disc: disc.disc.id });
    } catch (err) {
      node.error = l10n.t('Backups could not be read: {0}', errorMessage(err));
      this.deps.log.warn(`Reading the backups of ${disc.disc.label} on ${server.vm.name} failed: ${errorMessage(err)}`);
    }
    this.deps.estate.detailRows.markLoaded(node);
  }

  private async loadRdns(node: NetworkNode): Promise<void> {
    const brain = this.deps.session.brain;
    if (!brain) return;
    const ips = serverAddresses(node.parent.vm).map((a) => a.ip);
    const rdns = new Map<string, string | null>();
    let failed = 0;
    await mapLimited(ips, RDNS_CONCURRENCY, async (ip) => {
      try {
        rdns.set(ip, (await brain.network.getIp(ip)).rdns ?? null);
      } catch (err) {
        failed++;
        this.deps.log.warn(`Reading the reverse DNS of ${ip} failed: ${errorMessage(err)}`);
      }
    });
    node.rdns = rdns;
    if (failed > 0 && failed === ips.length) node.error = l10n.t('Reverse DNS could not be read; see the log.');
    this.deps.estate.detailRows.markLoaded(node);
  }
}

/** The rows of one kind under a server (its discs, addresses, backups or schedules), reading backups first if need be: the palette's choices. */
export async function rowsOfKind(estate: Estate, loader: DetailLoader, vmId: number, kind: 'disc' | 'ip' | 'backup' | 'schedule'): Promise<DetailNode[]> {
  const server = estate.server(vmId);
  if (!server) return [];
  const [discs, network] = estate.children(server);
  if (kind === 'ip') return estate.children(network).filter(isDetailNode);
  const discRows = estate.children(discs).filter((n): n is DiscNode => n.kind === 'disc');
  if (kind === 'disc') return discRows;
  const under = discRows.flatMap((d) => estate.children(d));
  if (kind === 'schedule') return under.filter((n): n is ScheduleNode => n.kind === 'schedule');
  const folders = under.filter((n): n is BackupsNode => n.kind === 'backups');
  await Promise.all(folders.map((f) => loader.load(f)));
  return folders.flatMap((f) => estate.children(f)).filter((n): n is BackupNode => n.kind === 'backup');
}
