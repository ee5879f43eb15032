// What a console connection asks the user and how it fails, shared by the client (connect.ts),
// its host key check (hostKeyCheck.ts) and the VS Code face of both (vscodePrompts.ts).

export interface HostKeyQuestion {
  host: string;
  port: number;
  keyType: string;
  fingerprint: string;
}

/** A host key refused outright: another key is on file for the host, or the key is revoked. */
export interface HostKeyProblem {
  kind: 'changed' | 'revoked';
  host: string;
  port: number;
  /** The name known_hosts files it under (`[host]:port` off port 22): what `ssh-keygen -R` takes. */
  name: string;
  keyType: string;
  fingerprint: string;
  /** Changed: the host's keys on file. Revoked: the @revoked line. */
  known: Array<{ file: string; line: number; keyType: string }>;
}

export interface SshPrompts {
  /** A host key not on file: true to trust it (it is then appended to known_hosts). */
  confirmHostKey(q: HostKeyQuestion): Promise<boolean>;
  /** A host key refused outright: said loudly, with how to put it right; there is nothing to answer. */
  hostKeyRefused(p: HostKeyProblem): void;
  /** A key file that needs a passphrase; undefined skips the key. Never logged. */
  passphrase(file: string, again: boolean): Promise<string | undefined>;
}

export type SshFailure = 'refused' | 'host-key-changed' | 'host-key-revoked' | 'host-key-rejected' | 'network';

export class SshConnectError extends Error {
  constructor(
    readonly kind: SshFailure,
    message: string,
    /** For host key failures: the fingerprint of the key the server offered. */
    readonly fingerprint?: string,
    /** For a changed or revoked key: what is on file. */
    readonly problem?: HostKeyProblem,
  ) {
    super(message);
    this.name = 'SshConnectError';
  }
}
