// bigv_powerServers: start, stop, shut down, restart or reset servers, through the same command
// as the menu item (bigv.start, …) on the tree's nodes, several at once as a multi-selection.
import * as l10n from '@vscode/l10n';
import { z } from '../api';
import { applicable, confirmation, nowWord, runCommand } from './act';
import { findMany, type Found } from './servers';
import { defineTool, type ToolHost } from './types';

const ACTIONS = ['start', 'stop', 'shutdown', 'restart', 'reset'] as const;
type PowerAction = (typeof ACTIONS)[number];
export const MOST_SERVERS = 100;

export interface PowerInput {
  action: PowerAction;
  servers: string[];
  profile?: string | undefined;
}

const WORDS: Record<PowerAction, { title: (n: number) => string; after: () => string; undo: () => string; warning?: () => string }> = {
  start: { title: (n) => l10n.t('Start {0} server(s)?', n), after: () => l10n.t('running'), undo: () => l10n.t('Shut it down again (bigv_powerServers shutdown).') },
  stop: {
    title: (n) => l10n.t('Stop (power off) {0} server(s)?', n),
    after: () => l10n.t('stopped'),
    undo: () => l10n.t('Start it again; what was not yet written to disc is lost for good.'),
    warning: () => l10n.t('This cuts the power at once, like pulling the plug: anything not yet written to disc is lost.'),
  },
  shutdown: { title: (n) => l10n.t('Shut down {0} server(s)?', n), after: () => l10n.t('stopped (clean shutdown)'), undo: () => l10n.t('Start it again.') },
  restart: { title: (n) => l10n.t('Restart {0} server(s)?', n), after: () => l10n.t('running again, restarted'), undo: () => l10n.t('None needed: it is running again; the reboot itself cannot be taken back.') },
  reset: {
    title: (n) => l10n.t('Reset {0} server(s)?', n),
    after: () => l10n.t('running again, reset'),
    undo: () => l10n.t('None: a reset cannot be taken back.'),
    warning: () => l10n.t('Each reboots at once, like pressing the reset button: the operating system is not warned and unsaved data is lost.'),
  },
};

async function targets(host: ToolHost, input: PowerInput): Promise<{ go: Found[]; skipped: string[] }> {
  return applicable(await findMany(host, input.servers, input.profile), input.action);
}

export const powerServers = defineTool<PowerInput>({
  name: 'bigv_powerServers',
  kind: 'change',
  schema: () =>
    z.strictObject({
      action: z.enum(ACTIONS),
      servers: z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(MOST_SERVERS)),
      profile: z.optional(z.string()),
    }),
  invocation: (i) => `${i.action} ${i.servers.length === 1 ? i.servers[0] : `${i.servers.length} servers`}`,
  async confirm(host, input) {
    const { go, skipped } = await targets(host, input);
    const w = WORDS[input.action];
    return confirmation(go, { title: w.title(go.length), change: (f) => `${nowWord(f)} → ${w.after()}`, undo: w.undo(), skipped, ...(w.warning ? { warning: w.warning() } : {}) });
  },
  async invoke(host, input) {
    const { go, skipped } = await targets(host, input);
    const answers: string[] = [];
    // One run per profile: its servers as the tree's multi-selection, as a menu would pass them.
    for (const id of new Set(go.map((f) => f.p.profile.id))) {
      const p = go.find((f) => f.p.profile.id === id)!.p;
      const mine = go.filter((f) => f.p.profile.id === id).map((f) => p.node(f.t.vm.id) ?? f.t);
      // The one question the handler asks (Stop? Reset? these N servers?) was the person's confirmation: its first button.
      answers.push(await runCommand(p, 'bigv_powerServers', `bigv.${input.action}`, [mine[0], mine], { asks: [(buttons) => buttons[0]] }));
    }
    if (skipped.length) answers.push(`Skipped: ${skipped.join('; ')}.`);
    return answers.join('\n');
  },
});
