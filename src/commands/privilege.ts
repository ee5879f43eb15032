// A 403 says only "not allowed". Where the command knows what it needed (group administration
// of web.demo), it says that instead, so a read-only user knows what to ask an administrator for.
import * as l10n from '@vscode/l10n';
import { isBigvError } from '../api';

export class MissingPrivilegeError extends Error {
  override readonly name = 'MissingPrivilegeError';
}

/** `needs` completes "it needs …": "the group administrator privilege on web.demo". */
export function explainForbidden(err: unknown, needs: string): unknown {
  if (!isBigvError(err) || err.kind !== 'forbidden') return err;
  return new MissingPrivilegeError(
    l10n.t('you can see this but not change it: it needs {0}. Ask an administrator of the account to grant it to you (your privileges are listed in the Bytemark panel).', needs),
  );
}

export const groupAdmin = (group: string, account: string): string => l10n.t('the group administrator privilege on {0}.{1} (or account administrator on {1})', group, account);
export const accountAdmin = (account: string): string => l10n.t('the account administrator privilege on {0}', account);
export const serverAdmin = (fullName: string): string => l10n.t('the server administrator privilege on {0} (or group administrator on its group)', fullName);
