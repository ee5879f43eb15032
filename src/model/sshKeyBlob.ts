// The base64 part of a public key line is the key in the SSH wire format (RFC 4253 §6.6, RFC 5656
// §3.1, RFC 8709 §4, OpenSSH's PROTOCOL.u2f): the type name again, then the type's fields, and
// nothing after them. Checking the name alone let `ssh-rsa AAAAB3NzaC1yc2E=` (a name and no key)
// through to the server as if it were a key.
// node:crypto is loaded on first use (see sshKeys.ts).

let crypto: typeof import('node:crypto') | undefined;

/** OpenSSH refuses RSA moduli below 1024 bits and reads none above 16384. */
const RSA_MIN_BITS = 1024;
const RSA_MAX_BITS = 16384;
const ED25519_KEY_BYTES = 32;

/** The NIST curves: their name in the blob, in JWK, and the bytes of one coordinate. */
const CURVES: Record<string, { jwk: string; coordinate: number }> = {
  nistp256: { jwk: 'P-256', coordinate: 32 },
  nistp384: { jwk: 'P-384', coordinate: 48 },
  nistp521: { jwk: 'P-521', coordinate: 66 },
};

/** Reads the wire format's length-prefixed strings; undefined once the data runs short. */
class WireReader {
  private at = 0;
  constructor(private readonly buf: Buffer) {}

  string(): Buffer | undefined {
    if (this.at + 4 > this.buf.length) return undefined;
    const length = this.buf.readUInt32BE(this.at);
    if (length > this.buf.length - this.at - 4) return undefined;
    const out = this.buf.subarray(this.at + 4, this.at + 4 + length);
    this.at += 4 + length;
    return out;
  }

  text(): string | undefined {
    return this.string()?.toString('latin1');
  }

  get done(): boolean {
    return this.at === this.buf.length;
  }
}

/** A positive mpint in its one valid encoding (RFC 4251 §5: no needless leading byte); its size in bits. */
function positiveBits(m: Buffer | undefined): number | undefined {
  if (!m || m.length === 0 || m[0]! >= 0x80) return undefined;
  if (m[0] === 0 && (m.length === 1 || m[1]! < 0x80)) return undefined;
  const digits = m[0] === 0 ? m.subarray(1) : m;
  return (digits.length - 1) * 8 + (32 - Math.clz32(digits[0]!));
}

function validRsa(r: WireReader): boolean {
  const e = r.string();
  const eBits = positiveBits(e);
  // e is odd and at least 3.
  if (eBits === undefined || (e![e!.length - 1]! & 1) === 0 || eBits < 2) return false;
  const nBits = positiveBits(r.string());
  return nBits !== undefined && nBits >= RSA_MIN_BITS && nBits <= RSA_MAX_BITS;
}

/** The curve named again inside the blob must be the type's, and the point must lie on it. */
function validEcPoint(r: WireReader, curveName: string): boolean {
  const curve = CURVES[curveName];
  if (!curve || r.text() !== curveName) return false;
  const q = r.string();
  if (!q || q.length !== 1 + 2 * curve.coordinate || q[0] !== 0x04) return false;
  const x = q.subarray(1, 1 + curve.coordinate).toString('base64url');
  const y = q.subarray(1 + curve.coordinate).toString('base64url');
  crypto ??= require('node:crypto') as typeof import('node:crypto');
  try {
    crypto.createPublicKey({ key: { kty: 'EC', crv: curve.jwk, x, y }, format: 'jwk' });
    return true;
  } catch {
    return false;
  }
}

/** A security key's application ("ssh:" by default): present and not empty. */
function validApplication(r: WireReader): boolean {
  const app = r.string();
  return app !== undefined && app.length > 0;
}

function validFields(type: string, r: WireReader): boolean {
  switch (type) {
    case 'ssh-rsa':
      return validRsa(r);
    case 'ssh-ed25519':
      return r.string()?.length === ED25519_KEY_BYTES;
    case 'sk-ssh-ed25519@openssh.com':
      return r.string()?.length === ED25519_KEY_BYTES && validApplication(r);
    case 'sk-ecdsa-sha2-nistp256@openssh.com':
      return validEcPoint(r, 'nistp256') && validApplication(r);
    default: {
      const ecdsa = /^ecdsa-sha2-(nistp\d+)$/.exec(type);
      return ecdsa !== null && validEcPoint(r, ecdsa[1]!);
    }
  }
}

/** Whether `blob` is a well-formed public key of the declared `type`, with nothing left over. */
export function isPublicKeyBlob(type: string, blob: Buffer): boolean {
  const r = new WireReader(blob);
  return r.text() === type && validFields(type, r) && r.done;
}
