// A server as an action sees it: enough to address it in the API and to name it to a person.
import type { ServerRef, VirtualMachine } from '../api';
import type { PendingAction } from './serverState';

export interface ServerTarget {
  /** By ids, so a rename in between cannot redirect the call: { account, group, server }. */
  ref: ServerRef;
  vm: VirtualMachine;
  /** What the tree shows the server doing, if anything; the state model counts it. */
  pending?: PendingAction;
  /** The appliance it runs, as far as this window knows (PowerFacts.appliance). */
  appliance?: string;
  accountName: string;
  groupName: string;
  /** `name.group.account`, the notation the Go CLI uses and the quick pick searches. */
  fullName: string;
}
