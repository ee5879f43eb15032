// Every byte the client accepts from the network passes through one of these schemas.
// Objects are loose: the brain adds fields over time and we keep them (the properties
// document shows them), but a field we rely on that is missing or of the wrong type is an error.
import { z } from 'zod';

const int = z.number().int();

export const DiscSchema = z.looseObject({
  id: int,
  label: z.string(),
  size: int, // MiB
  storage_grade: z.string(),
  storage_pool: z.string().nullable().optional(),
  virtual_machine_id: int.optional(),
  type: z.string().optional(),
});
export type Disc = z.infer<typeof DiscSchema>;

export const NetworkInterfaceSchema = z.looseObject({
  id: int,
  label: z.string().nullable().optional(),
  ips: z.array(z.string()),
  extra_ips: z.record(z.string(), z.string()).optional().default({}),
  mac: z.string().optional(),
  vlan_num: int.nullable().optional(),
  virtual_machine_id: int.optional(),
  type: z.string().optional(),
});
export type NetworkInterface = z.infer<typeof NetworkInterfaceSchema>;

export const VirtualMachineSchema = z.looseObject({
  id: int,
  name: z.string(),
  group_id: int,
  power_on: z.boolean(),
  autoreboot_on: z.boolean(),
  deleted: z.boolean().optional().default(false),
  cores: int,
  memory: int, // MiB
  hostname: z.string().optional(),
  management_address: z.string().nullable().optional(),
  head: z.string().nullable().optional(),
  cdrom_url: z.string().nullable().optional(),
  keymap: z.string().nullable().optional(),
  hardware_profile: z.string().nullable().optional(),
  hardware_profile_locked: z.boolean().optional(),
  zone_name: z.string().nullable().optional(),
  last_imaged_with: z.string().nullable().optional(),
  type: z.string().optional(),
  discs: z.array(DiscSchema).optional(),
  network_interfaces: z.array(NetworkInterfaceSchema).optional(),
});
export type VirtualMachine = z.infer<typeof VirtualMachineSchema>;

export const GroupSchema = z.looseObject({
  id: int,
  name: z.string(),
  account_id: int.optional(),
  type: z.string().optional(),
  virtual_machines: z.array(VirtualMachineSchema).optional(),
});
export type Group = z.infer<typeof GroupSchema>;

export const AccountSchema = z.looseObject({
  id: int,
  name: z.string(),
  suspended: z.boolean().optional(),
  groups: z.array(GroupSchema).optional(),
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountListSchema = z.array(AccountSchema);

export const SessionInfoSchema = z.looseObject({
  username: z.string(),
  factors: z.array(z.string()).optional().default([]),
  group_memberships: z.array(z.string()).optional().default([]),
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
