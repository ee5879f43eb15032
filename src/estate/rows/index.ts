// Every kind of row under a server, by kind; the rows directly under a server, in order.
import { backupRow } from './backup';
import { backupsRow } from './backups';
import { discRow } from './disc';
import { discsRow } from './discs';
import { healthRow } from './health';
import { ipRow } from './ip';
import { networkRow } from './network';
import type { DetailKind, NodeOf, RowDescriptor } from './row';
import { scheduleRow } from './schedule';

export const ROWS: { readonly [K in DetailKind]: RowDescriptor<K> } = {
  health: healthRow,
  discs: discsRow,
  disc: discRow,
  backups: backupsRow,
  backup: backupRow,
  schedule: scheduleRow,
  network: networkRow,
  ip: ipRow,
};

/** Under every server, in this order. */
export const SERVER_ROWS = ['health', 'discs', 'network'] as const satisfies readonly DetailKind[];

/**
 * The descriptor of a kind, taking any row of it. Sound because ROWS is keyed by kind and a
 * descriptor is called only with a node of its kind; TypeScript cannot relate the two unions itself.
 */
export function descriptorOf(kind: DetailKind): RowDescriptor<DetailKind> {
  return ROWS[kind] as unknown as RowDescriptor<DetailKind>;
}

export type { DetailKind, NodeOf, RowDescriptor };
