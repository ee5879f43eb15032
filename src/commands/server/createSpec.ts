// The one vm_create body Create Server sends, built as the official CLI builds it (bigv-api.md
// §B.3.3): `autoreboot_on` only when it is to start (with an image, or with a CD-ROM and no image;
// omitted for `--stopped`), `cdrom_url`, `hardware_profile` and `hardware_profile_locked` only when
// chosen, the backup schedule on the first disc, and `reimage` with all four of its fields (the CLI
// sends empty strings) or, with no image, no `reimage` at all.
import type { BadRequestError, CreateServerSpec } from '../../api';
import { midnightTonight } from '../../model/backupSchedule';
import { startsWhenBuilt, type NewServer } from './createState';

export function createSpec(s: NewServer, now: Date = new Date()): CreateServerSpec {
  const cdrom = s.distribution ? undefined : s.cdrom || undefined;
  return {
    virtual_machine: {
      name: s.name,
      cores: s.size!.cores,
      memory: s.size!.memory,
      ...(s.zone ? { zone_name: s.zone } : {}),
      ...(cdrom ? { cdrom_url: cdrom } : {}),
      ...(s.hardwareProfile ? { hardware_profile: s.hardwareProfile } : {}),
      ...(s.hardwareProfileLocked ? { hardware_profile_locked: true } : {}),
      // What the CLI sends: autoreboot_on with an image (or a CD) means "start it once built".
      ...(startsWhenBuilt(s) ? { autoreboot_on: true } : {}),
    },
    discs: s.discs.map((d, i) => ({
      size: d.size,
      storage_grade: d.grade,
      // The CLI's `--backup`: on the first disc, from midnight tonight, keeping one.
      ...(i === 0 && s.backup !== undefined ? { backup_schedules: [{ start_at: midnightTonight(now), interval_seconds: s.backup, capacity: 1 }] } : {}),
    })),
    ...(s.distribution && s.password
      ? { reimage: { distribution: s.distribution, firstboot_script: s.firstBoot.text, root_password: s.password.value, ssh_public_key: s.sshKey ?? '' } }
      : {}),
  };
}

/** The wizard step (1-based) of the first field the API refused; the summary when none is known. */
export function stepAtFault(err: BadRequestError): number {
  const steps = Object.keys(err.problems).map((field) => {
    const f = field.toLowerCase();
    if (/^name$|hostname/.test(f)) return 2;
    if (/zone/.test(f)) return 3;
    if (/cores|memory/.test(f)) return 4;
    if (/backup|start_at|interval|capacity/.test(f)) return 9;
    if (/disc|storage|size/.test(f)) return 5;
    if (/distribution|image/.test(f)) return 6;
    if (/password|ssh|key/.test(f)) return 7;
    return 9;
  });
  return Math.min(9, ...steps);
}
