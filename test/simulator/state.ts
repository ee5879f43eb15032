/*
 * In-memory model of one brain cluster, and the power model.
 *
 * Power is the two booleans of the real API, and the fields stay honest: a PUT records the
 * requested booleans at once (the brain stores the desired state). Only the things that take
 * time on a real cluster take `transitionMs` here:
 *
 *   restart   PUT {autoreboot_on:true, power_on:false}: power_on reads false for transitionMs,
 *             then the server comes back by itself (power_on:true), unless autoreboot_on was
 *             cleared in the meantime, in which case it stays off.
 *   powerdown ACPI signal: power_on stays true for transitionMs (the guest is shutting down),
 *             then: autoreboot_on false → power_on:false; autoreboot_on true → it rebooted and
 *             stays on. autoreboot_on is read when the shutdown completes, so the Go client's
 *             "PUT {autoreboot_on:false}, then powerdown" and the reverse order both stay off.
 *   reimage   only when off; stays off for transitionMs, then powers on with
 *             autoreboot_on:false and last_imaged_with set (what the docs promise).
 *   reset     instant reboot inside the same QEMU process: nothing observable changes.
 *   backup    a new backup is on the disc's own grade ("in progress") for transitionMs, then
 *             `iceberg` (resources.ts); restoring one first takes a backup of the disc.
 *
 * Start, stop, delete and undelete are immediate. Setting autoreboot_on alone on a stopped server
 * does not start it: autoreboot acts when a server goes off, not while it is off. `head` is null while a server is off, as in
 * the docs' example of a stopped server.
 *
 * Transitions are settled lazily (whenever a server is looked at) rather than by timers, so a
 * stopped simulator leaves nothing scheduled and 5000 servers cost nothing while idle.
 */
import { People } from './people';
import { Resources } from './resources';
import type { SimAccount, SimBackup, SimGroup, SimServer, SimDisc, SimNic, PendingTransition } from './types';

export const CLUSTER_DOMAIN = 'uk0.bigv.io';

export interface NewServer {
  name: string;
  power_on: boolean;
  autoreboot_on?: boolean;
  deleted?: boolean;
  cores: number;
  memory: number;
  head: string;
  zone_name: string;
  management_address: string;
  cdrom_url?: string | null;
  keymap?: string | null;
  hardware_profile?: string;
  hardware_profile_locked?: boolean;
  last_imaged_with?: string | null;
  discs: Array<Omit<SimDisc, 'id' | 'virtual_machine_id'>>;
  nics: Array<Omit<SimNic, 'id' | 'virtual_machine_id'>>;
}

export interface SimState {
  /** By names (not ids); settles any finished transition first. */
  findServer(account: string, group: string, server: string): SimServer | undefined;
  servers(): SimServer[];
  /** Users, privileges and API keys as the brain holds them. */
  readonly people: People;
  /** Reverse DNS set through PUT /ips/{ip}. */
  readonly rdns: Map<string, string>;
}

export class State implements SimState {
  readonly accounts = new Map<number, SimAccount>();
  readonly groups = new Map<number, SimGroup>();
  readonly vms = new Map<number, SimServer>();
  private readonly vmsByGroup = new Map<number, Map<number, SimServer>>();
  private nextAccountId = 11;
  private nextGroupId = 101;
  private nextVmId = 1201;
  private nextDiscId = 5001;
  private nextNicId = 7001;
  /** Backups, schedules, extra IPs and reverse DNS (resources.ts). */
  readonly res = new Resources(this.vms);
  get rdns(): Map<string, string> {
    return this.res.rdns;
  }
  /** Users, privileges and API keys. */
  readonly people = new People();

  constructor(public transitionMs: number, readonly managementAddressOverride?: string) {}

  // ---- building ----

  addAccount(name: string): SimAccount {
    const a: SimAccount = { id: this.nextAccountId++, name, suspended: false };
    this.accounts.set(a.id, a);
    return a;
  }

  addGroup(account: SimAccount, name: string): SimGroup {
    const g: SimGroup = { id: this.nextGroupId++, account_id: account.id, name };
    this.groups.set(g.id, g);
    this.vmsByGroup.set(g.id, new Map());
    return g;
  }

