// The demo estate: two accounts with three groups each, servers in every power state, one
// deleted, one with a CD-ROM attached, one with extra IPs. Values follow the shapes of the
// docs' examples (MiB sizes, tail pools, fe:ff MACs, Bytemark address ranges).
import { State, type NewServer } from './state';
import type { SimGroup, SimUser } from './types';

export const DEMO_PASSWORD = 'demo-password';
export const SECOND_FACTOR_CODE = '123456';

export function seedUsers(): SimUser[] {
  return [
    { username: 'demo', password: DEMO_PASSWORD, groupMemberships: ['customers'], access: { demo: 'admin', acme: 'admin' } },
    {
      username: 'twofactor', password: DEMO_PASSWORD, secondFactor: SECOND_FACTOR_CODE,
      groupMemberships: ['customers'], access: { demo: 'admin', acme: 'admin' },
    },
    { username: 'viewer', password: DEMO_PASSWORD, groupMemberships: ['customers'], access: { demo: 'read' } },
    // Reads demo; administers group demo/web only, and has the console of db1 (seedPeople).
    { username: 'ops', password: DEMO_PASSWORD, groupMemberships: ['customers'], access: { demo: 'read' } },
  ];
}

/** The demo API key's bearer token (`Authorization: Bearer apikey.…`): group_admin on demo/web. */
export const DEMO_API_KEY = 'apikey.demo-ci-0f1e2d3c4b5a69788796a5b4';
/** A well-formed ed25519 key (32 bytes of "demo…"), so the client's own check accepts it. */
export const DEMO_SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGRlbW9kZW1vZGVtb2RlbW9kZW1vZGVtb2RlbW9kZW1v demo@laptop';

/**
 * The brain's side of the users: profiles (with demo's SSH key), the privileges behind the
 * access above (account_admin wherever a user is 'admin'), ops's narrower grants, and demo's
 * API key with its own privilege.
 */
function seedPeople(state: State, users: SimUser[]): void {
  const people = state.people;
  for (const u of users) {
    people.addUser(u.username, `${u.username}@example.com`, u.username === 'demo' ? `${DEMO_SSH_KEY}\n` : '');
    for (const [account, level] of Object.entries(u.access)) {
      const a = state.accountByRef(account);
      if (a && level === 'admin') people.grant({ username: u.username, level: 'account_admin', target: 'account_id', targetId: a.id });
    }
  }
  const demo = state.accountByRef('demo')!;
  const web = state.groupByRef(demo, 'web')!;
  const db = state.groupByRef(demo, 'db')!;
  const db1 = state.serverByRef(db, 'db1')!;
  people.grant({ username: 'ops', level: 'group_admin', target: 'group_id', targetId: web.id, creating_username: 'demo' });
  people.grant({ username: 'ops', level: 'vm_console', target: 'virtual_machine_id', targetId: db1.id, creating_username: 'demo', yubikey_required: true });
  const key = people.addApiKey(people.users.get('demo')!, 'ci', null, DEMO_API_KEY.slice('apikey.'.length));
  people.grant({ username: 'demo', level: 'group_admin', target: 'group_id', targetId: web.id, api_key_id: key.id, creating_username: 'demo' });
}

/** Backups and schedules on a few discs, and reverse DNS on db1's extra addresses and web1. */
function seedExtras(state: State): void {
  const demo = state.accountByRef('demo')!;
  const at = (group: string, server: string) => state.serverByRef(state.groupByRef(demo, group)!, server)!;
  const db1 = at('db', 'db1');
  const root = db1.discs[0]!;
  state.res.addBackup(root, false);
  state.res.addBackup(root, true);
  state.res.addSchedule(root, { start_at: '2026-01-01 00:00:00', interval_seconds: 86400, capacity: 7 });
  const web1 = at('web', 'web1');
  state.res.addBackup(web1.discs[0]!, false);
  state.res.addSchedule(web1.discs[0]!, { start_at: '2026-01-04 03:00:00', interval_seconds: 604800, capacity: 1 });
  const [vip1, vip2] = Object.keys(db1.network_interfaces[0]!.extra_ips);
  state.rdns.set(vip1!, 'db.demo.example.com');
  state.rdns.set(vip2!, 'db-replica.demo.example.com');
  state.rdns.set(web1.network_interfaces[0]!.ips[0]!, 'www.demo.example.com');
}

let serial = 0;

interface Brief {
  name: string;
  on: boolean;
  autoreboot?: boolean;
  cores?: number;
  memory?: number;
  zone?: 'york' | 'manchester';
  image?: string | null;
  discs?: Array<[label: string, sizeMiB: number, grade: string]>;
  extraIps?: string[]; // routed via the primary IPv4
  cdrom?: string;
  keymap?: string;
  deleted?: boolean;
  profile?: string;
  locked?: boolean;
}

