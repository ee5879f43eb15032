// OpenSSH's known_hosts, read the way ssh reads it: plain and hashed (`|1|salt|hash`) host
// fields, `[host]:port` for ports other than 22, `*`/`?` wildcards, `!` negations, names
// lowercased (ssh lowercases the host before it looks or hashes), and the @revoked marker.
// @cert-authority lines are not keys of a host: ssh2 does not check host certificates.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface KnownHostEntry {
  marker: '' | 'revoked' | 'cert-authority';
  hosts: string;
  keyType: string;
  key: Buffer;
  /** 1-based, for messages. */
  line: number;
  /** The file it was read from, for messages ('' when not known). */
  file: string;
}

export type HostKeyStatus =
  | { status: 'known' }
  | { status: 'unknown' }
  /** Keys are on file for this host (of this type or another), and the offered one is none of them. */
  | { status: 'changed'; known: KnownHostEntry[] }
  | { status: 'revoked'; entry: KnownHostEntry };

export function parseKnownHosts(text: string, file = ''): KnownHostEntry[] {
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
    out.push({ marker, hosts, keyType, key: Buffer.from(keyText, 'base64'), line: index + 1, file });
  });
  return out;
}

/** The name ssh looks up: `host` on port 22, `[host]:port` otherwise, lowercased as ssh does. */
export function hostKeyName(host: string, port: number): string {
  const name = host.toLowerCase();
  return port === 22 ? name : `[${name}]:${port}`;
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
  if (field.startsWith('|')) return hashedMatch(field, name.toLowerCase());
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

/** The host's own keys on file (no markers), in file order. */
function hostKeys(entries: readonly KnownHostEntry[], host: string, port: number): KnownHostEntry[] {
  const name = hostKeyName(host, port);
  return entries.filter((e) => e.marker === '' && hostsFieldMatches(e.hosts, name));
}

/**
 * Known, new, or revoked; and "changed" whenever any key is on file for the host and the offered
 * one is not among them, whatever its type: a server that cannot show the key on file is the
 * same warning whether it offers another key of that type or a key of a type never seen (which
 * is what someone in the middle would offer, to look like a first contact).
 */
export function checkHostKey(entries: readonly KnownHostEntry[], host: string, port: number, blob: Buffer): HostKeyStatus {
  // A revoked key is refused for every host: revoking names the key, not where it was seen.
  const revoked = entries.find((e) => e.marker === 'revoked' && e.key.equals(blob));
  if (revoked) return { status: 'revoked', entry: revoked };
  const known = hostKeys(entries, host, port);
  if (known.some((e) => e.key.equals(blob))) return { status: 'known' };
  return known.length > 0 ? { status: 'changed', known } : { status: 'unknown' };
}

/** The key types on file for the host, first seen first: the host key algorithms to ask for first. */
export function knownKeyTypes(entries: readonly KnownHostEntry[], host: string, port: number): string[] {
  return [...new Set(hostKeys(entries, host, port).map((e) => e.keyType))];
}

/** The line ssh itself would append for an accepted key; with HashKnownHosts, `|1|salt|hash`. */
export function knownHostsLine(host: string, port: number, blob: Buffer, hash = false): string {
  const name = hostKeyName(host, port);
  const salt = randomBytes(20);
  const field = hash ? `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}` : name;
  return `${field} ${keyTypeOf(blob)} ${blob.toString('base64')}`;
}
