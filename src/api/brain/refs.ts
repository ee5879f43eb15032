// How the resources beyond a server are addressed, and the request bodies the brain takes.
// Names or ids are accepted wherever the API accepts both; every segment is encoded on its own.
import { seg, serverPath } from '../paths';
import type { ServerRef } from '../types';

export interface AccountRef {
  account: string | number;
}
export interface GroupRef extends AccountRef {
  group: string | number;
}
/** A disc by label or id, on its server. */
export interface DiscRef extends ServerRef {
  disc: string | number;
}

export const accountPath = (r: AccountRef) => `/accounts/${seg(r.account)}`;
export const groupPath = (r: GroupRef) => `${accountPath(r)}/groups/${seg(r.group)}`;
export const discPath = (r: DiscRef) => `${serverPath(r)}/discs/${seg(r.disc)}`;

const part = (v: string | number) => (typeof v === 'number' ? `#${v}` : v);
export const describeGroup = (r: GroupRef) => `group ${part(r.group)}.${part(r.account)}`;
export const describeDisc = (r: DiscRef) => `disc ${part(r.disc)} of server ${part(r.server)}.${part(r.group)}.${part(r.account)}`;

export interface BackupScheduleSpec {
  /** "YYYY-MM-DD hh:mm:ss" (optionally with a zone), the first backup. */
  start_at?: string;
  interval_seconds: number;
  /** How many scheduled backups are kept. */
  capacity?: number;
}

export interface DiscSpec {
  /** Free text, not a device name (vda…); default disc-N. */
  label?: string;
  /** MiB (25 GiB = 25600). */
  size: number;
  /** From the storage_grades definition; default sata. */
  storage_grade?: string;
  backup_schedules?: BackupScheduleSpec[];
}

/** The machine's own attributes when creating it. */
export interface NewServerSpec {
  name: string;
  cores?: number;
  /** MiB. */
  memory?: number;
  zone_name?: string;
  hardware_profile?: string;
  hardware_profile_locked?: boolean;
  cdrom_url?: string;
  keymap?: string;
  /** With an image (or a CD), true means "start it once built" (what the CLI sends). */
  autoreboot_on?: boolean;
  power_on?: boolean;
}

/** `POST …/vm_create`: the machine, its discs (at most 8), the image, and IPs (private VLANs only). */
export interface CreateServerSpec {
  virtual_machine: NewServerSpec;
  discs: DiscSpec[];
  reimage?: { distribution: string; root_password: string; ssh_public_key?: string; firstboot_script?: string };
  ips?: { ipv4?: string; ipv6?: string };
}

export interface IpCreateSpec {
  /** 1 to 4. */
  addresses: number;
  /** Why they are needed (required by Bytemark). */
  reason: string;
  /** ipv6 is refused by the brain for extra addresses. */
  family?: 'ipv4' | 'ipv6';
  contiguous?: boolean;
}

export type PrivilegeLevel = 'cluster_su' | 'cluster_admin' | 'account_admin' | 'group_admin' | 'vm_admin' | 'vm_console';

/** One target id, matching the level: account_admin → account_id, group_admin → group_id, vm_* → virtual_machine_id. */
export interface GrantSpec {
  level: PrivilegeLevel;
  account_id?: number;
  group_id?: number;
  virtual_machine_id?: number;
  /** Grant it to one of the user's API keys instead of the user. */
  api_key_id?: number;
  yubikey_required?: boolean;
  yubikey_otp_max_age?: number;
  ip_restrictions?: string;
}

/** Where privileges are listed from: an account, a group or a server. */
export type PrivilegeScope = AccountRef | GroupRef | ServerRef;

export interface ApiKeySpec {
  label: string;
  /** Default: the signed-in user. */
  user_id?: number;
  /** ISO date-time; omitted = never expires. */
  expires_at?: string;
}
