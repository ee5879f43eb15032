// Backups of a disc (snapshots in cold storage) and backup schedules.
import { seg } from '../paths';
import { BackupScheduleSchema, type BackupSchedule } from '../schemas';
import { BackupListSchema, BackupSchema, type Backup } from '../resourceSchemas';
import type { CallOptions } from '../types';
import type { BrainCaller } from './caller';
import { describeDisc, discPath, type BackupScheduleSpec, type DiscRef } from './refs';

export class BackupsApi {
  constructor(private readonly c: BrainCaller) {}

  list(disc: DiscRef, o?: CallOptions): Promise<Backup[]> {
    return this.c.json({ method: 'GET', path: `${discPath(disc)}/backups`, action: `list the backups of ${describeDisc(disc)}` }, BackupListSchema, 'backups', o);
  }

  /** Takes a backup now (no body, as the Go client sends). */
  create(disc: DiscRef, o?: CallOptions): Promise<Backup | undefined> {
    return this.c.maybeJson({ method: 'POST', path: `${discPath(disc)}/backups`, action: `back up ${describeDisc(disc)}` }, BackupSchema, 'backup', o);
  }

  /** `PUT {"restore": true}`: the disc goes back to the backup's contents. Stop the server first. */
  restore(disc: DiscRef, backup: string | number, o?: CallOptions): Promise<void> {
    return this.c.send({ method: 'PUT', path: `${discPath(disc)}/backups/${seg(backup)}`, action: `restore ${describeDisc(disc)} from backup ${backup}`, body: { restore: true } }, o);
  }

  delete(disc: DiscRef, backup: string | number, o?: CallOptions): Promise<void> {
    return this.c.send({ method: 'DELETE', path: `${discPath(disc)}/backups/${seg(backup)}?purge=true`, action: `delete backup ${backup} of ${describeDisc(disc)}` }, o);
  }

  /** A schedule: the first backup at `start_at`, then every `interval_seconds`, keeping `capacity`. */
  schedule(disc: DiscRef, spec: BackupScheduleSpec, o?: CallOptions): Promise<BackupSchedule | undefined> {
    return this.c.maybeJson(
      { method: 'POST', path: `${discPath(disc)}/backup_schedules`, action: `schedule backups of ${describeDisc(disc)}`, body: spec },
      BackupScheduleSchema, 'schedule', o,
    );
  }

  unschedule(disc: DiscRef, scheduleId: number, o?: CallOptions): Promise<void> {
    return this.c.send({ method: 'DELETE', path: `${discPath(disc)}/backup_schedules/${seg(scheduleId)}`, action: `remove backup schedule #${scheduleId} of ${describeDisc(disc)}` }, o);
  }
}
