// The image Reimage installs. The root password, SSH keys and first-boot script questions are
// shared with Create Server (../serverPrompts.ts, ../sshKeyPrompts.ts, ../firstBootPrompts.ts).
// Undefined means the user cancelled (Escape): nothing is done.
import * as l10n from '@vscode/l10n';
import type { Definitions } from '../../api';
import type { ServerTarget } from '../../model/target';
import type { PickItem, UiPort } from '../../interaction/port';

interface DistributionItem extends PickItem {
  distribution: string;
}

/** The image to install: the one this server last had first, then the rest in order. */
export async function askDistribution(ui: UiPort, target: ServerTarget, definitions: Definitions): Promise<string | undefined> {
  const last = target.vm.last_imaged_with ?? undefined;
  const sorted = [...definitions.distributions].sort((a, b) => a.localeCompare(b));
  const names = last !== undefined && sorted.includes(last) ? [last, ...sorted.filter((d) => d !== last)] : sorted;
  if (names.length === 0) {
    void ui.notify('error', l10n.t('The API offers no operating system images. Try again later, or contact Bytemark support.'));
    return undefined;
  }
  const items: DistributionItem[] = names.map((d) => ({
    label: d,
    distribution: d,
    description: definitions.distributionDescriptions[d],
    ...(d === last ? { detail: l10n.t('Currently installed on {0}', target.vm.name) } : {}),
  }));
  const picked = await ui.pick(items, {
    title: l10n.t('Reimage {0} (1/5): operating system', target.fullName),
    placeHolder: l10n.t('Select the operating system to install'),
    matchOnDescription: true,
  });
  return picked?.distribution;
}
