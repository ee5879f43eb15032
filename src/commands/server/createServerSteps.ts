// The nine steps of Create Server, one function each, over one state object. Every choice comes
// from the API's definitions (with their descriptions) and every typed value is checked as typed.
// The rarer options (first-boot script, backups, hardware profile) are asked from the summary
// only (createSummary.ts), so pressing Enter through the steps creates what it always did.
import * as l10n from '@vscode/l10n';
import { serverCount } from '../../model/counts';
import { BACK, type PickItem, type WizardStep } from '../../interaction/port';
import { nameValidator } from '../nameWords';
import { askRootPassword } from '../serverPrompts';
import { askSshKey } from '../sshKeyPrompts';
import { resultOf, type Step, type StepResult } from '../wizard';
import { askCdrom } from './createOptions';
import { summary } from './createSummary';
import { askDiscs, askSize } from './sizePrompts';
import { title, type NewServer, type WizardInputs } from './createState';

export function createServerSteps(w: WizardInputs): Step<NewServer>[] {
  const { ui, defs } = w;
  return [
    async (s, step) => {
      const items = [s.group, ...w.groups.filter((g) => g !== s.group)].map((g) => ({
        label: g.groupName,
        description: g.accountName,
        detail: serverCount(g.taken.size),
        g,
      }));
      return resultOf(await ui.pick(items, { title: title(l10n.t('account and group')), step, placeHolder: l10n.t('Where the new server goes'), matchOnDescription: true }), (p) => (s.group = p.g));
    },
    async (s, step) =>
      resultOf(
        await ui.input({
          title: title(l10n.t('name')),
          step,
          prompt: l10n.t('Name of the new server in {0}.{1}: lower-case letters, digits and hyphens (it becomes part of the hostname)', s.group.groupName, s.group.accountName),
          placeHolder: 'web3',
          value: s.name,
          validate: nameValidator(s.group.taken, `${s.group.groupName}.${s.group.accountName}`),
        }),
        (v) => (s.name = v),
      ),
    async (s, step) => {
      const zones = s.zone ? [s.zone, ...defs.zoneNames.filter((z) => z !== s.zone)] : defs.zoneNames;
      const items = zones.map((z) => ({ label: z, zone: z }));
      return resultOf(await ui.pick(items, { title: title(l10n.t('zone')), step, placeHolder: l10n.t('The data centre it runs in') }), (p) => (s.zone = p.zone));
    },
    async (s, step) => resultOf(await askSize(ui, { title: title(l10n.t('cores and memory')), step }, s.size, undefined, { keep: true }), (v) => (s.size = v)),
    async (s, step) => resultOf(await askDiscs(ui, { title: title(l10n.t('discs')), step }, defs, s.discs), (v) => (s.discs = v)),
    async (s, step) => image(w, s, step),
    async (s, step) => (s.distribution ? credentials(w, s, step) : 'skip'),
    async (s, step) => {
      if (!s.distribution && !s.cdrom) return 'skip';
      const yes = s.distribution
        ? { label: l10n.t('$(play) Start it when it is ready'), start: true }
        : { label: l10n.t('$(play) Boot it from the CD-ROM when it is ready'), detail: l10n.t('Then install from the graphical console'), start: true };
      const no = { label: l10n.t('$(debug-stop) Leave it powered off'), detail: l10n.t('Start it yourself later'), start: false };
      const placeHolder = s.distribution ? l10n.t('Start the server once the image is installed?') : l10n.t('Boot the server from the installer CD once it is built?');
      return resultOf(await ui.pick(s.start ? [yes, no] : [no, yes], { title: title(l10n.t('start')), step, placeHolder }), (p) => (s.start = p.start));
    },
    async (s, step) => summary(w, s, step),
  ];
}

/** Which steps still hold a fitting answer, by index: after a summary line is changed, only the others are asked. */
export function createServerAnswered(index: number, s: NewServer): boolean {
  switch (index) {
    // Another group may already hold a server of that name.
    case 1: return s.name !== '' && !s.group.taken.has(s.name);
    case 2: return s.zone !== undefined;
    case 3: return s.size !== undefined;
    case 4: return s.discs.length > 0;
    // An image needs a root password; no image needs none, but is asked for its CD-ROM (in step 6).
    case 5: return s.distribution !== undefined && (s.distribution !== null || s.cdrom !== undefined);
    case 6: return !s.distribution || s.password !== undefined;
    default: return true;
  }
}

async function credentials(w: WizardInputs, s: NewServer, step: WizardStep): Promise<StepResult> {
  for (;;) {
    const password = await askRootPassword(w.ui, { title: title(l10n.t('root password')), step }, s.name);
    if (password === undefined || password === BACK) return resultOf(password, () => undefined);
    s.password = password;
    const key = await askSshKey(w.ui, { title: title(l10n.t('SSH keys for root')), step }, w.accountKeys);
    if (key === BACK) continue;
    return resultOf(key, (k) => (s.sshKey = k.value));
  }
}

interface ImageItem extends PickItem {
  distribution: string | null;
}

/** The image; "No image" then asks for the installer CD-ROM (Back there shows the images again). */
async function image(w: WizardInputs, s: NewServer, step: WizardStep): Promise<StepResult> {
  const { ui, defs } = w;
  for (;;) {
    const none: ImageItem = { label: l10n.t('$(circle-slash) No image'), detail: l10n.t('Blank discs: boot an installer CD-ROM, or reimage later'), distribution: null };
    const items: ImageItem[] = [...defs.distributions.map((d) => ({ label: d, description: defs.distributionDescriptions[d], distribution: d })), none];
    const current = items.find((i) => i.distribution === s.distribution);
    const ordered = current ? [current, ...items.filter((i) => i !== current)] : items;
    const picked = await ui.pick(ordered, { title: title(l10n.t('operating system')), step, placeHolder: l10n.t('Select the operating system to install'), matchOnDescription: true });
    if (picked === BACK || picked === undefined) return resultOf(picked, () => undefined);
    if (picked.distribution !== null) {
      s.distribution = picked.distribution;
      s.imageName = picked.description;
      return 'next';
    }
    const url = await askCdrom(ui, { title: title(l10n.t('installer CD-ROM')), step }, s.cdrom);
    if (url === BACK) continue;
    return resultOf(url, (u) => {
      s.distribution = null;
      delete s.imageName;
      s.cdrom = u;
    });
  }
}
