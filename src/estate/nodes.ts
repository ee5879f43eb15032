// The tree's node objects. They are plain data (no vscode import) so the estate and its diffing
// can be tested as ordinary objects; the tree provider turns them into TreeItems.
import type { Backup } from '../api/resourceSchemas';
import type { Account, BackupSchedule, Disc, Group, VirtualMachine } from '../api/schemas';
import type { HealthResult } from '../model/health';
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
  /** The appliance (`rescue`) it was started into from here, until it is next off (PowerFacts.appliance). */
  appliance?: string;
  /** Its health read over SSH (estate/health.ts) when that is on and it was shown: `at` 0 and no result while first read. */
  health?: { at: number; result?: HealthResult };
}

/** A running server's "Health" row: load, memory and discs read over SSH (its server's `health`). */
export interface HealthNode {
  readonly kind: 'health';
  readonly id: string; // `health:<vm id>`
  readonly parent: ServerNode;
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

/** A server's "Discs" row; its discs come from the overview, so expanding it asks nothing. */
export interface DiscsNode {
  readonly kind: 'discs';
  readonly id: string; // `discs:<vm id>`
  readonly parent: ServerNode;
}

export interface DiscNode {
  readonly kind: 'disc';
  readonly id: string; // `disc:<disc id>`
  parent: DiscsNode;
  disc: Disc;
  /** The server's first disc (the system): it cannot move to another server. */
  root: boolean;
  busy?: string;
}

/** A disc's "Backups" row: the list is one GET, read when first expanded and kept until the next refresh. */
export interface BackupsNode {
  readonly kind: 'backups';
  readonly id: string; // `backups:<disc id>`
  parent: DiscNode;
  /** Undefined until read. */
  backups?: Backup[];
  /** Why they could not be read. */
  error?: string;
}

export interface BackupNode {
  readonly kind: 'backup';
  readonly id: string; // `backup:<disc id>:<backup id>`
  parent: BackupsNode;
  backup: Backup;
}

export interface ScheduleNode {
  readonly kind: 'schedule';
  readonly id: string; // `schedule:<disc id>:<schedule id>`
  parent: DiscNode;
  schedule: BackupSchedule;
}

/** A server's "Network" row: reverse DNS is read (one GET per address) when first expanded. */
export interface NetworkNode {
  readonly kind: 'network';
  readonly id: string; // `network:<vm id>`
  readonly parent: ServerNode;
  /** Address → its reverse DNS (null: none; undefined in the map: could not be read). Undefined until read. */
  rdns?: Map<string, string | null>;
  error?: string;
}

export interface IpNode {
  readonly kind: 'ip';
  readonly id: string; // `ip:<vm id>:<address>`
  parent: NetworkNode;
  ip: string;
  /** ipv4 / ipv6 are a NIC's own addresses; extra ones are routed via `routedVia`. */
  family: 'ipv4' | 'ipv6' | 'extra';
  nic: string;
  primary: boolean;
  routedVia?: string;
  busy?: string;
}

/** The rows under a server; `busy` says what is changing one (shown spinning until it settles). */
export type DetailNode = (HealthNode | DiscsNode | DiscNode | BackupsNode | BackupNode | ScheduleNode | NetworkNode | IpNode) & { busy?: string };

export type EstateNode = AccountNode | GroupNode | ServerNode | PlaceholderNode | ErrorNode | ProblemNode | DetailNode;

const DETAIL_KINDS: ReadonlySet<string> = new Set(['health', 'discs', 'disc', 'backups', 'backup', 'schedule', 'network', 'ip']);

export function isDetailNode(x: unknown): x is DetailNode {
  return typeof x === 'object' && x !== null && DETAIL_KINDS.has(String((x as { kind?: unknown }).kind)) && 'parent' in x;
}

/** The server a row under it belongs to. */
export function serverOf(node: DetailNode): ServerNode {
  let n: DetailNode | ServerNode = node;
  while (n.kind !== 'server') n = n.parent;
  return n;
}

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
