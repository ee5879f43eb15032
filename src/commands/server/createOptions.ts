// The rarer questions of Create Server, each asked from its summary line ("More options…") and
// never on the way through: the installer CD of a server with no image, backups of the root disc,
// the hardware profile and its lock. Each answer is what the official CLI's flag sends
// (bigv-api.md §B.3.3, §D.2 `add server`): `--cdrom`, `--backup`, `--hwprofile`, `--hwprofile-locked`.
import * as l10n from '@vscode/l10n';
import type { Definitions } from '../../api';
import { brainZoneWords, DAY, describeInterval, WEEK } from '../../model/backupSchedule';
import { BACK, type Back, type PickItem, type UiPort } from '../../interaction/port';
import type { PromptFrame } from '../serverPrompts';
import { stepInput, stepPick } from '../wizard';
import { cdromUrlProblem } from './attachCdrom';

/** The installer ISO a server with no image boots from; '' for none (blank discs, left off). */
export async function askCdrom(ui: UiPort, frame: PromptFrame, current: string | undefined): Promise<string | Back | undefined> {
  const url = await stepInput(ui, {
    ...frame,
    prompt: l10n.t('Public http(s) URL of an installer ISO to boot from (an empty box: blank discs, left powered off)'),
    placeHolder: 'https://cdimage.debian.org/…/debian-12-netinst.iso',
    value: current ?? '',
    validate: cdromUrlProblem,
  });
  if (url === BACK || url === undefined) return url;
  return cdromUrlProblem(url) ? undefined : url.trim();
}

interface BackupItem extends PickItem {
  seconds?: number;
}

/** Scheduled backups of the root disc from midnight tonight (London time), keeping one: `--backup` of the CLI. Undefined seconds: none. */
export async function askBackups(ui: UiPort, frame: PromptFrame, current: number | undefined): Promise<{ seconds?: number } | Back | undefined> {
  const when = l10n.t('from midnight tonight, {0}; the latest one is kept', brainZoneWords());
  const items: BackupItem[] = [
    { label: l10n.t('$(circle-slash) No scheduled backups'), detail: l10n.t('Schedule them later from the disc (Schedule Backups…)') },
    { label: l10n.t('$(calendar) Weekly'), description: l10n.t('what the bytemark CLI sets up by default'), detail: when, seconds: WEEK },
    { label: l10n.t('$(calendar) Daily'), detail: when, seconds: DAY },
  ];
  const now = items.find((i) => i.seconds === current);
  const ordered = now ? [now, ...items.filter((i) => i !== now)] : items;
  const picked = await stepPick(ui, ordered, { ...frame, placeHolder: l10n.t('Back up the root disc on a schedule?') });
  if (picked === BACK || picked === undefined) return picked;
  return picked.seconds === undefined ? {} : { seconds: picked.seconds };
}

export const backupWords = (seconds: number | undefined): string => (seconds === undefined ? l10n.t('none') : l10n.t('{0}, from midnight tonight', describeInterval(seconds)));

export interface ProfileChoice {
  /** Undefined: the brain's default. */
  profile?: string;
  locked: boolean;
}

interface ProfileItem extends PickItem {
  profile?: string;
  locked?: boolean;
}

/** The virtual hardware it boots with, then whether it is locked against Bytemark's automatic upgrades. */
export async function askHardwareProfile(ui: UiPort, frame: PromptFrame, defs: Definitions, current: ProfileChoice): Promise<ProfileChoice | Back | undefined> {
  for (;;) {
    const byDefault: ProfileItem = { label: l10n.t('$(circle-slash) Bytemark\'s default'), detail: l10n.t('The current profile for new servers') };
    const items: ProfileItem[] = [byDefault, ...defs.hardwareProfiles.map((p) => ({ label: p, profile: p }))];
    const now = items.find((i) => i.profile === current.profile) ?? byDefault;
    const picked = await stepPick(ui, [now, ...items.filter((i) => i !== now)], { ...frame, placeHolder: l10n.t('The virtual hardware the server boots with') });
    if (picked === BACK || picked === undefined) return picked;
    const free: ProfileItem = { label: l10n.t('$(unlock) Let Bytemark upgrade it'), detail: l10n.t('Moved to a newer profile when Bytemark retires this one'), locked: false };
    const lock: ProfileItem = { label: l10n.t('$(lock) Lock it'), detail: l10n.t('Never changed automatically: for an operating system that needs this exact hardware'), locked: true };
    const how = await stepPick(ui, current.locked ? [lock, free] : [free, lock], { ...frame, placeHolder: l10n.t('Lock the hardware profile?') });
    if (how === BACK) continue;
    if (how === undefined) return undefined;
    return { ...(picked.profile ? { profile: picked.profile } : {}), locked: how.locked === true };
  }
}

export const profileWords = (c: ProfileChoice): string => {
  const name = c.profile ?? l10n.t('default');
  return c.locked ? l10n.t('{0}, locked', name) : name;
};
