// Schemas for the resources beyond the estate overview: backups, users, privileges, API keys,
// IP addresses. Same rules as schemas.ts: loose objects, the fields we rely on checked by name.
import * as z from 'zod/mini';
import './schemas'; // the English messages are configured there

const int = z.int();
const optionalString = z.optional(z.nullable(z.string()));
const optionalInt = z.optional(z.nullable(int));

/** A backup is a disc snapshot: the disc fields plus `parent_disc_id` and `manual`. */
export const BackupSchema = z.looseObject({
  id: int,
  label: z.string(),
  size: z.optional(int), // MiB
  storage_grade: optionalString,
  storage_pool: optionalString,
  parent_disc_id: optionalInt,
  manual: z.optional(z.nullable(z.boolean())),
  created_at: optionalString,
});
export type Backup = z.infer<typeof BackupSchema>;
export const BackupListSchema = z.array(BackupSchema);

/** `GET /users/{u}`: `authorized_keys` is one newline-separated string. */
export const UserSchema = z.looseObject({
  id: int,
  username: z.string(),
  email: optionalString,
  authorized_keys: optionalString,
});
export type User = z.infer<typeof UserSchema>;

export const PrivilegeSchema = z.looseObject({
  id: int,
  username: z.string(),
  level: z.string(),
  account_id: optionalInt,
  account_name: optionalString,
  group_id: optionalInt,
  group_name: optionalString,
  virtual_machine_id: optionalInt,
  virtual_machine_name: optionalString,
  api_key_id: optionalInt,
  yubikey_required: z.optional(z.nullable(z.boolean())),
  yubikey_otp_max_age: optionalInt,
  ip_restrictions: optionalString,
  password_required: z.optional(z.nullable(z.boolean())),
  creating_username: optionalString,
});
export type Privilege = z.infer<typeof PrivilegeSchema>;
export const PrivilegeListSchema = z.array(PrivilegeSchema);

/** `api_key` (the secret; the bearer token is `apikey.` + it) is only sent when the key is created. */
export const ApiKeySchema = z.looseObject({
  id: int,
  user_id: optionalInt,
  username: optionalString,
  label: z.string(),
  api_key: optionalString,
  expires_at: optionalString,
  privileges: z.optional(z.nullable(PrivilegeListSchema)),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;
export const ApiKeyListSchema = z.array(ApiKeySchema);

/** `GET/PUT /ips/{ip}`. */
export const IpSchema = z.looseObject({
  address: z.string(),
  rdns: optionalString,
});
export type IpAddress = z.infer<typeof IpSchema>;

/** The answer to `ip_create`: the new addresses. */
export const IpCreateResultSchema = z.looseObject({
  ips: z.array(z.string()),
});
export type IpCreateResult = z.infer<typeof IpCreateResultSchema>;
