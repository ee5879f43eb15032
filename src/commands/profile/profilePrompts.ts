// What the profile commands share: choosing a profile, and the words for a name or an endpoint
// that cannot be used.
import * as l10n from '@vscode/l10n';
import { describeEndpointProblem, validateEndpoint } from '../../api/endpoint';
import { profileNameProblem } from '../../config/profiles';
import type { CommandContext, ProfileInfo } from '../context';

/** The profile of the row the command came from, else one the user picks (among `which`). */
export async function resolveProfile(ctx: CommandContext, arg: unknown, title: string, which: (p: ProfileInfo) => boolean = () => true): Promise<ProfileInfo | undefined> {
  const fromRow = ctx.profiles.fromArg(arg);
  if (fromRow) return fromRow;
  const candidates = ctx.profiles.list().filter(which);
  if (candidates.length === 0) {
    void ctx.ui.notify('info', l10n.t('There is no profile to choose. Add one with "Add Profile…".'));
    return undefined;
  }
  if (candidates.length === 1) return candidates[0];
  const picked = await ctx.ui.pick(
    candidates.map((p) => ({ label: p.name, description: p.username ?? l10n.t('signed out'), detail: p.apiEndpoint, profile: p })),
    { title, placeHolder: l10n.t('Select a profile'), matchOnDetail: true },
  );
  return picked?.profile;
}

export function profileNameValidator(others: readonly string[]): (value: string) => string | undefined {
  return (value) => {
    switch (profileNameProblem(value, others)) {
      case 'empty':
        return l10n.t('Give the profile a name.');
      case 'too-long':
        return l10n.t('Keep the name under 60 characters.');
      case 'control':
        return l10n.t('The name cannot contain control characters.');
      case 'taken':
        return l10n.t('Another profile already has this name.');
      default:
        return undefined;
    }
  };
}

export function endpointValidator(value: string): string | undefined {
  const c = validateEndpoint(value);
  return c.ok ? undefined : l10n.t('This address cannot be used: {0}.', describeEndpointProblem(c.problem));
}
