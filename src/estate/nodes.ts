// The tree's node objects. They are plain data (no vscode import) so the estate and its diffing
// can be tested as ordinary objects; the tree provider turns them into TreeItems.
import type { Account, Group, VirtualMachine } from '../api/schemas';
import type { PendingAction } from '../model/serverState';

// Key remapping rather than Omit: Omit on these loose (index-signature) types would drop the known keys.
type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };
export type AccountInfo = Without<Account, 'groups'>;
export type GroupInfo = Without<Group, 'virtual_machines'>;

export interface AccountNode {
  readonly kind: 'account';
  readonly id: string; // `account:<id>`
  account: AccountInfo;
  groups: GroupNode[];
  problems?: ProblemNode[];
}

export interface GroupNode {
  readonly kind: 'group';
  readonly id: string; // `group:<id>`
  group: GroupInfo;
  parent: AccountNode;
  servers: ServerNode[];
  problems?: ProblemNode[];
}

export interface ServerNode {
  readonly kind: 'server';
  readonly id: string; // `server:<id>`
  vm: VirtualMachine;
  parent: GroupNode;
  /** What the user just asked for; shown until the server settles. */
  pending?: PendingAction;
}

/** A quiet child of an empty account or group. */
export interface PlaceholderNode {
  readonly kind: 'placeholder';
  readonly id: string; // `placeholder:<parent id>` (or `placeholder:root`)
  readonly parent: AccountNode | GroupNode | undefined;
  readonly label: string;
}

/** The tree's only child when loading failed: says why and offers a retry. */
export interface ErrorNode {
  readonly kind: 'error';
  readonly id: 'error';
  message: string;
  detail: string;
}

/**
 * An item of the API's answer that could not be shown (a repeated id, data that cannot be read):
 * one marked row with the reason, so the rest of the tree still shows.
 */
export interface ProblemNode {
  readonly kind: 'problem';
  readonly id: string; // `problem:<parent id>:<n>`
  readonly parent: AccountNode | GroupNode | undefined;
  readonly label: string;
  readonly reason: string;
}

export type EstateNode = AccountNode | GroupNode | ServerNode | PlaceholderNode | ErrorNode | ProblemNode;

export const accountId = (id: number): string => `account:${id}`;
export const groupId = (id: number): string => `group:${id}`;
export const serverId = (id: number): string => `server:${id}`;

export function isServerNode(x: unknown): x is ServerNode {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'server' && 'vm' in x && 'parent' in x;
}

/** `name.group.account`, the notation of the Go CLI. */
export function fullName(node: ServerNode): string {
  return `${node.vm.name}.${node.parent.group.name}.${node.parent.parent.account.name}`;
}