  addServer(group: SimGroup, spec: NewServer): SimServer {
    const id = this.nextVmId++;
    const on = spec.power_on && !spec.deleted;
    const s: SimServer = {
      id,
      name: spec.name,
      group_id: group.id,
      power_on: on,
      autoreboot_on: spec.autoreboot_on ?? on,
      deleted: spec.deleted ?? false,
      cores: spec.cores,
      memory: spec.memory,
      hostname: this.hostnameFor(spec.name, group),
      management_address: this.managementAddressOverride ?? spec.management_address,
      head: on ? spec.head : null,
      cdrom_url: spec.cdrom_url ?? null,
      keymap: spec.keymap ?? null,
      hardware_profile: spec.hardware_profile ?? 'virtio2013',
      hardware_profile_locked: spec.hardware_profile_locked ?? false,
      zone_name: spec.zone_name,
      last_imaged_with: spec.last_imaged_with ?? null,
      discs: spec.discs.map((d) => ({ ...d, id: this.nextDiscId++, virtual_machine_id: id, backups: [], backup_schedules: [] })),
      network_interfaces: spec.nics.map((n) => ({ ...n, id: this.nextNicId++, virtual_machine_id: id })),
      homeHead: spec.head,
      signals: [],
      sentKeys: [],
    };
    this.vms.set(id, s);
    this.vmsByGroup.get(group.id)!.set(id, s);
    return s;
  }

  hostnameFor(name: string, group: SimGroup): string {
    const account = this.accounts.get(group.account_id)!;
    return `${name}.${group.name}.${account.name}.${CLUSTER_DOMAIN}`;
  }

  // ---- lookup (ids or names, as the API allows) ----

  accountByRef(ref: string): SimAccount | undefined {
    if (/^\d+$/.test(ref)) {
      const byId = this.accounts.get(Number(ref));
      if (byId) return byId;
    }
    for (const a of this.accounts.values()) if (a.name === ref) return a;
    return undefined;
  }

  groupsOf(accountId: number): SimGroup[] {
    return [...this.groups.values()].filter((g) => g.account_id === accountId);
  }

  groupByRef(account: SimAccount, ref: string): SimGroup | undefined {
    if (/^\d+$/.test(ref)) {
      const byId = this.groups.get(Number(ref));
      if (byId && byId.account_id === account.id) return byId;
    }
    for (const g of this.groups.values()) if (g.account_id === account.id && g.name === ref) return g;
    return undefined;
  }

  /** Servers of a group, settled; deleted ones only when asked for. */
  serversIn(groupId: number, includeDeleted: boolean): SimServer[] {
    const out: SimServer[] = [];
    const now = Date.now();
    for (const s of this.vmsByGroup.get(groupId)?.values() ?? []) {
      this.settle(s, now);
      if (includeDeleted || !s.deleted) out.push(s);
    }
    return out;
  }

  serverByRef(group: SimGroup, ref: string): SimServer | undefined {
    const inGroup = this.vmsByGroup.get(group.id);
    if (!inGroup) return undefined;
    let found: SimServer | undefined;
    if (/^\d+$/.test(ref)) found = inGroup.get(Number(ref));
    if (!found) for (const s of inGroup.values()) if (s.name === ref) { found = s; break; }
    if (found) this.settle(found);
    return found;
  }

  serverById(id: number): SimServer | undefined {
    const s = this.vms.get(id);
    if (s) this.settle(s);
    return s;
  }

  findServer(account: string, group: string, server: string): SimServer | undefined {
    const a = [...this.accounts.values()].find((x) => x.name === account);
    const g = a && [...this.groups.values()].find((x) => x.account_id === a.id && x.name === group);
    const s = g && [...(this.vmsByGroup.get(g.id)?.values() ?? [])].find((x) => x.name === server);
    if (s) this.settle(s);
    return s;
  }

  servers(): SimServer[] {
    const now = Date.now();
    const all = [...this.vms.values()];
    for (const s of all) this.settle(s, now);
    return all;
  }

  // ---- transitions ----

  settle(s: SimServer, now = Date.now()): void {
    this.res.settleBackups(now);
    const p = s.pending;
    if (!p || now < p.until) return;
    s.pending = undefined;
    if (s.deleted) return;
    switch (p.kind) {
      case 'restart':
        if (!s.power_on && s.autoreboot_on) this.setPower(s, true);
        break;
      case 'powerdown':
        if (s.power_on && !s.autoreboot_on) this.setPower(s, false);
        break;
      case 'create':
        if (p.distribution) s.last_imaged_with = p.distribution;
        if (p.powerOn) this.setPower(s, true);
        break;
      case 'reimage':
        s.last_imaged_with = p.distribution ?? s.last_imaged_with;
        s.autoreboot_on = false;
        this.setPower(s, true);
        break;
    }
  }

