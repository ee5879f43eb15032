// Every kind of row under a server, by kind; the rows directly under a server, in order.
import type { DetailNode } from '../nodes';
import { backupRow } from './backup';
import { backupsRow } from './backups';
import { discRow } from './disc';
import { discsRow } from './discs';
import { ipRow } from './ip';
import { networkRow } from './network';
import type { DetailKind, NodeOf, RowDescriptor } from './row';
import { scheduleRow } from './schedule';

export const ROWS: { readonly [K in DetailKind]: RowDescriptor<K> } = {
  discs: discsRow,
  disc: discRow,
  backups: backupsRow,
  backup: backupRow,
  schedule: scheduleRow,
  network: networkRow,
  ip: ipRow,
};

/** Under every server, in this order. */
export const SERVER_ROWS = ['discs', 'network'] as const satisfies readonly DetailKind[];

/**
 * The descriptor of a node's kind, taking any row. Sound because ROWS is keyed by kind and each
 * descriptor is called only with a node of that kind; TypeScript cannot relate the two unions itself.
 */
export function rowOf(node: DetailNode): RowDescriptor<DetailKind> {
  return ROWS[node.kind] as unknown as RowDescriptor<DetailKind>;
}

/** The descriptor of a kind, taking any row of it (see rowOf). */
export function rowKind(kind: DetailKind): RowDescriptor<DetailKind> {
  return ROWS[kind] as unknown as RowDescriptor<DetailKind>;
}

export type { DetailKind, NodeOf, RowDescriptor };
