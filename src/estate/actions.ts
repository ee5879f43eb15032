// An action on one server or many, on the one runner (runner.ts): what is particular to servers
// is the pending state the state model names, the read-back after the call, and the wait until
// the state model says the server has settled (the poller). No vscode import.
import type { BrainClient, VirtualMachine } from '../api';
import type { ServerAction } from '../model/serverState';
import { undoOfAction, type UndoStep } from '../model/undoSteps';
import { ENDS_APPLIANCE, PENDING, SETTLED_WHEN } from '../model/serverWaits';
import type { ServerTarget } from '../model/target';
import type { Estate } from './estate';
import type { ServerReader } from './reader';
import type { Poller } from './poller';
import type { Job, JobOutcome, Runner } from './runner';
import { seenDone } from './uncertain';

export interface ActionSpec {
  /** Decides the pending state shown meanwhile and the condition waited for afterwards. */
  action: ServerAction;
  /** "Stopping web1.default.demo": the progress title and the log line. */
  title(target: ServerTarget): string;
  /** "Stopping 3 servers": the title of the action on several. */
  titleMany?(count: number): string;
  /** The short outcome shown when it worked ("Stopped web1.default.demo"); undefined when the command says it itself. */
  done(target: ServerTarget): string | undefined;
  call(brain: BrainClient, target: ServerTarget, signal: AbortSignal): Promise<unknown>;
  /** The server is gone for good afterwards (purge): drop it instead of re-reading it. */
  removed?: boolean;
  /** Say the outcome in a notification rather than the status bar: rare, consequential actions. */
  announce?: boolean;
  /** The appliance the server runs once this has worked (`rescue`): the API never says (PowerFacts.appliance). */
  startsAppliance?: string;
  /** Whether a server read back after a lost answer shows this change made (e.g. the new name); see `seenDone`. */
  seenDone?(vm: VirtualMachine, target: ServerTarget): boolean;
  /** How the Activity log undoes it; by default `undoOfAction` from the server as it was (`target.vm`); null: not at all. */
  undo?(target: ServerTarget): UndoStep | null;
}

export type Outcome = JobOutcome<ServerTarget>;

/** Server actions on the one runner: the server's pending state, its read-back, and the wait until it settles. */
export class ActionRunner {
  /** The runner underneath, for jobs on anything else (discs, groups, keys): one queue of progress and renewal for all. */
  get jobs(): Runner {
    return this.deps.runner;
  }

  constructor(
    private readonly deps: {
      runner: Runner;
      estate: Estate;
      poller: Poller<VirtualMachine>;
      reader: ServerReader;
    },
  ) {}

  /** Resolves with one outcome per target, in the order given; `actor` is who acts (CommandContext.actor). */
  run(targets: readonly ServerTarget[], spec: ActionSpec, actor?: string): Promise<Outcome[]> {
    return this.deps.runner.run(targets, this.job(spec), (t) => t.fullName, actor);
  }

  private job(spec: ActionSpec): Job<ServerTarget> {
    const { estate, poller, reader } = this.deps;
    const pending = PENDING[spec.action];
    return {
      key: (t) => `server:${t.vm.id}`,
      title: spec.title,
      ...(spec.titleMany ? { titleMany: spec.titleMany } : {}),
      done: spec.done,
      call: spec.call,
      announce: spec.announce,
      server: (t) => ({ id: t.vm.id, ref: t.ref }),
      // `target.vm` is the server as resolved before the call (a read replaces a node's vm, never changes it).
      undo: (t) => (spec.undo ? spec.undo(t) ?? undefined : undoOfAction(spec.action, t.vm)),
      begin: (t) => {
        poller.delete(t.vm.id);
        const node = estate.server(t.vm.id);
        if (node && ENDS_APPLIANCE.has(spec.action)) delete node.appliance;
        if (pending) estate.setPending(t.vm.id, pending);
      },
      end: (t) => estate.setPending(t.vm.id, undefined),
      refresh: (t) => reader.refresh(t),
      confirm: async (t) => {
        const vm = await reader.refresh(t);
        return vm !== undefined && (spec.seenDone ? spec.seenDone(vm, t) : seenDone(spec.action, t.vm, vm) === true);
      },
      settle: async (t, current) => {
        const id = t.vm.id;
        if (spec.removed) {
          estate.removeServer(id);
          return;
        }
        const node = estate.server(id);
        if (node && spec.startsAppliance !== undefined) node.appliance = spec.startsAppliance;
        const vm = await reader.refresh(t);
        if (!current()) return;
        const settledWhen = SETTLED_WHEN[spec.action];
        if (!vm || !settledWhen || settledWhen(vm)) estate.setPending(id, undefined);
        else poller.add(id, settledWhen);
      },
    };
  }
}
