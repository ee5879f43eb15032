// Create Server…: a nine-step wizard (group, name, zone, size, discs, image or installer CD, root
// password and SSH keys, start, summary, where the first-boot script, backups and hardware profile
// are too) with Back, then ONE vm_create (createSpec.ts). The server shows in the tree at once as
// "Creating…", settles by polling, and a notification says when it is up.
import * as l10n from '@vscode/l10n';
import { keyCount } from '../../model/counts';
import { BadRequestError, type Definitions, type VirtualMachine } from '../../api';
import { primaryIp } from '../../model/format';
import { CREATED } from '../../model/serverWaits';
import { parsePublicKey } from '../../model/sshKeys';
import type { CommandContext, CommandHandler } from '../context';
import { allGroups, isGroupNode, groupChoice } from '../group/groupPrompts';
import { explainForbidden, groupAdmin } from '../privilege';
import { showRootPassword } from '../serverPrompts';
import { joinKeys, type KeyItem } from '../sshKeyPrompts';
import { runWizard } from '../wizard';
import { createServerAnswered, createServerSteps } from './createServerSteps';
import { createSpec, stepAtFault } from './createSpec';
import { newServer, startsWhenBuilt, type NewServer } from './createState';
import { defineCommand } from '../definition';

export const createServer: CommandHandler = async (ctx, arg) => {
  const accounts = await ctx.accounts();
  if (!accounts) return undefined;
  // Only the groups the privileges allow, checked before the first step rather than after the ninth.
  const every = allGroups(accounts);
  const groups = every.filter((g) => ctx.mayWriteGroup(g.groupId, g.accountId));
  const asked = isGroupNode(arg) ? groupChoice(arg) : undefined;
  if (asked && !ctx.mayWriteGroup(asked.groupId, asked.accountId)) {
    void ctx.ui.notify('info', l10n.t('You cannot create a server in {0}.{1}: it needs {2}. Ask an administrator of the account.', asked.groupName, asked.accountName, groupAdmin(asked.groupName, asked.accountName)));
    return undefined;
  }
  const first = asked ?? groups[0];
  if (!first) {
    void ctx.ui.notify('info', every.length
      ? l10n.t('Your privileges do not allow creating a server in any group: it needs the group administrator privilege on a group (or account administrator). Ask an administrator of the account.')
      : l10n.t('You have no group to create a server in. Add a group to an account first.'));
    return undefined;
  }
  let defs: Definitions;
  try {
    defs = await ctx.definitions();
  } catch (err) {
    ctx.reportError(l10n.t('load the choices for a new server (zones, images, storage grades)'), err);
    return undefined;
  }
  const state = newServer(groups.find((g) => g.groupId === first.groupId) ?? first);
  const steps = createServerSteps({ ui: ctx.ui, defs, groups, accountKeys: await accountKeys(ctx) });
  if (!(await runWizard(state, steps, { answered: createServerAnswered }))) return undefined;
  for (;;) {
    const sent = await send(ctx, state);
    // A refusal of a value (400) reopens the step at fault with everything entered, never loses the wizard.
    if (!(sent instanceof BadRequestError)) return sent;
    if (!(await runWizard(state, steps, { answered: createServerAnswered, from: stepAtFault(sent) }))) return false;
  }
};

/** The keys on the user's Bytemark account, offered first; none if they cannot be read. */
async function accountKeys(ctx: CommandContext): Promise<KeyItem[]> {
  const user = ctx.session.username;
  const brain = user ? await ctx.brain() : undefined;
  if (!brain || !user) return [];
  try {
    const lines = await brain.users.authorizedKeys(user);
    if (lines.length === 0) return [];
    const parsed = lines.map(parsePublicKey);
    const all: KeyItem = { label: l10n.t('$(account) Your Bytemark keys'), detail: l10n.t('{0} from your Bytemark account', keyCount(lines.length)), lines: joinKeys(lines), all: true };
    const each = parsed.flatMap((r) => (r.ok ? [{ label: `$(key) ${r.key.comment || r.key.type}`, description: l10n.t('Bytemark account · {0}', r.key.fingerprint), lines: r.key.line }] : []));
    return lines.length > 1 ? [all, ...each] : each;
  } catch (err) {
    ctx.log.warn(`Could not read your Bytemark SSH keys: ${err instanceof Error ? err.message : String(err)}`);
    return [];
  }
}

