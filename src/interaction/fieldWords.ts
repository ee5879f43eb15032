// The API's 400 names fields as it stores them (`zone_name`, `disc 2 - storage_grade`); a person
// knows them by what the prompts called them. One map, used by the one error path (errors.ts).
import * as l10n from '@vscode/l10n';

const WORDS: Record<string, () => string> = {
  name: () => l10n.t('Name'),
  cores: () => l10n.t('Cores'),
  memory: () => l10n.t('Memory (MiB)'),
  zone_name: () => l10n.t('Zone'),
  hardware_profile: () => l10n.t('Hardware profile'),
  hardware_profile_locked: () => l10n.t('Hardware profile lock'),
  cdrom_url: () => l10n.t('CD-ROM URL'),
  keymap: () => l10n.t('Keymap'),
  group_id: () => l10n.t('Group'),
  autoreboot_on: () => l10n.t('Automatic restart'),
  power_on: () => l10n.t('Power'),
  discs: () => l10n.t('Discs'),
  size: () => l10n.t('size (MiB)'),
  storage_grade: () => l10n.t('storage grade'),
  label: () => l10n.t('label'),
  reimage: () => l10n.t('Image'),
  distribution: () => l10n.t('Operating system'),
  root_password: () => l10n.t('Root password'),
  ssh_public_key: () => l10n.t('SSH key'),
  ips: () => l10n.t('IP addresses'),
  ipv4: () => l10n.t('IPv4 address'),
  ipv6: () => l10n.t('IPv6 address'),
  interval_seconds: () => l10n.t('Backup interval (seconds)'),
  start_at: () => l10n.t('Backup start'),
  capacity: () => l10n.t('Backups kept'),
  rdns: () => l10n.t('Reverse DNS'),
  reason: () => l10n.t('Reason'),
  addresses: () => l10n.t('Number of addresses'),
  family: () => l10n.t('Address family'),
  authorized_keys: () => l10n.t('SSH keys'),
  virtual_machine_id: () => l10n.t('Target server'),
};

/** `zone_name` → "Zone"; `disc 2 - storage_grade` → "Disc 2 storage grade"; unknown fields spaced and capitalised. */
export function fieldWords(field: string): string {
  if (field === '') return '';
  const disc = /^disc (\d+) - (.+)$/.exec(field);
  if (disc) return l10n.t('Disc {0} {1}', disc[1]!, WORDS[disc[2]!]?.() ?? disc[2]!.replace(/_/g, ' '));
  const known = WORDS[field];
  if (known) return known();
  const spaced = field.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * Problems whose API wording is a recipe for API clients (`restore it with {"deleted": false}`):
 * said instead as what to do here. The field's own words are left out for these.
 */
const INSTEAD: Record<string, () => string> = {
  deleted: () => l10n.t('The server is deleted: restore it (Restore Server) before changing it.'),
};

/** One line per problem: "• Name has already been taken". */
export function formatFieldProblems(problems: Record<string, readonly string[]>): string {
  const lines = Object.entries(problems).flatMap(([field, list]) => {
    const instead = INSTEAD[field];
    if (instead) return [`• ${instead()}`];
    return list.map((p) => `• ${[fieldWords(field), p].filter(Boolean).join(' ')}`);
  });
  return lines.length ? lines.join('\n') : `• ${l10n.t('(no reason given)')}`;
}
