// The reads beyond the overview, each made only when a person asks for it: what a row kind reads
// when first expanded (its descriptor's `lazy`, rows/: a disc's backups, reverse DNS), kept until
// the next refresh, and the user's privileges (one GET after sign-in) from which the menus learn
// where writes would be refused.
import { errorReason as errorMessage } from '../model/failureText';
import type { Estate } from './estate';
import { isDetailNode, type DetailNode } from './nodes';
import { descriptorOf, type DetailKind } from './rows';
import type { SessionAccess } from './sessionAccess';
import { WriteAccess } from './writeAccess';

export interface DetailsLog {
  info(message: string): void;
  warn(message: string): void;
}


export class DetailLoader {
  private privileges: Promise<void> | undefined;
  /** Whose privileges `estate.access` holds: another user signing in reads theirs. */
  private accessFor: string | undefined;
  private readonly inFlight = new Map<DetailNode, Promise<void>>();

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

  /** Reads what `node`'s kind reads on first expand (backups, reverse DNS), if it is not read yet. */
  load(node: DetailNode): Promise<void> {
    const lazy = descriptorOf(node.kind).lazy;
    const brain = this.deps.session.brain;
    if (!lazy || lazy.done(node) || !brain) return Promise.resolve();
    let p = this.inFlight.get(node);
    if (!p) {
      p = lazy.read(node, { brain, warn: (m) => this.deps.log.warn(m) })
        .then(() => this.deps.estate.detailRows.markLoaded(node))
        .finally(() => this.inFlight.delete(node));
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
    // Keyed by the kind of session too: the same user's API key holds other privileges.
    const whose = `${user}${session.usesApiKey === true ? ' (API key)' : ''}`;
    if (this.accessFor !== whose) this.privileges = undefined;
    if (estate.access.known && this.accessFor === whose) return Promise.resolve();
    this.accessFor = whose;
    this.privileges ??= (async () => {
      try {
        const access = WriteAccess.of(await brain.privileges.list(), user, session.usesApiKey === true);
        if (estate.status === 'loaded' && username() === user) estate.setAccess(access);
        if (!access.any) this.deps.log.info(`${user} may not change anything here (no admin privileges): write actions are hidden.`);
      } catch (err) {
        // Without them nothing is hidden; a write the brain refuses says so clearly.
        this.deps.log.warn(`Could not read your privileges (${errorMessage(err)}); all actions stay in the menus.`);
      }
    })();
    return this.privileges;
  }
}

/** The rows of one kind under a server (its discs, addresses, backups or schedules), reading what must be read to find them: the palette's choices. */
export async function rowsOfKind(estate: Estate, loader: DetailLoader, vmId: number, kind: DetailKind): Promise<DetailNode[]> {
  const server = estate.server(vmId);
  if (!server) return [];
  const found: DetailNode[] = [];
  // Down only the rows that can hold the kind, reading a row's data only where its children come from it.
  const walk = async (nodes: readonly unknown[]): Promise<void> => {
    for (const n of nodes) {
      if (!isDetailNode(n)) continue;
      if (n.kind === kind) found.push(n);
      else if (leadsTo(n.kind, kind)) {
        if (descriptorOf(n.kind).lazy?.childrenNeedIt) await loader.load(n);
        await walk(estate.children(n));
      }
    }
  };
  await walk(estate.children(server));
  return found;
}

function leadsTo(from: DetailKind, to: DetailKind): boolean {
  return (descriptorOf(from).holds ?? []).some((k) => k === to || leadsTo(k, to));
}
