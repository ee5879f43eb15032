// The JSON the brain returns. Field order follows the docs' examples; `view=overview` is the
// only thing that embeds children (reference E.5).
import type { State } from './state';
import type { SimAccount, SimApiKey, SimBackup, SimDisc, SimGroup, SimNic, SimPrivilege, SimSchedule, SimServer, SimUserProfile } from './types';

export interface View {
  overview: boolean;
  includeDeleted: boolean;
  /** What the asker may see of an account (all of it when absent). */
  sees?: { group(g: SimGroup): boolean; server(s: SimServer): boolean };
}

export function discJson(d: SimDisc): Record<string, unknown> {
  return {
    type: 'application/vnd.bigv.disc',
    id: d.id,
    label: d.label,
    size: d.size,
    virtual_machine_id: d.virtual_machine_id,
    storage_pool: d.storage_pool,
    storage_grade: d.storage_grade,
    backups_enabled: true,
    backup_count: d.backups?.length ?? 0,
    backup_schedules: (d.backup_schedules ?? []).map(scheduleJson),
  };
}

export function scheduleJson(s: SimSchedule): Record<string, unknown> {
  return { id: s.id, start_at: s.start_at, interval_seconds: s.interval_seconds, capacity: s.capacity };
}

/** A backup: the disc fields plus `parent_disc_id` and `manual` (reference B.6). */
export function backupJson(b: SimBackup): Record<string, unknown> {
  return {
    type: 'application/vnd.bigv.disc',
    id: b.id,
    label: b.label,
    size: b.size,
    storage_pool: b.storage_pool,
    storage_grade: b.storage_grade,
    parent_disc_id: b.parent_disc_id,
    manual: b.manual,
    created_at: b.created_at,
  };
}

export function userJson(u: SimUserProfile): Record<string, unknown> {
  return { id: u.id, username: u.username, email: u.email, authorized_keys: u.authorized_keys };
}

export function privilegeJson(state: State, p: SimPrivilege): Record<string, unknown> {
  const out: Record<string, unknown> = { id: p.id, username: p.username, level: p.level };
  if (p.account_id !== undefined) {
    out.account_id = p.account_id;
    out.account_name = state.accounts.get(p.account_id)?.name;
  }
  if (p.group_id !== undefined) {
    out.group_id = p.group_id;
    out.group_name = state.groups.get(p.group_id)?.name;
  }
  if (p.virtual_machine_id !== undefined) {
    out.virtual_machine_id = p.virtual_machine_id;
    out.virtual_machine_name = state.vms.get(p.virtual_machine_id)?.name;
  }
  if (p.api_key_id !== undefined) out.api_key_id = p.api_key_id;
  return {
    ...out,
    yubikey_required: p.yubikey_required,
    yubikey_otp_max_age: p.yubikey_otp_max_age,
    ip_restrictions: p.ip_restrictions,
    password_required: p.password_required,
    creating_username: p.creating_username,
  };
}

/** The secret is shown once, when the key is created; lists leave it out. */
export function apiKeyJson(state: State, k: SimApiKey, withSecret: boolean): Record<string, unknown> {
  return {
    id: k.id,
    user_id: k.user_id,
    username: k.username,
    label: k.label,
    ...(withSecret ? { api_key: k.api_key } : {}),
    expires_at: k.expires_at,
    privileges: [...state.people.privileges.values()].filter((p) => p.api_key_id === k.id).map((p) => privilegeJson(state, p)),
  };
}

export function nicJson(n: SimNic): Record<string, unknown> {
  return {
    type: 'application/vnd.bigv.network-interface',
    id: n.id,
    label: n.label,
    ips: [...n.ips],
    vlan_num: n.vlan_num,
    mac: n.mac,
    extra_ips: { ...n.extra_ips },
    virtual_machine_id: n.virtual_machine_id,
  };
}

export function vmJson(s: SimServer, overview: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: 'application/vnd.bigv.virtual-machine',
    autoreboot_on: s.autoreboot_on,
    cdrom_url: s.cdrom_url,
    cores: s.cores,
    group_id: s.group_id,
    id: s.id,
    management_address: s.management_address,
    memory: s.memory,
    name: s.name,
    power_on: s.power_on,
    keymap: s.keymap,
    deleted: s.deleted,
    hostname: s.hostname,
    head: s.head,
    hardware_profile: s.hardware_profile,
    hardware_profile_locked: s.hardware_profile_locked,
    zone_name: s.zone_name,
    last_imaged_with: s.last_imaged_with,
  };
  if (overview) {
    out.discs = s.discs.map(discJson);
    out.network_interfaces = s.network_interfaces.map(nicJson);
  }
  return out;
}

export function groupJson(state: State, g: SimGroup, view: View): Record<string, unknown> {
  const out: Record<string, unknown> = { type: 'application/vnd.bigv.group', account_id: g.account_id, id: g.id, name: g.name };
  if (view.overview) {
    out.virtual_machines = state.serversIn(g.id, view.includeDeleted).filter((s) => view.sees?.server(s) ?? true).map((s) => vmJson(s, true));
  }
  return out;
}

export function accountJson(state: State, a: SimAccount, view: View): Record<string, unknown> {
  const out: Record<string, unknown> = { id: a.id, name: a.name, suspended: a.suspended };
  if (view.overview) out.groups = state.groupsOf(a.id).filter((g) => view.sees?.group(g) ?? true).map((g) => groupJson(state, g, view));
  return out;
}
