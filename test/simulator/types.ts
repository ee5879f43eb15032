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
  backups?: SimBackup[];
  backup_schedules?: SimSchedule[];
  lastRestore?: { backupId: number; at: number }; // bookkeeping, never serialised
}

/**
 * A snapshot of a disc, kept in cold storage (`iceberg`). A new one is taken on the disc's own
 * grade and pool and moved to `iceberg` after `transitionMs`; until then it is "in progress".
 */
export interface SimBackup {
  id: number;
  label: string;
  size: number;
  storage_grade: string;
  storage_pool: string;
  parent_disc_id: number;
  manual: boolean;
  created_at: string;
  coldAt?: number; // bookkeeping, never serialised: Date.now() at which it reaches cold storage
}

export interface SimSchedule {
  id: number;
  start_at: string;
  interval_seconds: number;
  capacity: number;
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
  kind: 'restart' | 'powerdown' | 'reimage' | 'create';
  until: number; // Date.now() at which it completes
  distribution?: string; // reimage and create
  powerOn?: boolean; // create only: power on when it completes
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

export const PRIVILEGE_LEVELS = ['cluster_su', 'cluster_admin', 'account_admin', 'group_admin', 'vm_admin', 'vm_console'] as const;
export type PrivilegeLevel = (typeof PRIVILEGE_LEVELS)[number];

/** A grant to a user (or to one of their API keys) on one account, group or server. */
export interface SimPrivilege {
  id: number;
  username: string;
  level: PrivilegeLevel;
  account_id?: number;
  group_id?: number;
  virtual_machine_id?: number;
  api_key_id?: number;
  yubikey_required: boolean;
  yubikey_otp_max_age: number | null;
  ip_restrictions: string | null;
  password_required: boolean;
  creating_username: string | null;
}

/** The brain's view of a user: what GET /users/{u} shows. */
export interface SimUserProfile {
  id: number;
  username: string;
  email: string;
  authorized_keys: string; // newline-separated, as the API sends it
}

export interface SimApiKey {
  id: number;
  user_id: number;
  username: string;
  label: string;
  api_key: string; // the secret after `apikey.`
  expires_at: string | null; // ISO date-time; null = never
}
