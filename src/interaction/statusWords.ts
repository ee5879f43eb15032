// What the status-bar entry says: who is signed in where, and how many servers are changing.
// With several profiles each user is named with their profile, and the hover says it as a
// sentence ("Signed in as demo to Bytemark Cloud and as viewer to Client"), never a profile
// name where a user name belongs. No vscode import.
import * as l10n from '@vscode/l10n';

export interface SignedInAs {
  /** Undefined with a single profile: there is nothing to tell apart. */
  profile?: string;
  user: string;
}

export function statusWords(who: readonly SignedInAs[], changing: number): { text: string; tooltip: string } | undefined {
  if (who.length === 0) return undefined;
  const text = who.map((w) => (w.profile === undefined ? w.user : `${w.profile}: ${w.user}`)).join(', ');
  const where = who.map((w) => (w.profile === undefined ? l10n.t('as {0}', w.user) : l10n.t('as {0} to {1}', w.user, w.profile)));
  const signedIn = who.length === 1 && who[0]!.profile === undefined
    ? l10n.t('Signed in to Bytemark Cloud as {0}.', who[0]!.user)
    : l10n.t('Signed in {0}.', where.length === 1 ? where[0]! : l10n.t('{0} and {1}', where.slice(0, -1).join(', '), where.at(-1)!));
  const busy = changing === 0 ? '' : ` ${changing === 1 ? l10n.t('1 server is changing state.') : l10n.t('{0} servers are changing state.', changing)}`;
  return { text, tooltip: signedIn + busy };
}