/** True when created; the API's refusal of a value as the error (said already); false for any other failure. */
async function send(ctx: CommandContext, s: NewServer): Promise<boolean | undefined | BadRequestError> {
  const g = s.group;
  const full = `${s.name}.${g.groupName}.${g.accountName}`;
  const where = { account: g.accountId, group: g.groupId };
  let vm: VirtualMachine | undefined;
  // Read by name: after the create, and after a lost answer (a create that was carried out must not be sent again).
  const readBack = async (): Promise<boolean> => {
    const brain = await ctx.brain();
    vm = brain ? await brain.getServer({ ...where, server: s.name }) : undefined;
    return vm !== undefined;
  };
  const [outcome] = await ctx.act([s], {
    key: () => `create:${full}`,
    title: () => l10n.t('Creating {0}', full),
    what: () => l10n.t('create {0}', full),
    done: () => undefined,
    call: async (brain, _s, signal) => {
      ctx.log.info(`Creating ${full} (${s.size!.cores} cores, ${s.size!.memory} MiB, ${s.discs.length} discs, ${s.distribution ?? (s.cdrom ? 'no image, CD-ROM' : 'no image')}${startsWhenBuilt(s) ? '' : ', left off'})…`);
      vm = (await brain.servers.create(where, createSpec(s), { signal })) ?? (await brain.getServer({ ...where, server: s.name }, { signal }));
    },
    explain: (err) => explainForbidden(err, groupAdmin(g.groupName, g.accountName)),
    confirm: readBack,
  }, () => full);
  if (outcome === undefined || outcome.result === 'cancelled') return undefined;
  if (outcome.result === 'failed' && outcome.error instanceof BadRequestError) return outcome.error;
  if (outcome.result !== 'ok' || !vm) return false;
  ctx.log.info(`Creating ${full}: accepted; it is being built.`);
  const target = ctx.showNewServer(vm, 'creating') ?? {
    ref: { account: g.accountId, group: g.groupId, server: vm.id }, vm, accountName: g.accountName, groupName: g.groupName, fullName: full,
  };
  const ready = ctx.waitFor(target, CREATED);
  if (s.password?.generated) {
    await showRootPassword(ctx.ui, l10n.t('{0} is being created with {1}.', full, s.imageName ?? s.distribution ?? ''), s.password.value);
  }
  try {
    const up = await ready;
    if (!up.power_on) {
      ctx.ui.flash(l10n.t('$(check) Created {0} (powered off).', full));
      return true;
    }
    if (!s.distribution) {
      // Booted from the installer CD: its installer is on the graphical console.
      const screen = l10n.t('Open Graphical Console');
      const iso = (s.cdrom ?? '').split('/').pop() ?? '';
      if ((await ctx.ui.notify('info', l10n.t('{0} is up, booting from {1}: install from its graphical console.', full, iso), screen)) === screen) {
        await ctx.features.openGraphicalConsole({ ...target, vm: up });
      }
      return true;
    }
    const ip = primaryIp(up);
    const consoleButton = l10n.t('Open Serial Console');
    const copy = l10n.t('Copy IP Address');
    const choice = await ctx.ui.notify('info', l10n.t('{0} is up{1}.', full, ip ? ` (${ip})` : ''), consoleButton, ...(ip ? [copy] : []));
    if (choice === consoleButton) await ctx.features.openConsole({ ...target, vm: up });
    if (choice === copy && ip) {
      await ctx.ui.copy(ip);
      ctx.ui.flash(l10n.t('$(check) Copied {0}', ip));
    }
    return true;
  } catch (err) {
    ctx.reportError(l10n.t('see {0} start', full), err);
    return false;
  }
}

export const definition = defineCommand({
  id: 'bigv.createServer',
  title: 'Create Server…',
  icon: 'add',
  rows: [
    { kinds: ['group'], menu: '1_create@1' },
  ],
  titleBar: [
    { view: 'servers', group: 'navigation@5', when: 'bigv.signedIn && bigv.mayCreateServer' },
  ],
  writes: true,
  run: createServer,
});
