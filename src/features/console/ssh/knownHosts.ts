// OpenSSH's known_hosts, read the way ssh reads it: plain and hashed (`|1|salt|hash`) host
// fields, `[host]:port` for ports other than 22, `*`/`?` wildcards, `!` negations, and the
// @revoked marker. @cert-authority lines are skipped: ssh2 does not check host certificates.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface KnownHostEntry {
  marker: '' | 'revoked' | 'cert-authority';
  hosts: string;
  keyType: string;
  key: Buffer;
  line: number;
}

export type HostKeyStatus =
  | { status: 'known' }
  | { status: 'unknown' }
  /** Another key is on file for this host (line numbers are 1-based, for the message). */
  | { status: 'changed'; line: number }
  | { status: 'revoked'; line: number };

export function parseKnownHosts(text: string): KnownHostEntry[] {
  const out: KnownHostEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fields = line.split(/\s+/);
    let marker: KnownHostEntry['marker'] = '';
    if (fields[0]?.startsWith('@')) {
      const m = fields.shift()!.slice(1);
      if (m !== 'revoked' && m !== 'cert-authority') return;
      marker = m;
    }
    const [hosts, keyType, keyText] = fields;
    if (!hosts || !keyType || !keyText || !/^[A-Za-z0-9+/]+=*$/.test(keyText)) return;
    out.push({ marker, hosts, keyType, key: Buffer.from(keyText, 'base64'), line: index + 1 });
  });
  return out;
}

/** The name ssh looks up: `host` on port 22, `[host]:port` otherwise. */
export function hostKeyName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

function wildcardMatch(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(name);
}

function hashedMatch(field: string, name: string): boolean {
  const parts = field.split('|');
  if (parts.length !== 4 || parts[1] !== '1') return false;
  const salt = Buffer.from(parts[2]!, 'base64');
  const want = Buffer.from(parts[3]!, 'base64');
  const got = createHmac('sha1', salt).update(name).digest();
  return want.length === got.length && timingSafeEqual(want, got);
}

/** Whether a host field names `name`: any positive pattern matches and no negated one does. */
export function hostsFieldMatches(field: string, name: string): boolean {
  if (field.startsWith('|')) return hashedMatch(field, name);
  let matched = false;
  for (const pattern of field.split(',')) {
    if (pattern.startsWith('!')) {
      if (wildcardMatch(pattern.slice(1), name)) return false;
    } else if (wildcardMatch(pattern, name)) {
      matched = true;
    }
  }
  return matched;
}

/** The key type named inside an SSH public key blob (its first string). */
export function keyTypeOf(blob: Buffer): string {
  if (blob.length < 4) return '';
  const len = blob.readUInt32BE(0);
  return blob.subarray(4, 4 + len).toString('latin1');
}

export function fingerprint(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

export function checkHostKey(entries: readonly KnownHostEntry[], host: string, port: number, blob: Buffer): HostKeyStatus {
  const name = hostKeyName(host, port);
  const type = keyTypeOf(blob);
  const revoked = entries.find((e) => e.marker === 'revoked' && e.key.equals(blob));
  if (revoked) return { status: 'revoked', line: revoked.line };
  let changed: number | undefined;
  for (const e of entries) {
    if (e.marker !== '' || !hostsFieldMatches(e.hosts, name)) continue;
    if (e.keyType === type && e.key.equals(blob)) return { status: 'known' };
    if (e.keyType === type) changed ??= e.line;
  }
  return changed !== undefined ? { status: 'changed', line: changed } : { status: 'unknown' };
}

/** The line ssh itself would append for an accepted key. */
export function knownHostsLine(host: string, port: number, blob: Buffer): string {
  return `${hostKeyName(host, port)} ${keyTypeOf(blob)} ${blob.toString('base64')}`;
}
