// NICs (read-only apart from ip_create), and /ips: reverse DNS, removing an extra address and
// swapping two servers' addresses. Extra IPs are IPv4 only, at most 4 per NIC, each routed via
// the NIC's primary IPv4 (reference B.7, E.5).
import type { Ctx } from '../brain';
import { methodNotAllowed, notFound } from '../access';
import { json, jsonObjectBody, noContent, problems, type Reply, type SimRequest } from '../http';
import { nicJson } from '../serialize';
import type { SimNic, SimServer } from '../types';
import type { Problems } from '../validate';

export const MAX_EXTRA_IPS = 4;
const HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+\.?$/i;
const DELETED = { deleted: ["network interfaces can not be changed while the VM they're assigned to is deleted"] };

export function nicRoutes(c: Ctx, req: SimRequest, s: SimServer, p: string[]): Reply {
  if (p.length === 0) {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    return json(200, s.network_interfaces.map(nicJson));
  }
  const nic = s.network_interfaces.find((n) => String(n.id) === p[0] || n.label === p[0]);
  if (!nic) return notFound(`network interface '${p[0]}' of server '${s.name}'`);
  if (p.length === 1) {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    return json(200, nicJson(nic));
  }
  if (p.length === 2 && p[1] === 'ip_create') {
    if (req.method !== 'POST') return methodNotAllowed(['POST']);
    if (s.deleted) return problems(DELETED);
    return ipCreate(c, req, nic);
  }
  return notFound(`the path ${req.pathname}`);
}

function ipCreate(c: Ctx, req: SimRequest, nic: SimNic): Reply {
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  const b = body.value;
  const p: Problems = {};
  const add = (f: string, m: string) => (p[f] ??= []).push(m);
  const count = b.addresses ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count)) add('addresses', 'is not a number');
  else if (count < 1 || count > MAX_EXTRA_IPS) add('addresses', `must be between 1 and ${MAX_EXTRA_IPS}`);
  else {
    const has = Object.keys(nic.extra_ips).length;
    if (has + count > MAX_EXTRA_IPS) add('addresses', `a network interface can have at most ${MAX_EXTRA_IPS} extra addresses (this one has ${has})`);
  }
  const family = b.family ?? 'ipv4';
  if (family === 'ipv6') add('family', 'ipv6 is not currently supported for additional addresses');
  else if (family !== 'ipv4') add('family', 'is not included in the list (ipv4, ipv6)');
  if (typeof b.reason !== 'string' || b.reason.trim() === '') add('reason', "can't be blank (say why the addresses are needed)");
  const via = nic.ips.find((ip) => ip.includes('.'));
  if (!via) add('family', 'the interface has no IPv4 address to route extra addresses via');
  if (Object.keys(p).length > 0) return problems(p);
  const ips = Array.from({ length: count as number }, () => c.state.res.allocateIp());
  for (const ip of ips) nic.extra_ips[ip] = via!;
  return json(200, { addresses: count, family, reason: b.reason, contiguous: b.contiguous === true, ips });
}

/** `/ips/{ip}` (GET, PUT rdns, DELETE an extra) and `POST /ips/swap_virtual_machine_ips`. */
export function flatIps(c: Ctx, req: SimRequest, p: string[]): Reply {
  if (p.length !== 1) return notFound(`the path ${req.pathname}`);
  if (p[0] === 'swap_virtual_machine_ips') {
    if (req.method !== 'POST') return methodNotAllowed(['POST']);
    return swap(c, req);
  }
  const ip = p[0]!;
  const owner = c.state.res.ipOwner(ip);
  if (!owner || !c.ax.seesServer(owner.server)) return notFound(`IP address ${ip}`);
  const one = () => ({ address: ip, rdns: c.state.res.rdnsOf(ip) });
  if (req.method === 'GET') return json(200, one());
  if (req.method !== 'PUT' && req.method !== 'DELETE') return methodNotAllowed(['GET', 'PUT', 'DELETE']);
  if (!c.ax.adminsServer(owner.server)) return c.ax.forbidden(`IP address ${ip}`);
  if (owner.server.deleted) return problems(DELETED);
  if (req.method === 'DELETE') {
    if (!owner.extra) return problems({ ip: ['only additional addresses can be removed; a primary address goes with its server'] });
    delete owner.nic.extra_ips[ip];
    c.state.rdns.delete(ip);
    return noContent();
  }
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  const rdns = body.value.rdns;
  if (rdns === undefined) return json(200, one());
  if (rdns === null || rdns === '') c.state.rdns.delete(ip); // back to the default
  else if (typeof rdns !== 'string' || !HOSTNAME.test(rdns)) return problems({ rdns: ['is not a valid host name (e.g. www.example.com)'] });
  else c.state.rdns.set(ip, rdns.replace(/\.$/, '').toLowerCase());
  return json(200, one());
}

function swap(c: Ctx, req: SimRequest): Reply {
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  const b = body.value;
  const p: Problems = {};
  const pick = (field: string): SimServer | undefined => {
    const v = b[field];
    const s = typeof v === 'number' ? c.state.serverById(v) : undefined;
    if (!s || !c.ax.seesServer(s) || s.deleted) (p[field] ??= []).push('is invalid (no such server)');
    return s;
  };
  const s1 = pick('virtual_machine_1_id');
  const s2 = pick('virtual_machine_2_id');
  if (Object.keys(p).length > 0 || !s1 || !s2) return problems(p);
  if (s1 === s2) return problems({ virtual_machine_2_id: ['must be a different server'] });
  for (const s of [s1, s2]) if (!c.ax.adminsServer(s)) return c.ax.forbidden(`server '${s.name}'`);
  if (s1.power_on || s2.power_on) return problems({ power_on: ['both servers must be powered off to swap their addresses'] });
  const n1 = s1.network_interfaces[0];
  const n2 = s2.network_interfaces[0];
  if (!n1 || !n2) return problems({ network_interfaces: ['both servers need a network interface'] });
  [n1.ips, n2.ips] = [n2.ips, n1.ips];
  if (b.move_additional_ips === true) [n1.extra_ips, n2.extra_ips] = [n2.extra_ips, n1.extra_ips];
  for (const n of [n1, n2]) {
    const via = n.ips.find((ip) => ip.includes('.'));
    if (via) for (const k of Object.keys(n.extra_ips)) n.extra_ips[k] = via;
  }
  return noContent();
}
