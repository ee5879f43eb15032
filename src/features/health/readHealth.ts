// Reads a server's health over SSH in the background: the built-in client logs in to its primary
// address as the configured user, runs the one health command (model/health.ts) and hangs up.
// Nothing is ever asked from here: a host key not on file is not trusted (the user trusts it by
// opening an SSH terminal once), a key needing a passphrase is skipped, and every failure is a
// quiet reason for the Health row, never a prompt or a toast. No vscode import.
import * as l10n from '@vscode/l10n';
import { HEALTH_COMMAND, parseHealth, type HealthResult } from '../../model/health';
import { refusalReason } from '../console/serverSshArgv';
import { connectSsh, type SshPrompts, type SshRequest } from '../console/ssh/connect';

/** The whole read, login included. */
export const HEALTH_TIMEOUT_MS = 15_000;
/** More output than any /proc and df give: the rest is not read. */
const MAX_OUTPUT = 256 * 1024;
/** Through sh whatever the user's login shell (csh, fish); the command has no single quote. */
export const HEALTH_EXEC = `sh -c '${HEALTH_COMMAND}'`;

const unavailable = (reason: string): HealthResult => ({ ok: false, reason });

export async function readHealthOver(req: Omit<SshRequest, 'prompts'>, timeoutMs = HEALTH_TIMEOUT_MS): Promise<HealthResult> {
  let untrusted = false;
  const prompts: SshPrompts = {
    confirmHostKey: async () => {
      untrusted = true;
      return false;
    },
    hostKeyRefused: () => undefined,
    passphrase: async () => undefined,
  };
  const destination = `${req.username}@${req.host}`;
  let client: Awaited<ReturnType<typeof connectSsh>> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<HealthResult>((resolve) => {
    timer = setTimeout(() => resolve(unavailable(l10n.t('{0} did not answer within {1} s', destination, Math.round(timeoutMs / 1000)))), timeoutMs);
  });
  const read = (async (): Promise<HealthResult> => {
    try {
      client = await connectSsh({ ...req, prompts, readyTimeoutMs: timeoutMs });
    } catch (err) {
      if (untrusted) return unavailable(l10n.t('host key not yet trusted — open an SSH terminal once'));
      return unavailable(failureWords(err, destination));
    }
    const c = client;
    return new Promise<HealthResult>((resolve) => {
      c.exec(HEALTH_EXEC, (err, stream) => {
        if (err) return resolve(unavailable(l10n.t('{0} would not run a command: {1}', destination, err.message)));
        let out = '';
        stream.on('data', (chunk: Buffer) => {
          if (out.length < MAX_OUTPUT) out += chunk.toString('utf8');
        });
        stream.stderr.on('data', () => undefined);
        stream.on('close', () => resolve(parseHealth(out.slice(0, MAX_OUTPUT))));
      });
    });
  })();
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
    client?.end();
    // A login still under way when the time ran out ends when it connects.
    void read.then(() => client?.end(), () => undefined);
  }
}

function failureWords(err: unknown, destination: string): string {
  switch (refusalReason(err)) {
    case 'no-key':
      return l10n.t('{0} accepted none of your SSH keys', destination);
    case 'port-closed':
      return l10n.t('nothing answers SSH at {0}', destination);
    case 'unreachable':
      return l10n.t('{0} cannot be reached', destination);
    case 'host-key':
      return l10n.t('the host key of {0} is not the one on file — open an SSH terminal to see why', destination);
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
