// The rows under a server: Discs (each disc, its Backups and schedules) and Network (each
// address). Built from the server's overview data, so expanding a server or a disc asks the API
// nothing; rows keep their object identity while their ids last, so VS Code keeps expansion and
// selection when a server is re-read. Backups and reverse DNS are read lazily (details.ts) and
// kept on their rows until the next refresh.
import * as l10n from '@vscode/l10n';
import { serverAddresses } from '../model/addresses';
import type { ChangeSet } from './changes';
import type {
  BackupNode, BackupsNode, DetailNode, DiscNode, DiscsNode, EstateNode, IpNode, NetworkNode, PlaceholderNode, ScheduleNode, ServerNode,
} from './nodes';

interface Rows {
  discs: DiscsNode;
  network: NetworkNode;
  disc: Map<string, DiscNode>;
  backups: Map<string, BackupsNode>;
  rows: Map<string, BackupNode | ScheduleNode | IpNode>;
  placeholders: Map<string, PlaceholderNode>;
}

export class DetailTree {
  private rows = new WeakMap<ServerNode, Rows>();
  /** Rows holding lazily read data, to forget on refresh. */
  private readonly loaded = new Set<BackupsNode | NetworkNode>();

  private of(server: ServerNode): Rows {
    let r = this.rows.get(server);
    if (!r) {
      r = {
        discs: { kind: 'discs', id: `discs:${server.vm.id}`, parent: server },
        network: { kind: 'network', id: `network:${server.vm.id}`, parent: server },
        disc: new Map(), backups: new Map(), rows: new Map(), placeholders: new Map(),
      };
      this.rows.set(server, r);
    }
    return r;
  }

  children(node: ServerNode | DetailNode): EstateNode[] {
    switch (node.kind) {
      case 'server': {
        const r = this.of(node);
        return [r.discs, r.network];
      }
      case 'discs': {
        const r = this.of(node.parent);
        const discs = node.parent.vm.discs ?? [];
        const list = discs.map((disc, i) => this.reuse(r.disc, `disc:${disc.id}`, (id): DiscNode => ({ kind: 'disc', id, parent: node, disc, root: i === 0 }), (n) => {
          n.disc = disc;
          n.root = i === 0;
          n.parent = node;
        }));
        return list.length ? list : [this.placeholder(r, node, l10n.t('No discs'))];
      }
      case 'disc': {
        const r = this.of(node.parent.parent);
        const backups = this.reuse(r.backups, `backups:${node.disc.id}`, (id): BackupsNode => ({ kind: 'backups', id, parent: node }), (n) => {
          n.parent = node;
        });
        const schedules = (node.disc.backup_schedules ?? []).map((schedule) =>
          this.reuse(r.rows, `schedule:${node.disc.id}:${schedule.id}`, (id): ScheduleNode => ({ kind: 'schedule', id, parent: node, schedule }), (n) => {
            (n as ScheduleNode).schedule = schedule;
            (n as ScheduleNode).parent = node;
          }) as ScheduleNode,
        );
        return [backups, ...schedules];
      }
      case 'backups': {
        const r = this.of(node.parent.parent.parent);
        if (node.error !== undefined) return [this.placeholder(r, node, node.error)];
        const list = [...(node.backups ?? [])]
          .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)
          .map((backup) => this.reuse(r.rows, `backup:${node.parent.disc.id}:${backup.id}`, (id): BackupNode => ({ kind: 'backup', id, parent: node, backup }), (n) => {
            (n as BackupNode).backup = backup;
            (n as BackupNode).parent = node;
          }) as BackupNode);
        return list.length || node.backups === undefined ? list : [this.placeholder(r, node, l10n.t('No backups'))];
      }
      case 'network': {
        const r = this.of(node.parent);
        const list = serverAddresses(node.parent.vm).map((a) =>
          this.reuse(r.rows, `ip:${node.parent.vm.id}:${a.ip}`, (id): IpNode => ({ kind: 'ip', id, parent: node, ip: a.ip, family: a.kind, nic: a.nic, primary: a.primary, ...(a.routedVia ? { routedVia: a.routedVia } : {}) }), (n) => {
            Object.assign(n, { family: a.kind, nic: a.nic, primary: a.primary, routedVia: a.routedVia, parent: node });
          }) as IpNode,
        );
        return list.length ? list : [this.placeholder(r, node, l10n.t('No IP addresses'))];
      }
      default:
        return [];
    }
  }

  /** Lazily read data arrived (or failed): remembered so a refresh forgets it. */
  markLoaded(node: BackupsNode | NetworkNode): void {
    this.loaded.add(node);
  }

  /**
   * A refresh: every lazily read list is forgotten and its row reported, so an expanded row reads
   * again. `only` limits it to one server (after an action on it); `alive` drops rows of servers gone.
   */
  forget(cs: ChangeSet, alive: (server: ServerNode) => boolean, only?: ServerNode): void {
    for (const n of [...this.loaded]) {
      const server = n.kind === 'network' ? n.parent : n.parent.parent.parent;
      if (only && server !== only) continue;
      this.loaded.delete(n);
      if (n.kind === 'backups') delete n.backups;
      else delete n.rdns;
      delete n.error;
      if (alive(server)) cs.nodes.add(n);
    }
  }

  clear(): void {
    this.rows = new WeakMap();
    this.loaded.clear();
  }

  private reuse<N extends EstateNode>(map: Map<string, N>, id: string, make: (id: string) => N, update: (n: N) => void): N {
    let n = map.get(id);
    if (n) update(n);
    else {
      n = make(id);
      map.set(id, n);
    }
    return n;
  }

  private placeholder(r: Rows, under: DetailNode, label: string): PlaceholderNode {
    const id = `placeholder:${under.id}`;
    let p = r.placeholders.get(id);
    if (!p || p.label !== label) {
      p = { kind: 'placeholder', id, parent: undefined, label };
      r.placeholders.set(id, p);
    }
    return p;
  }
}
