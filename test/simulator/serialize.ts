// The JSON the brain returns. Field order follows the docs' examples; `view=overview` is the
// only thing that embeds children (reference E.5).
import type { State } from './state';
import type { SimAccount, SimDisc, SimGroup, SimNic, SimServer } from './types';

export interface View {
  overview: boolean;
  includeDeleted: boolean;
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
  if (view.overview) out.virtual_machines = state.serversIn(g.id, view.includeDeleted).map((s) => vmJson(s, true));
  return out;
}

export function accountJson(state: State, a: SimAccount, view: View): Record<string, unknown> {
  const out: Record<string, unknown> = { id: a.id, name: a.name, suspended: a.suspended };
  if (view.overview) out.groups = state.groupsOf(a.id).map((g) => groupJson(state, g, view));
  return out;
}
