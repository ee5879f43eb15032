// Backups, backup schedules, extra IPs and reverse DNS: what the brain keeps beside servers.
import type { SimBackup, SimDisc, SimNic, SimSchedule, SimServer } from './types';

export class Resources {
  /** Reverse DNS set through PUT /ips/{ip}; addresses not here have the default. */
  readonly rdns = new Map<string, string>();
  private nextBackupId = 9001;
  private nextScheduleId = 301;
  private nextExtraIp = 10;
  private readonly inProgress = new Set<SimBackup>();

  constructor(private readonly vms: Map<number, SimServer>) {}

  /** The disc and its server, by disc id, across the cluster. */
  discById(id: number): { server: SimServer; disc: SimDisc } | undefined {
    for (const server of this.vms.values()) {
      const disc = server.discs.find((d) => d.id === id);
      if (disc) return { server, disc };
    }
    return undefined;
  }

  /**
   * A backup of the disc. With `coldAt` in the future it is in progress until then: on the disc's
   * own grade and pool, then moved to `iceberg` (bigv-api.md §B.6: "Backups move to the `iceberg`
   * grade"; the official CLI prints a backup not yet on that grade as "(in progress)", [BC
   * lib/brain/backup.go] `OnColdStorage`: backups "are taken on the same tail as the disc, and then
   * migrated to a different storage grade"). Without it (the seed) it is already cold.
   */
  addBackup(d: SimDisc, manual: boolean, coldAt?: number): SimBackup {
    const id = this.nextBackupId++;
    const b: SimBackup = {
      id, label: `backup-${id}`, size: d.size, storage_grade: 'iceberg', storage_pool: 'iceberg1',
      parent_disc_id: d.id, manual, created_at: new Date().toISOString(),
    };
    if (coldAt !== undefined) {
      Object.assign(b, { storage_grade: d.storage_grade, storage_pool: d.storage_pool, coldAt });
      this.inProgress.add(b);
      this.settleBackups();
    }
    (d.backups ??= []).push(b);
    return b;
  }

  /** Backups whose time has come reach cold storage (lazily, like the power transitions). */
  settleBackups(now = Date.now()): void {
    for (const b of this.inProgress) {
      if (now < b.coldAt!) continue;
      b.storage_grade = 'iceberg';
      b.storage_pool = 'iceberg1';
      b.coldAt = undefined;
      this.inProgress.delete(b);
    }
  }

  addSchedule(d: SimDisc, spec: Omit<SimSchedule, 'id'>): SimSchedule {
    const sch: SimSchedule = { id: this.nextScheduleId++, ...spec };
    (d.backup_schedules ??= []).push(sch);
    return sch;
  }

  /** A fresh public IPv4 from the simulator's pool for extra addresses. */
  allocateIp(): string {
    for (;;) {
      const n = this.nextExtraIp++;
      const ip = `46.43.${200 + (n >> 8)}.${n & 0xff}`;
      if (!this.ipOwner(ip)) return ip;
    }
  }

  /** The server and NIC an address is on (primary or extra), if any. */
  ipOwner(ip: string): { server: SimServer; nic: SimNic; extra: boolean } | undefined {
    for (const server of this.vms.values()) {
      for (const nic of server.network_interfaces) {
        if (nic.ips.includes(ip)) return { server, nic, extra: false };
        if (Object.prototype.hasOwnProperty.call(nic.extra_ips, ip)) return { server, nic, extra: true };
      }
    }
    return undefined;
  }

  rdnsOf(ip: string): string {
    const set = this.rdns.get(ip);
    if (set !== undefined) return set;
    const owner = this.ipOwner(ip);
    if (owner && !owner.extra && ip.includes('.')) return owner.server.hostname;
    return `${ip.replace(/[.:]+/g, '-')}.no-rdns.bytemark.co.uk`;
  }
}
