// The contextValues of the rows whose actions do not hang on a server's state: a profile's root,
// an error, the Your Account view's rows, and the rows that offer nothing. Servers and the rows
// under them are in serverState.ts and discState.ts; groups and accounts in estate/writeAccess.ts
// (they hang on privileges). Kept here, not in the tree items, so the row table test can walk
// every row kind without VS Code. No vscode import.
import { rowContext } from './rowContext';

/** A profile's root row: Sign In or Sign Out and Refresh by its session; Remove only for an added profile (the settings' own stays). */
export function profileContext(signedIn: boolean, added: boolean): string {
  return signedIn
    ? rowContext('profile', 'in', ['refresh', 'signOut', 'renameProfile', added && 'removeProfile'])
    : rowContext('profile', 'out', ['signIn', 'signInWithApiKey', 'renameProfile', added && 'removeProfile']);
}

/** A key of the Your Account view: removable whether or not it parses (a bad line is worth removing). */
export function sshKeyContext(valid: boolean): string {
  return rowContext('sshKey', valid ? 'valid' : 'invalid', ['removeSshKey']);
}

/** An API key of the Your Account view: deletable, expired or not. */
export function apiKeyContext(expired: boolean): string {
  return rowContext('apiKey', expired ? 'expired' : 'valid', ['deleteApiKey']);
}

/** A privilege of the Your Account view: one granted to an API key can be revoked there; the user's own is shown. */
export function privilegeContext(keyed: boolean): string {
  return keyed ? rowContext('privilege', 'keyed', ['revokePrivilege']) : rowContext('privilege', 'held');
}

/** An entry of the Activity view (its state is its outcome): Undo while it is offered, and Show Log. */
export function activityContext(outcome: string, undoable: boolean): string {
  return rowContext('activity', outcome, [undoable && 'undoActivity', 'showLog']);
}

export const FIXED_ROWS = {
  /** A load that failed: Refresh retries it. */
  error: rowContext('error', 'failed', ['refresh']),
  placeholder: rowContext('placeholder', 'empty'),
  /** An item the API sent that could not be read: nothing to do to it. */
  problem: rowContext('problem', 'unreadable'),
  sshKeys: rowContext('sshKeys', 'listed', ['addSshKey']),
  privileges: rowContext('privileges', 'listed'),
  apiKeys: rowContext('apiKeys', 'listed', ['createApiKey']),
  note: rowContext('note', 'shown'),
} as const;
