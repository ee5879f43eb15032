// The poller's read of many changing servers: one request per account instead of one per server,
// so a bulk action on a thousand servers costs a request per account per tick. An account with
// only a few changing servers is still read server by server (a small answer beats a whole
// account's). Every request goes through one bounded pool: never more than `limit` in flight.
import { NotFoundError, UnauthorizedError, type VirtualMachine } from '../api';
import type { Estate } from './estate';
import { reloadAccountServers } from './fetchers';
import type { PollOutcome, PollResult } from './poller';
import { mapLimited } from './pool';
import type { SessionAccess } from './sessionAccess';

/** Up to this many changing servers of one account are read one by one; more, with one account read. */
export const ONE_BY_ONE_UP_TO = 3;

export interface PollManyDeps {
  session: SessionAccess;
  estate: Estate;
  /** One server's read (the reader's), for accounts with few changing servers. */
  pollOne(id: number): Promise<PollResult<VirtualMachine>>;
}

type Job = { id: number } | { account: number; ids: number[] };

export async function pollMany(deps: PollManyDeps, ids: readonly number[], wanted: (id: number) => boolean, limit: number): Promise<Map<number, PollOutcome<VirtualMachine>>> {
  const out = new Map<number, PollOutcome<VirtualMachine>>();
  const byAccount = new Map<number, number[]>();
  for (const id of ids) {
    const node = deps.estate.server(id);
    if (!node) {
      out.set(id, 'gone');
      continue;
    }
    const account = node.parent.parent.account.id;
    const list = byAccount.get(account);
    if (list) list.push(id);
    else byAccount.set(account, [id]);
  }
  const jobs: Job[] = [];
  for (const [account, list] of byAccount) {
    if (list.length <= ONE_BY_ONE_UP_TO) for (const id of list) jobs.push({ id });
    else jobs.push({ account, ids: list });
  }
  const one = async (id: number): Promise<void> => {
    // Left the poll set while it waited its turn: nothing to read.
    if (!wanted(id)) return;
    try {
      out.set(id, await deps.pollOne(id));
    } catch (error) {
      out.set(id, { error });
    }
  };
  await mapLimited(jobs, limit, async (job) => {
    if ('id' in job) return one(job.id);
    const still = job.ids.filter(wanted);
    if (still.length === 0) return;
    const brain = deps.session.brain;
    if (!brain) {
      for (const id of still) out.set(id, { error: new Error('signed out') });
      return;
    }
    const epoch = deps.session.epoch.current;
    try {
      const found = await reloadAccountServers(brain, deps.estate, job.account, still);
      for (const [id, r] of found) out.set(id, r instanceof Error ? { error: r } : r === 'gone' ? 'gone' : { value: r });
    } catch (error) {
      // The account itself is out of sight (a user who sees only some of its servers, say):
      // what a server read says about each is what counts, so nothing is dropped on this answer.
      if (error instanceof NotFoundError) {
        for (const id of still) await one(id);
        return;
      }
      if (error instanceof UnauthorizedError) void deps.session.handleUnauthorized(epoch);
      for (const id of still) out.set(id, { error });
    }
  });
  return out;
}
