// Create Server's last step: what will be created, line by line. A line of the nine steps jumps to
// its step (the wizard returns here); the rarer options are changed in place from here, behind
// "More options…" until they are set, then on their own line: each change returns to this list.
import * as l10n from '@vscode/l10n';
import { BACK, type Back, type PickItem, type WizardStep } from '../../interaction/port';
import { askFirstBootScript, scriptWords } from '../firstBootPrompts';
import { keyLines } from '../sshKeyPrompts';
import type { StepResult } from '../wizard';
import { askBackups, askCdrom, askHardwareProfile, backupWords, profileWords } from './createOptions';
import { title, type NewServer, type WizardInputs } from './createState';
import { discText, sizeText } from './sizePrompts';

interface SummaryItem extends PickItem {
  goto?: number;
  /** Changes its option in place; undefined is Escape. */
  edit?: () => Promise<unknown>;
}

interface Option {
  label: string;
  /** Its name in a list: "first-boot script". */
  short: string;
  value: string;
  /** Not at its default: shown on its own line. */
  set: boolean;
  edit: () => Promise<unknown>;
}

/** Confirm, or pick a line to change it. */
export async function summary(w: WizardInputs, s: NewServer, step: WizardStep): Promise<StepResult> {
  const { ui, defs } = w;
  const frame = { title: title(l10n.t('summary')), step };
  for (;;) {
    const where = `${s.group.groupName}.${s.group.accountName}`;
    const create: SummaryItem = { label: l10n.t('$(check) Create {0}.{1}', s.name, where), detail: l10n.t('One request; the server shows in the tree at once and is ready in a minute or two.') };
    const keep = <T>(apply: (v: T) => void) => (v: T | Back | undefined) => (v === undefined ? undefined : v === BACK ? BACK : (apply(v), v));
    const options: Option[] = [
      ...(s.distribution
        ? [{ label: l10n.t('First-boot script'), short: l10n.t('first-boot script'), value: scriptWords(s.firstBoot), set: s.firstBoot.text !== '', edit: async () => keep((v: typeof s.firstBoot) => (s.firstBoot = v))(await askFirstBootScript(ui, { ...frame, title: title(l10n.t('first-boot script')) }, s.firstBoot)) }]
        : []),
      { label: l10n.t('Backups of the root disc'), short: l10n.t('backups'), value: backupWords(s.backup), set: s.backup !== undefined, edit: async () => keep((v: { seconds?: number }) => (s.backup = v.seconds))(await askBackups(ui, { ...frame, title: title(l10n.t('backups')) }, s.backup)) },
      {
        label: l10n.t('Hardware profile'),
        short: l10n.t('hardware profile'),
        value: profileWords({ ...(s.hardwareProfile ? { profile: s.hardwareProfile } : {}), locked: s.hardwareProfileLocked }),
        set: s.hardwareProfile !== undefined || s.hardwareProfileLocked,
        edit: async () => keep((v: { profile?: string; locked: boolean }) => {
          s.hardwareProfile = v.profile;
          s.hardwareProfileLocked = v.locked;
        })(await askHardwareProfile(ui, { ...frame, title: title(l10n.t('hardware profile')) }, defs, { ...(s.hardwareProfile ? { profile: s.hardwareProfile } : {}), locked: s.hardwareProfileLocked })),
      },
    ];
    const rest = options.filter((o) => !o.set);
    const lines: SummaryItem[] = [
      { label: l10n.t('Group'), description: where, goto: 1 },
      { label: l10n.t('Name'), description: s.name, goto: 2 },
      { label: l10n.t('Zone'), description: s.zone ?? '', goto: 3 },
      { label: l10n.t('Size'), description: s.size ? sizeText(s.size) : '', goto: 4 },
      { label: l10n.t('Discs'), description: s.discs.map((d) => discText(d, defs)).join(', '), goto: 5 },
      { label: l10n.t('Image'), description: s.distribution ? defs.distributionDescriptions[s.distribution] ?? s.distribution : l10n.t('none'), goto: 6 },
      ...(s.distribution
        ? [
            { label: l10n.t('Root password'), description: s.password?.generated ? l10n.t('generated, shown once') : l10n.t('typed'), goto: 7 },
            { label: l10n.t('SSH keys'), description: keySummary(s.sshKey), goto: 7 },
            { label: l10n.t('Start when ready'), description: s.start ? l10n.t('yes') : l10n.t('no'), goto: 8 },
          ]
        : [
            { label: l10n.t('CD-ROM'), description: s.cdrom || l10n.t('none'), edit: async () => keep((v: string) => (s.cdrom = v))(await askCdrom(ui, { ...frame, title: title(l10n.t('installer CD-ROM')) }, s.cdrom)) },
            ...(s.cdrom ? [{ label: l10n.t('Boot from the CD-ROM when ready'), description: s.start ? l10n.t('yes') : l10n.t('no'), goto: 8 }] : []),
          ]),
      ...options.filter((o) => o.set).map((o) => ({ label: o.label, description: o.value, edit: o.edit })),
    ].map((l) => ({ ...l, label: `$(edit) ${l.label}` }));
    const more: SummaryItem[] = rest.length > 0
      ? [{ label: l10n.t('$(ellipsis) More options…'), description: l10n.t('at their defaults: {0}', rest.map((o) => o.short).join(', ')), edit: () => moreOptions(w, options, step) }]
      : [];
    const picked = await ui.pick([create, ...lines, ...more], { ...frame, placeHolder: l10n.t('Create the server, or select a line to change it') });
    if (picked === BACK) return 'back';
    if (picked === undefined) return 'cancel';
    if (picked.goto !== undefined) return picked.goto;
    if (!picked.edit) return 'next';
    // Back from a change returns here as well; Escape leaves the wizard, as it does from any step.
    if ((await picked.edit()) === undefined) return 'cancel';
  }
}

/** Every rarer option with its value; the one picked is asked. */
async function moreOptions(w: WizardInputs, options: readonly Option[], step: WizardStep): Promise<unknown> {
  const items = options.map((o) => ({ label: o.label, description: o.value, o }));
  const picked = await w.ui.pick(items, { title: title(l10n.t('more options')), step, placeHolder: l10n.t('Select an option to change') });
  if (picked === undefined || picked === BACK) return picked;
  return picked.o.edit();
}

/** "none", "2 keys", or the one key's comment (else its type). */
function keySummary(lines: string | undefined): string {
  const keys = keyLines(lines ?? '');
  if (keys.length === 0) return l10n.t('none');
  if (keys.length > 1) return l10n.t('{0} keys', keys.length);
  const [type, , ...comment] = keys[0]!.split(/\s+/);
  return comment.join(' ') || type || '';
}
