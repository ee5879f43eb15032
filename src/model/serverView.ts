// How a server looks in the tree: icon, colour, the description beside its name and the hover
// card. What it may do is the state model's business (src/model/serverState.ts); this only draws.
import * as l10n from '@vscode/l10n';
import type { VirtualMachine } from '../api/schemas';
import { cleanText, markdownText } from '../api/safeText';
import { serverAddresses } from './addresses';
import { formatCores, formatDiscSize, formatMemory, specSummary } from './format';
import { contextValue, isChanging, stateLabel, stateOf, type PendingAction, type PowerFacts, type ServerStateName } from './serverState';

export interface ServerView {
  state: ServerStateName;
  /** Codicon id, e.g. `vm-running` or `sync~spin`. */
  icon: string;
  /** Theme colour id, e.g. `charts.green`. */
  color: string;
  contextValue: string;
  label: string;
  /** What the tree row shows next to the name: the state word first, so it survives a narrow sidebar. */
  description: string;
  changing: boolean;
}

/** The appliance's name in words ("Rescue system"); `permanent: false` leaves it at the next power cycle. */
export const applianceLabel = (name: string): string => (name === 'rescue' ? l10n.t('Rescue system') : l10n.t('Appliance {0}', name));

export function serverView(vm: VirtualMachine & PowerFacts, pending?: PendingAction, stale = false): ServerView {
  const state = stateOf(vm, pending);
  const label = stateLabel(state);
  const spec = specSummary(vm);
  const base = { state, label, contextValue: contextValue(vm, pending) };
  // In rescue the server is up but not running its own system: said first, in another colour.
  if (state === 'running' && vm.appliance !== undefined) return { ...base, icon: 'tools', color: 'charts.orange', description: `${applianceLabel(vm.appliance)} · ${spec}`, changing: false };
  if (state === 'running') return { ...base, icon: 'vm-running', color: 'charts.green', description: spec, changing: false };
  if (state === 'stopped') return { ...base, icon: 'vm-outline', color: 'disabledForeground', description: `${label} · ${spec}`, changing: false };
  if (state === 'deleted') return { ...base, icon: 'trash', color: 'disabledForeground', description: `${label} · ${spec}`, changing: false };
  // A restart or reset goes round in a circle; every other change is a one-way trip. While the
  // API is not answering, nobody knows how far it got: no spinner.
  const icon = stale ? 'question' : state === 'restarting' || state === 'resetting' || state === 'rescuing' ? 'sync~spin' : 'loading~spin';
  return { ...base, icon, color: 'charts.yellow', description: `${label} · ${spec}`, changing: isChanging(state) };
}

/** API text in a code span (monospace, never a link); text a code span cannot hold is escaped instead. */
export function code(text: string): string {
  const clean = cleanText(text);
  return clean === '' || clean.includes('`') ? markdownText(clean) : `\`${clean}\``;
}

/**
 * The hover card: everything a user checks before acting on a server, as Markdown. All text is
 * escaped (markdownText) or in code spans; the only markup is the bold name and the line breaks.
 */
export function serverTooltipMarkdown(vm: VirtualMachine & PowerFacts, pending?: PendingAction): string {
  const e = (text: string): string => markdownText(text);
  const lines: string[] = [`**${e(vm.name)}** ${e(`— ${stateLabel(stateOf(vm, pending))}`)}`, ''];
  if (vm.appliance !== undefined && vm.power_on) {
    lines.push(e(l10n.t('Booted into {0} from here: its own discs are not in use. Boot Normally (or any restart) returns it to its own system.', applianceLabel(vm.appliance))), '');
  }
  const row = (name: string, value: string | null | undefined): void => {
    if (value !== undefined && value !== null && value !== '') lines.push(`${e(`${name}:`)} ${value}  `);
  };
  row(l10n.t('Hostname'), vm.hostname ? code(vm.hostname) : undefined);
  row(l10n.t('Zone'), vm.zone_name ? e(vm.zone_name) : undefined);
  row(l10n.t('Head'), vm.head ? e(vm.head) : undefined);
  row(l10n.t('Hardware profile'), vm.hardware_profile ? e(vm.hardware_profile + (vm.hardware_profile_locked ? l10n.t(' (locked)') : '')) : undefined);
  row(l10n.t('Last image'), vm.last_imaged_with ? e(vm.last_imaged_with) : undefined);
  row(l10n.t('Size'), e(`${formatCores(vm.cores)} · ${formatMemory(vm.memory)}`));
  row(l10n.t('Discs'), (vm.discs ?? []).map((d) => e(`${d.label} ${formatDiscSize(d.size)} ${d.storage_grade}`)).join(e(', ')));
  const addresses = serverAddresses(vm);
  const list = (kind: string) => addresses.filter((a) => a.kind === kind).map((a) => code(a.ip)).join(e(', '));
  row(l10n.t('IPv4'), list('ipv4'));
  row(l10n.t('IPv6'), list('ipv6'));
  row(l10n.t('Extra IPs'), list('extra'));
  row(l10n.t('Management address'), vm.management_address ? code(vm.management_address) : undefined);
  row(l10n.t('CD-ROM'), vm.cdrom_url ? e(vm.cdrom_url) : undefined);
  return lines.join('\n');
}
