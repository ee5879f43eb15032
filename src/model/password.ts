// Root passwords for reimage. The Go CLI uses 16 letters; we use more characters and digits too,
// drawn by rejection sampling so every character is equally likely (a plain `byte % 62` would
// favour the first eight characters of the alphabet).
import { randomBytes as nodeRandomBytes } from 'node:crypto';

export const PASSWORD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const GENERATED_PASSWORD_LENGTH = 24;
export const MIN_TYPED_PASSWORD_LENGTH = 10;

// The largest multiple of the alphabet size that fits in a byte: bytes at or above it are dropped.
const LIMIT = 256 - (256 % PASSWORD_ALPHABET.length);

/**
 * A password of `length` characters from PASSWORD_ALPHABET with at least one upper-case letter,
 * one lower-case letter and one digit (many password policies insist on them). Whole passwords
 * lacking a class are redrawn rather than patched, which keeps the choice uniform over the
 * passwords that qualify.
 */
export function generatePassword(
  length: number = GENERATED_PASSWORD_LENGTH,
  randomBytes: (n: number) => Uint8Array = nodeRandomBytes,
): string {
  if (!Number.isInteger(length) || length < 20) {
    throw new RangeError(`A generated password must be at least 20 characters, not ${length}.`);
  }
  for (;;) {
    let out = '';
    while (out.length < length) {
      for (const b of randomBytes(length * 2)) {
        if (b < LIMIT) {
          out += PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length];
          if (out.length === length) break;
        }
      }
    }
    if (/[A-Z]/.test(out) && /[a-z]/.test(out) && /[0-9]/.test(out)) return out;
  }
}

export type PasswordProblem = 'too-short' | 'control-characters' | 'edge-spaces';

/** Why a typed root password is refused (the UI words it), or undefined if it is acceptable. */
export function passwordProblem(password: string): PasswordProblem | undefined {
  if (password.length < MIN_TYPED_PASSWORD_LENGTH) return 'too-short';
  // Control characters cannot be typed at a console login prompt, which is where a root
  // password is most needed.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(password)) return 'control-characters';
  // Easy to paste by accident and invisible afterwards.
  if (password.trim() !== password) return 'edge-spaces';
  return undefined;
}
