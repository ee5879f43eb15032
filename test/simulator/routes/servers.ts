// One server: GET/PUT/DELETE, signal and reimage; and creating servers (vm_create, virtual_machines).
import type { Ctx } from '../brain';
import { methodNotAllowed } from '../access';
import { flag, json, jsonObjectBody, noContent, problems, type Reply, type SimRequest } from '../http';
import { vmJson } from '../serialize';
import type { SimGroup, SimServer } from '../types';
import { validateReimage, validateServerPatch, validateSignal } from '../validate';
import { validateCreate } from '../validateCreate';

export function serverRoutes(c: Ctx, req: SimRequest, g: SimGroup, s: SimServer, sub?: 'signal' | 'reimage'): Reply {
  if (sub) {
    if (req.method !== 'POST') return methodNotAllowed(['POST']);
    return sub === 'signal' ? signal(c, req, s) : reimage(c, req, s);
  }
  switch (req.method) {
    case 'GET': return json(200, vmJson(s, c.view.overview));
    case 'PUT': return updateServer(c, req, g, s);
    case 'DELETE': return deleteServer(c, req, s);
    default: return methodNotAllowed(['GET', 'PUT', 'DELETE']);
  }
}

function updateServer(c: Ctx, req: SimRequest, g: SimGroup, s: SimServer): Reply {
  const { state, ax } = c;
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  if (s.deleted && body.value.deleted !== false) {
    return problems({ deleted: ['the server is deleted; restore it with {"deleted": false} before changing it'] });
  }
  const result = validateServerPatch(body.value, {
    server: s,
    group: g,
    reimaging: state.isReimaging(s),
    // Moving needs group administration on both sides (the source is checked below).
    writableGroup: (id) => {
      const target = state.groups.get(id);
      return target && ax.adminsGroup(target) ? target : undefined;
    },
    nameTaken: (group, name) => state.nameTaken(group, name, s),
  });
  if ('problems' in result) return problems(result.problems);
  const patch = result.patch;
  if (patch.group && patch.group.id !== g.id && !ax.adminsGroup(g)) {
    return problems({ group_id: [`you must administer the server's current group '${g.name}' to move it`] });
  }
  if (patch.undelete) state.undelete(s);
  if (patch.cores !== undefined) s.cores = patch.cores;
  if (patch.memory !== undefined) s.memory = patch.memory;
  if (patch.hardware_profile !== undefined) s.hardware_profile = patch.hardware_profile;
  if (patch.hardware_profile_locked !== undefined) s.hardware_profile_locked = patch.hardware_profile_locked;
  if (patch.cdrom_url !== undefined) s.cdrom_url = patch.cdrom_url;
  if (patch.keymap !== undefined) s.keymap = patch.keymap;
  // What the server boots into: the appliance a start names (bigv-api.md B.3.2), or, started
  // without one, its own disc again (`permanent: false` lasts one boot). The serial console
  // stand-in shows which (test/support/consoleServer.ts).
  if (patch.appliance) s.lastAppliance = patch.appliance;
  else if (patch.power_on === true && !s.power_on) delete s.lastAppliance;
  if (patch.name !== undefined || patch.group) state.renameOrMove(s, patch.name ?? s.name, patch.group ?? g);
  state.applyPower(s, patch.power_on, patch.autoreboot_on);
  return json(200, vmJson(s, c.view.overview));
}

function deleteServer(c: Ctx, req: SimRequest, s: SimServer): Reply {
  if (flag(req.query, 'purge')) {
    c.state.purge(s);
    return noContent();
  }
  if (s.deleted) return problems({ deleted: ['the server is already deleted; use ?purge=true to remove it for good'] });
  c.state.softDelete(s);
  return noContent();
}

