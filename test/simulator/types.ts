// The simulator's in-memory model. Field names are the API's own, so serialising is a pick,
// and tests can compare what they read over HTTP with what the state holds.

export interface SimAccount {
  id: number;
  name: string;
  suspended: boolean;
}

export interface SimGroup {
  id: number;
  account_id: number;
  name: string;
}

export interface SimDisc {
  id: number;
  label: string;
  size: number; // MiB
  storage_grade: string;
  storage_pool: string;
  virtual_machine_id: number;
}

export interface SimNic {
  id: number;
  label: string | null;
  ips: string[];
  vlan_num: number;
  mac: string;
  extra_ips: Record<string, string>;
  virtual_machine_id: number;
}

/** A transition the real brain takes time over; settled lazily when the server is next looked at. */
export interface PendingTransition {
  kind: 'restart' | 'powerdown' | 'reimage';
  until: number; // Date.now() at which it completes
  distribution?: string; // reimage only
}

export interface SentSignal {
  signal: string;
  data?: string;
  at: number;
}

export interface SimServer {
  // API fields
  id: number;
  name: string;
  group_id: number;
  power_on: boolean;
  autoreboot_on: boolean;
  deleted: boolean;
  cores: number;
  memory: number; // MiB
  hostname: string;
  management_address: string;
  head: string | null;
  cdrom_url: string | null;
  keymap: string | null;
  hardware_profile: string;
  hardware_profile_locked: boolean;
  zone_name: string;
  last_imaged_with: string | null;
  discs: SimDisc[];
  network_interfaces: SimNic[];
  // simulator-only bookkeeping (never serialised)
  homeHead: string; // the head it runs on while powered on
  pending?: PendingTransition;
  signals: SentSignal[];
  lastSignal?: SentSignal;
  sentKeys: string[]; // every key name sent with `sendkey`, in order
  lastReimage?: { distribution: string; ssh_public_key?: string; firstboot_script?: string };
  lastAppliance?: { name: string; permanent: boolean };
}

export type AccessLevel = 'admin' | 'read';

export interface SimUser {
  username: string;
  password: string;
  secondFactor?: string; // the 2FA code this user must send as "2fa"
  groupMemberships: string[];
  /** account name → level; accounts not listed are invisible (404). */
  access: Record<string, AccessLevel>;
}
