// Re-reads single servers into the estate: after an action, for a poll, and when a command
// needs fresher data than the tree has. One GET per server, never the whole overview; many
// changing servers of one account are polled with one read of that account (pollMany.ts).
import { NotFoundError, UnauthorizedError, type VirtualMachine } from '../api';
import type { ServerTarget } from '../model/target';
import type { Estate } from './estate';
import { reloadServer } from './fetchers';
import { pollMany } from './pollMany';
import type { PollOutcome } from './poller';
import type { SessionAccess } from './sessionAccess';

export interface ReaderDeps {
  session: SessionAccess;
  estate: Estate;
  log: { info(message: string): void };
  /** A read failed for a reason the user should hear about (not a 401, not a 404). */
  onError(target: ServerTarget, err: unknown): void;
}

export class ServerReader {
  constructor(private readonly deps: ReaderDeps) {}

  /** The server's current state, folded into the tree; undefined when it is gone or unreadable. */
  async refresh(target: ServerTarget): Promise<VirtualMachine | undefined> {
    const { session, estate } = this.deps;
    const brain = session.brain;
    if (!brain) return undefined;
    const epoch = session.epoch.current;
    try {
      if (!estate.server(target.vm.id)) {
        // Not in the tree (deleted while hidden, say): read it anyway, the caller wants its state.
        const vm = await brain.getServer(target.ref);
        estate.patchServer(vm);
        return vm;
      }
      const result = await reloadServer(brain, estate, target.vm.id);
      if (result !== 'gone') return result;
      this.deps.log.info(`${target.fullName} no longer exists (or is no longer visible); removed from the tree.`);
    } catch (err) {
      if (err instanceof UnauthorizedError) await session.handleUnauthorized(epoch);
      else if (!(err instanceof NotFoundError)) this.deps.onError(target, err);
    }
    return undefined;
  }

  /** One poll of one server, for the poller: a thrown error keeps it in the poll set. */
  async poll(id: number): Promise<{ value: VirtualMachine } | 'gone'> {
    const { session, estate } = this.deps;
    const brain = session.brain;
    if (!brain) throw new Error('signed out');
    const epoch = session.epoch.current;
    try {
      const result = await reloadServer(brain, estate, id);
      return result === 'gone' ? 'gone' : { value: result };
    } catch (err) {
      if (err instanceof UnauthorizedError) void session.handleUnauthorized(epoch);
      throw err;
    }
  }

  /** One tick's reads for the poller: one request per account with many changing servers, `limit` at a time. */
  pollMany(ids: readonly number[], wanted: (id: number) => boolean, limit = 4): Promise<Map<number, PollOutcome<VirtualMachine>>> {
    return pollMany({ session: this.deps.session, estate: this.deps.estate, pollOne: (id) => this.poll(id) }, ids, wanted, limit);
  }
}
