// Rename…: the server's name, which is also the first part of its hostname. Checked as typed
// against the rules and the other names in its group.
import * as l10n from '@vscode/l10n';
import { succeeded, type CommandHandler } from '../context';
import { nameValidator } from '../nameWords';
import { explainForbidden, serverAdmin } from '../privilege';
import { defineCommand } from '../definition';

/** What the hostname becomes, not what it was: `web1.web.demo.uk0.bigv.io` becomes `<new name>.web.demo.uk0.bigv.io`. */
function hostnamePrompt(name: string, hostname: string | undefined): string {
  if (!hostname || !hostname.startsWith(`${name}.`)) return l10n.t('New name. The hostname changes with it.');
  return l10n.t('New name. The hostname changes with it: {0} becomes {1}', hostname, `<${l10n.t('new name')}>${hostname.slice(name.length)}`);
}

export const rename: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'rename', placeHolder: l10n.t('Select a server to rename') });
  if (!target) return undefined;
  const group = (await ctx.accounts())?.flatMap((a) => a.groups).find((g) => g.group.id === target.vm.group_id);
  const taken = new Set((group?.servers ?? []).map((s) => s.vm.name).filter((n) => n !== target.vm.name));
  const name = await ctx.ui.input({
    title: l10n.t('Rename {0}', target.fullName),
    prompt: hostnamePrompt(target.vm.name, target.vm.hostname),
    value: target.vm.name,
    validate: nameValidator(taken, `${target.groupName}.${target.accountName}`),
  });
  if (name === undefined || name === target.vm.name) return undefined;
  const outcomes = await ctx.run([target], {
    action: 'rename',
    title: (t) => l10n.t('Renaming {0} to {1}', t.fullName, name),
    done: () => l10n.t('Renamed to {0}.{1}.{2}.', name, target.groupName, target.accountName),
    call: async (brain, t, signal) => {
      try {
        await brain.servers.rename(t.ref, name, { signal });
      } catch (err) {
        throw explainForbidden(err, serverAdmin(t.fullName));
      }
    },
  });
  return succeeded(outcomes);
};

export const definition = defineCommand({
  id: 'bigv.rename',
  title: 'Rename…',
  icon: 'edit',
  rows: [
    { kinds: ['server'], menu: '6_change@2' },
  ],
  writes: true,
  run: rename,
});