function signal(c: Ctx, req: SimRequest, s: SimServer): Reply {
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  const result = validateSignal(body.value, s);
  if ('problems' in result) return problems(result.problems);
  const sig = result.signal;
  const record = { signal: sig.signal, ...(sig.data !== undefined ? { data: sig.data } : {}), at: Date.now() };
  s.signals.push(record);
  s.lastSignal = record;
  if (sig.signal === 'powerdown') c.state.powerdown(s);
  if (sig.keys) s.sentKeys.push(...sig.keys);
  return json(200, { signal: sig.signal, ...(sig.data !== undefined ? { data: sig.data } : {}) });
}

function reimage(c: Ctx, req: SimRequest, s: SimServer): Reply {
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  const result = validateReimage(body.value, s, c.state.isReimaging(s));
  if ('problems' in result) return problems(result.problems);
  const { distribution, ssh_public_key, firstboot_script } = result.spec;
  // The root password goes nowhere: not into the bookkeeping, not into the reply.
  s.lastReimage = {
    distribution,
    ...(ssh_public_key !== undefined ? { ssh_public_key } : {}),
    ...(firstboot_script !== undefined ? { firstboot_script } : {}),
  };
  c.state.reimage(s, distribution);
  return json(200, { distribution, ...(ssh_public_key !== undefined ? { ssh_public_key } : {}) });
}

/**
 * `POST …/vm_create` (`{virtual_machine, discs, reimage, ips}`) or `POST …/virtual_machines` (the
 * machine's attributes alone). 202: the server exists at once, powered off, and is built, imaged
 * and (if asked) powered on after transitionMs.
 */
export function createServer(c: Ctx, req: SimRequest, g: SimGroup, form: 'vm_create' | 'virtual_machines'): Reply {
  const { state, ax } = c;
  if (!ax.adminsGroup(g)) return ax.forbidden(`group '${g.name}'`);
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  const result = validateCreate(body.value, form, (name) => state.serversIn(g.id, true).some((x) => x.name === name));
  if ('problems' in result) return json(400, result.problems);
  const spec = result.spec;
  const taken = [spec.ips?.ipv4, spec.ips?.ipv6].filter((ip): ip is string => ip !== undefined && state.res.ipOwner(ip) !== undefined);
  if (taken.length > 0) return problems({ ips: taken.map((ip) => `${ip} is already in use`) });
  const n = state.vms.size + 1;
  const ipv4 = spec.ips?.ipv4 ?? state.res.allocateIp();
  const s = state.addServer(g, {
    name: spec.name,
    power_on: false,
    autoreboot_on: spec.autoreboot_on,
    cores: spec.cores,
    memory: spec.memory,
    head: `head${100 + (n % 17)}`,
    zone_name: spec.zone_name,
    management_address: `213.138.${120 + ((n >> 8) & 0x3f)}.${(n % 250) + 2}`,
    cdrom_url: spec.cdrom_url,
    keymap: spec.keymap,
    hardware_profile: spec.hardware_profile,
    hardware_profile_locked: spec.hardware_profile_locked,
    last_imaged_with: null,
    discs: spec.discs.map((d, i) => ({
      label: d.label, size: d.size, storage_grade: d.storage_grade,
      storage_pool: `${spec.zone_name === 'york' ? 'tail1' : 'tail7'}-${d.storage_grade}${1 + ((n + i) % 4)}`,
    })),
    nics: [{
      label: null,
      ips: [ipv4, spec.ips?.ipv6 ?? `2001:41c9:1:4ff::${n.toString(16)}`],
      vlan_num: 1,
      mac: `fe:ff:02:${hex2(n >> 8)}:${hex2(n)}:${hex2(n * 11)}`,
      extra_ips: {},
    }],
  });
  spec.discs.forEach((d, i) => {
    for (const sch of d.backup_schedules) state.res.addSchedule(s.discs[i]!, sch);
  });
  // What reimage keeps (the script too, bigv-api.md §B.3.3, §B.10), never the root password.
  if (spec.reimage) s.lastReimage = { ...spec.reimage };
  state.provision(s, spec.reimage?.distribution, spec.powerOn);
  return json(202, vmJson(s, true));
}

const hex2 = (v: number) => (v & 0xff).toString(16).padStart(2, '0');
