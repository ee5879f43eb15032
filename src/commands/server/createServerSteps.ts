// The nine steps of Create Server, one function each, over one state object. Every choice comes
// from the API's definitions (with their descriptions) and every typed value is checked as typed.
import * as l10n from '@vscode/l10n';
import { serverCount } from '../../model/counts';
import type { Definitions } from '../../api';
import { BACK, type PickItem, type UiPort, type WizardStep } from '../../interaction/port';
import type { GroupChoice } from '../group/groupPrompts';
import { nameValidator } from '../nameWords';
import { askRootPassword, askSshKey, type KeyItem, type RootPassword } from '../serverPrompts';
import { resultOf, type Step, type StepResult } from '../wizard';
import { askDiscs, askSize, discText, sizeText, type DiscChoice } from './sizePrompts';
import type { MachineSize } from '../../model/names';

export interface NewServer {
  group: GroupChoice;
  name: string;
  zone?: string;
  size?: MachineSize;
  discs: DiscChoice[];
  /** null: no image (install from a CD-ROM later). */
  distribution?: string | null;
  /** Its description ("Debian 10 (64 bit)"), for the messages. */
  imageName?: string;
  password?: RootPassword;
  sshKey?: string;
  start: boolean;
}

export interface WizardInputs {
  ui: UiPort;
  defs: Definitions;
  groups: readonly GroupChoice[];
  /** The user's keys from their Bytemark account, offered first. */
  accountKeys: readonly KeyItem[];
}

const title = (what: string): string => l10n.t('Create Server: {0}', what);

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
    async (s, step) => {
      const none: ImageItem = { label: l10n.t('$(circle-slash) No image'), detail: l10n.t('Blank discs: install from a CD-ROM, or reimage later'), distribution: null };
      const items: ImageItem[] = [...defs.distributions.map((d) => ({ label: d, description: defs.distributionDescriptions[d], distribution: d })), none];
      const current = items.find((i) => i.distribution === s.distribution);
      const ordered = current ? [current, ...items.filter((i) => i !== current)] : items;
      return resultOf(await ui.pick(ordered, { title: title(l10n.t('operating system')), step, placeHolder: l10n.t('Select the operating system to install'), matchOnDescription: true }), (p) => {
        s.distribution = p.distribution;
        s.imageName = p.description;
      });
    },
    async (s, step) => (s.distribution ? credentials(w, s, step) : 'skip'),
    async (s, step) => {
      if (!s.distribution) {
        s.start = false;
        return 'skip';
      }
      const yes = { label: l10n.t('$(play) Start it when it is ready'), start: true };
      const no = { label: l10n.t('$(debug-stop) Leave it powered off'), detail: l10n.t('Start it yourself later'), start: false };
      return resultOf(await ui.pick(s.start ? [yes, no] : [no, yes], { title: title(l10n.t('start')), step, placeHolder: l10n.t('Start the server once the image is installed?') }), (p) => (s.start = p.start));
    },
    async (s, step) => summary(ui, defs, s, step),
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
    case 5: return s.distribution !== undefined;
    // An image needs a root password; no image needs none.
    case 6: return !s.distribution || s.password !== undefined;
    default: return true;
  }
}

async function credentials(w: WizardInputs, s: NewServer, step: WizardStep): Promise<StepResult> {
  for (;;) {
    const password = await askRootPassword(w.ui, { title: title(l10n.t('root password')), step }, s.name);
    if (password === undefined || password === BACK) return resultOf(password, () => undefined);
    s.password = password;
    const key = await askSshKey(w.ui, { title: title(l10n.t('SSH key for root')), step }, w.accountKeys);
    if (key === BACK) continue;
    return resultOf(key, (k) => (s.sshKey = k.value));
  }
}

/** "none", "2 keys", or the one key's comment (else its type). */
function keySummary(lines: string | undefined): string {
  if (!lines) return l10n.t('none');
  const keys = lines.split('\n').filter((l) => l.trim() !== '');
  if (keys.length > 1) return l10n.t('{0} keys', keys.length);
  const [type, , ...comment] = keys[0]!.trim().split(/\s+/);
  return comment.join(' ') || type || '';
}

interface ImageItem extends PickItem {
  distribution: string | null;
}

interface SummaryItem extends PickItem {
  goto?: number;
}

/** Confirm, or pick a line to change it (jumps to its step). */
async function summary(ui: UiPort, defs: Definitions, s: NewServer, step: WizardStep): Promise<StepResult> {
  const where = `${s.group.groupName}.${s.group.accountName}`;
  const create: SummaryItem = { label: l10n.t('$(check) Create {0}.{1}', s.name, where), detail: l10n.t('One request; the server shows in the tree at once and is ready in a minute or two.') };
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
          { label: l10n.t('SSH key'), description: keySummary(s.sshKey), goto: 7 },
          { label: l10n.t('Start when ready'), description: s.start ? l10n.t('yes') : l10n.t('no'), goto: 8 },
        ]
      : []),
  ].map((l) => ({ ...l, label: `$(edit) ${l.label}` }));
  const picked = await ui.pick([create, ...lines], { title: title(l10n.t('summary')), step, placeHolder: l10n.t('Create the server, or select a line to change it') });
  if (picked === BACK) return 'back';
  if (picked === undefined) return 'cancel';
  return picked.goto ?? 'next';
}
