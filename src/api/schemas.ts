// Every byte the client accepts from the network passes through one of these schemas.
// Objects are loose: the brain adds fields over time and we keep them (the properties
// document shows them), but a field we rely on that is missing or of the wrong type is an error.
//
// zod/mini rather than classic zod: the same validation, and about 430 KB less in the bundle
// the extension host parses at activation. Only the English messages are loaded (zodErrors.ts
// turns them into "field: expected boolean, received string").
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.cjs';

z.config(en());

const int = z.int();
const optionalString = z.optional(z.nullable(z.string()));

/** `start_at` is the brain's own format, "YYYY-MM-DD hh:mm:ss" (the Go CLI adds a zone). */
export const BackupScheduleSchema = z.looseObject({
  id: int,
  start_at: z.string(),
  interval_seconds: int,
  capacity: z.optional(int),
});
export type BackupSchedule = z.infer<typeof BackupScheduleSchema>;

export const DiscSchema = z.looseObject({
  id: int,
  label: z.string(),
  size: int, // MiB
  storage_grade: z.string(),
  storage_pool: optionalString,
  virtual_machine_id: z.optional(int),
  type: z.optional(z.string()),
  backup_count: z.optional(z.nullable(int)),
  backups_enabled: z.optional(z.nullable(z.boolean())),
  backup_schedules: z.optional(z.nullable(z.array(BackupScheduleSchema))),
});
export type Disc = z.infer<typeof DiscSchema>;

export const NetworkInterfaceSchema = z.looseObject({
  id: int,
  label: optionalString,
  ips: z.array(z.string()),
  extra_ips: z._default(z.record(z.string(), z.string()), {}),
  mac: z.optional(z.string()),
  vlan_num: z.optional(z.nullable(int)),
  virtual_machine_id: z.optional(int),
  type: z.optional(z.string()),
});
export type NetworkInterface = z.infer<typeof NetworkInterfaceSchema>;

export const VirtualMachineSchema = z.looseObject({
  id: int,
  name: z.string(),
  group_id: int,
  power_on: z.boolean(),
  autoreboot_on: z.boolean(),
  deleted: z._default(z.boolean(), false),
  cores: int,
  memory: int, // MiB
  hostname: z.optional(z.string()),
  management_address: optionalString,
  head: optionalString,
  cdrom_url: optionalString,
  keymap: optionalString,
  hardware_profile: optionalString,
  hardware_profile_locked: z.optional(z.boolean()),
  zone_name: optionalString,
  last_imaged_with: optionalString,
  type: z.optional(z.string()),
  discs: z.optional(z.array(DiscSchema)),
  network_interfaces: z.optional(z.array(NetworkInterfaceSchema)),
});
export type VirtualMachine = z.infer<typeof VirtualMachineSchema>;

export const GroupSchema = z.looseObject({
  id: int,
  name: z.string(),
  account_id: z.optional(int),
  type: z.optional(z.string()),
  virtual_machines: z.optional(z.array(VirtualMachineSchema)),
});
export type Group = z.infer<typeof GroupSchema>;

export const AccountSchema = z.looseObject({
  id: int,
  name: z.string(),
  suspended: z.optional(z.boolean()),
  groups: z.optional(z.array(GroupSchema)),
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountListSchema = z.array(AccountSchema);

export const SessionInfoSchema = z.looseObject({
  username: z.string(),
  factors: z._default(z.array(z.string()), []),
  group_memberships: z._default(z.array(z.string()), []),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const DefinitionEntrySchema = z.looseObject({
  id: z.string(),
  data: z.unknown(),
});
export const DefinitionListSchema = z.array(DefinitionEntrySchema);

/** The definitions the extension uses, gathered from the `[{id, data}]` list. Unknown ids are ignored. */
export interface Definitions {
  distributions: string[];
  distributionDescriptions: Record<string, string>;
  hardwareProfiles: string[];
  zoneNames: string[];
  storageGrades: string[];
  storageGradeDescriptions: Record<string, string>;
  keymaps: string[];
  sendkeys: string[];
}

/** Problems from a 400 body: a value may be a string, an array of strings, or (for `discs`) an array of hashes. */
export const BadRequestBodySchema = z.record(z.string(), z.unknown());
