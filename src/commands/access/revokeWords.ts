// Revoking one privilege: asked in words (whose, what, where), then DELETE /privileges/{id}.
import * as l10n from '@vscode/l10n';
import type { Privilege } from '../../api';
import type { CommandContext } from '../context';
import { runDetail } from '../detailActions';
import { explainForbidden } from '../privilege';
import { levelWords, privilegeTarget } from '../../model/privileges';

/** "demo", or "demo's API key #3". */
export const holder = (p: Privilege): string => (p.api_key_id === undefined || p.api_key_id === null ? p.username : l10n.t('{0}\'s API key #{1}', p.username, p.api_key_id));

/** `onName`: what it is on, when the caller knows it better than the privilege says (its full name). */
export async function revoke(ctx: CommandContext, p: Privilege, onName?: string): Promise<boolean | undefined> {
  const on = onName ?? privilegeTarget(p);
  const own = p.username === ctx.session.username && (p.api_key_id === undefined || p.api_key_id === null);
  const detail = [
    levelWords(p.level),
    own ? l10n.t('This is your own privilege: without it you may no longer change {0}, or grant it back.', on) : l10n.t('It stops working at once.'),
  ].join('\n\n');
  const button = l10n.t('Revoke');
  if ((await ctx.ui.ask(l10n.t('Revoke {0}\'s {1} on {2}?', holder(p), p.level, on), detail, [button])) !== button) return undefined;
  const ok = await runDetail(ctx, undefined, {
    title: l10n.t('Revoking {0}\'s {1} on {2}', holder(p), p.level, on),
    what: l10n.t('revoke {0}\'s {1} on {2}', holder(p), p.level, on),
    done: l10n.t('Revoked {0}\'s {1} on {2}.', holder(p), p.level, on),
    call: async (b, signal) => {
      try {
        await b.privileges.revoke(p.id, { signal });
      } catch (err) {
        throw explainForbidden(err, l10n.t('administration of {0} (group administrator at least)', on));
      }
    },
  });
  if (ok) ctx.details.accountChanged();
  return ok;
}