function spec(b: Brief): NewServer {
  const n = ++serial;
  const zone = b.zone ?? (n % 3 === 0 ? 'manchester' : 'york');
  const pool = zone === 'york' ? 'tail1' : 'tail7';
  const ipv4 = `46.43.${1 + (n >> 8)}.${(n % 250) + 2}`;
  return {
    name: b.name,
    power_on: b.on,
    autoreboot_on: b.autoreboot ?? b.on,
    deleted: b.deleted ?? false,
    cores: b.cores ?? 1,
    memory: b.memory ?? 1024,
    head: `head${(zone === 'york' ? 100 : 300) + (n % 17)}`,
    zone_name: zone,
    management_address: `213.138.${96 + (n >> 8)}.${(n % 250) + 2}`,
    cdrom_url: b.cdrom ?? null,
    keymap: b.keymap ?? null,
    hardware_profile: b.profile ?? 'virtio2013',
    hardware_profile_locked: b.locked ?? false,
    last_imaged_with: b.image === undefined ? 'stretch' : b.image,
    discs: (b.discs ?? [['disc-1', 25600, 'sata']]).map(([label, size, grade], i) => ({
      label, size, storage_grade: grade, storage_pool: `${pool}-${grade}${1 + ((n + i) % 4)}`,
    })),
    nics: [{
      label: null,
      ips: [ipv4, `2001:41c9:1:41${(n % 10).toString(16)}::${n.toString(16)}`],
      vlan_num: 1,
      mac: `fe:ff:00:${hex2(n >> 8)}:${hex2(n)}:${hex2(n * 7)}`,
      extra_ips: Object.fromEntries((b.extraIps ?? []).map((ip) => [ip, ipv4])),
    }],
  };
}

const hex2 = (v: number) => (v & 0xff).toString(16).padStart(2, '0');

function add(state: State, group: SimGroup, briefs: Brief[]): void {
  for (const b of briefs) state.addServer(group, spec(b));
}

export function seedEstate(state: State, users: SimUser[] = seedUsers()): void {
  serial = 0;
  const demo = state.addAccount('demo');
  const acme = state.addAccount('acme');

  const demoDefault = state.addGroup(demo, 'default');
  const demoWeb = state.addGroup(demo, 'web');
  const demoDb = state.addGroup(demo, 'db');
  const acmeDefault = state.addGroup(acme, 'default');
  const acmeProd = state.addGroup(acme, 'prod');
  const acmeOffice = state.addGroup(acme, 'office');

  add(state, demoDefault, [
    { name: 'gateway', on: true, image: 'jessie' },
    { name: 'mail', on: true, cores: 2, memory: 2048, image: 'symbiosis', keymap: 'en-gb' },
    { name: 'scratch', on: false, image: null, discs: [['disc-1', 10240, 'sata']] },
  ]);
  add(state, demoWeb, [
    { name: 'web1', on: true, cores: 2, memory: 2048, zone: 'york' },
    { name: 'web2', on: true, cores: 2, memory: 2048, zone: 'manchester' },
    { name: 'staging', on: false, memory: 2048 },
  ]);
  add(state, demoDb, [
    {
      name: 'db1', on: true, cores: 4, memory: 8192, image: 'buster',
      discs: [['root', 51200, 'ssd'], ['backups', 512000, 'archive']],
      extraIps: ['46.43.9.20', '46.43.9.21'],
    },
    { name: 'db2', on: true, cores: 4, memory: 8192, image: 'buster', profile: 'virtio2011', locked: true,
      discs: [['root', 51200, 'ssd']] },
    { name: 'db-old', on: false, deleted: true, image: 'wheezy' },
  ]);
  add(state, acmeDefault, [
    { name: 'build', on: false, cdrom: 'https://mirror.bytemark.co.uk/debian-cd/current/amd64/iso-cd/debian-netinst.iso', image: null },
    { name: 'dev', on: true, cores: 2, memory: 4096, image: 'trusty' },
  ]);
  add(state, acmeProd, [
    { name: 'app1', on: true, cores: 4, memory: 4096, zone: 'york' },
    { name: 'app2', on: true, cores: 4, memory: 4096, zone: 'manchester' },
    { name: 'cache', on: false, memory: 4096, discs: [['disc-1', 25600, 'ssd']] },
  ]);
  add(state, acmeOffice, [
    { name: 'files', on: true, memory: 2048, discs: [['disc-1', 25600, 'sata'], ['disc-2', 204800, 'archive']] },
    { name: 'winbox', on: false, cores: 2, memory: 4096, image: 'winstd2012', profile: 'compatibility2013', keymap: 'en-us' },
  ]);
  seedPeople(state, users);
  seedExtras(state);
}
