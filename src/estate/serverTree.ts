// The rows under a server, as their descriptors (rows/) make them: Discs (each disc, its Backups
// and schedules) and Network (each address). Built from the server's overview data, so expanding
// a server or a disc asks the API nothing; rows keep their object identity while their ids last,
// so VS Code keeps expansion and selection when a server is re-read. What a row reads on first
// expand (backups, reverse DNS) is kept on it until the next refresh.
import type { ChangeSet } from './changes';
import { serverOf, type DetailNode, type EstateNode, type PlaceholderNode, type ServerNode } from './nodes';
import { descriptorOf, SERVER_ROWS } from './rows';
import type { RowMaker } from './rows/row';

/** One server's rows by id: made once, updated in place after. */
class ServerRows implements RowMaker {
  private readonly rows = new Map<string, DetailNode>();
  private readonly placeholders = new Map<string, PlaceholderNode>();

  reuse<N extends DetailNode>(id: string, make: () => N, update: (n: N) => void): N {
    const kept = this.rows.get(id) as N | undefined;
    if (kept) {
      update(kept);
      return kept;
    }
    const made = make();
    this.rows.set(id, made);
    return made;
  }

  placeholder(under: DetailNode, label: string): PlaceholderNode {
    const id = `placeholder:${under.id}`;
    let p = this.placeholders.get(id);
    if (!p || p.label !== label) {
      p = { kind: 'placeholder', id, parent: undefined, label };
      this.placeholders.set(id, p);
    }
    return p;
  }
}

export class DetailTree {
  private rows = new WeakMap<ServerNode, ServerRows>();
  /** Rows holding lazily read data, to forget on refresh. */
  private readonly loaded = new Set<DetailNode>();

  private of(server: ServerNode): ServerRows {
    let r = this.rows.get(server);
    if (!r) {
      r = new ServerRows();
      this.rows.set(server, r);
    }
    return r;
  }

  children(node: ServerNode | DetailNode): EstateNode[] {
    if (node.kind === 'server') {
      const rows = this.of(node);
      // Their parent is the server node, whose object lasts as long as this WeakMap entry.
      return SERVER_ROWS.filter((kind) => descriptorOf(kind).shown?.(node) ?? true).map((kind) => rows.reuse(`${kind}:${node.vm.id}`, () => ({ kind, id: `${kind}:${node.vm.id}`, parent: node }) as DetailNode, () => undefined));
    }
    return descriptorOf(node.kind).children?.(node, this.of(serverOf(node))) ?? [];
  }

  /** Lazily read data arrived (or failed): remembered so a refresh forgets it. */
  markLoaded(node: DetailNode): void {
    this.loaded.add(node);
  }

  /**
   * A refresh: every lazily read list is forgotten and its row reported, so an expanded row reads
   * again. `only` limits it to one server (after an action on it); `alive` drops rows of servers gone.
   */
  forget(cs: ChangeSet, alive: (server: ServerNode) => boolean, only?: ServerNode): void {
    for (const n of [...this.loaded]) {
      const server = serverOf(n);
      if (only && server !== only) continue;
      this.loaded.delete(n);
      descriptorOf(n.kind).lazy?.forget(n);
      if (alive(server)) cs.nodes.add(n);
    }
  }

  clear(): void {
    this.rows = new WeakMap();
    this.loaded.clear();
  }
}