  private setPower(s: SimServer, on: boolean): void {
    s.power_on = on;
    s.head = on ? s.homeHead : null;
  }

  private begin(s: SimServer, kind: PendingTransition['kind'], extra: Partial<PendingTransition> = {}): void {
    s.pending = { kind, until: Date.now() + this.transitionMs, ...extra };
    this.settle(s); // a transitionMs of 0 completes at once
  }

  /** Apply the power booleans of a (validated) PUT. */
  applyPower(s: SimServer, power_on: boolean | undefined, autoreboot_on: boolean | undefined): void {
    if (autoreboot_on !== undefined) s.autoreboot_on = autoreboot_on;
    if (power_on === true) {
      if (!s.power_on) this.setPower(s, true);
      if (s.pending?.kind === 'restart') s.pending = undefined;
    } else if (power_on === false) {
      if (s.power_on) this.setPower(s, false);
      if (s.pending?.kind === 'powerdown') s.pending = undefined;
      // "Reboot = autoreboot_on:true, power_on:false": the mains goes off, then autoreboot brings it back.
      if (s.autoreboot_on) this.begin(s, 'restart');
    }
  }

  isReimaging(s: SimServer): boolean {
    return s.pending?.kind === 'reimage' || s.pending?.kind === 'create';
  }

  /** A new server is built (and imaged, if asked) in the background; it powers on when done if asked. */
  provision(s: SimServer, distribution: string | undefined, powerOn: boolean): void {
    this.begin(s, 'create', { ...(distribution ? { distribution } : {}), powerOn });
  }

  // ---- groups and discs ----

  renameGroup(g: SimGroup, name: string): void {
    g.name = name;
    for (const s of this.vmsByGroup.get(g.id)?.values() ?? []) s.hostname = this.hostnameFor(s.name, g);
  }

  removeGroup(g: SimGroup): void {
    this.groups.delete(g.id);
    this.vmsByGroup.delete(g.id);
  }

  /** Every server of the group, deleted ones included (a group holding any cannot be deleted). */
  groupSize(g: SimGroup): number {
    return this.vmsByGroup.get(g.id)?.size ?? 0;
  }

  /** A new backup of the disc, in progress for transitionMs (resources.ts `addBackup`). */
  takeBackup(d: SimDisc, manual: boolean): SimBackup {
    return this.res.addBackup(d, manual, Date.now() + this.transitionMs);
  }

  addDisc(s: SimServer, d: Omit<SimDisc, 'id' | 'virtual_machine_id'>): SimDisc {
    const disc: SimDisc = { ...d, id: this.nextDiscId++, virtual_machine_id: s.id, backups: d.backups ?? [], backup_schedules: d.backup_schedules ?? [] };
    s.discs.push(disc);
    return disc;
  }


  powerdown(s: SimServer): void {
    if (s.pending?.kind !== 'powerdown') this.begin(s, 'powerdown');
  }

  reimage(s: SimServer, distribution: string): void {
    s.autoreboot_on = false;
    this.begin(s, 'reimage', { distribution });
  }

  softDelete(s: SimServer): void {
    s.pending = undefined;
    s.deleted = true;
    s.autoreboot_on = false;
    this.setPower(s, false);
  }

  undelete(s: SimServer): void {
    s.deleted = false; // comes back stopped; starting it is a separate request
  }

  purge(s: SimServer): void {
    for (const nic of s.network_interfaces) for (const ip of [...nic.ips, ...Object.keys(nic.extra_ips)]) this.res.rdns.delete(ip);
    this.people.forgetTarget('virtual_machine_id', s.id);
    this.vms.delete(s.id);
    this.vmsByGroup.get(s.group_id)?.delete(s.id);
  }

  /** Rename and/or move, keeping the hostname and the per-group index right. */
  renameOrMove(s: SimServer, name: string, group: SimGroup): void {
    if (group.id !== s.group_id) {
      this.vmsByGroup.get(s.group_id)?.delete(s.id);
      this.vmsByGroup.get(group.id)!.set(s.id, s);
      s.group_id = group.id;
    }
    s.name = name;
    s.hostname = this.hostnameFor(name, group);
  }

  nameTaken(group: SimGroup, name: string, except: SimServer): boolean {
    for (const s of this.vmsByGroup.get(group.id)?.values() ?? []) if (s !== except && s.name === name) return true;
    return false;
  }
}
