// The public shapes of the client contract, kept apart so paths/transport/clients share them
// without importing each other.
import type { Dispatcher } from 'undici';
import type { VirtualMachine } from './schemas';

/** The logging hook's only view of a request. Never contains a token, password or OTP. */
export interface RequestLogEvent {
  method: string;
  /** Full URL with any token replaced by `<redacted>`. */
  url: string;
  status?: number;
  durationMs: number;
  /** 1 for the first try, 2 and 3 for retries. */
  attempt: number;
  /** The error kind and message when the attempt failed. */
  error?: string;
}

export interface TransportOptions {
  /** Per attempt; default 30 000. */
  timeoutMs?: number;
  /** Pauses before GET retries on network errors and 5xx; default [300, 1000] (= at most 2 retries). */
  retryDelaysMs?: number[];
  /** Called once per attempt. Never receives tokens, passwords or OTPs. */
  onRequest?: (e: RequestLogEvent) => void;
  userAgent?: string;
  /** An undici dispatcher (e.g. a ProxyAgent for an http.proxy setting); default: undici's global one. */
  dispatcher?: Dispatcher;
  /**
   * A 401 to a request that carried the token `refused`: resolves with a fresh token of the same
   * session's endpoints to send the request once more (a 401 means nothing was done, so a write
   * may go again), or undefined to let the 401 stand. Every call, read or write, renews here.
   */
  renew?: (refused: string) => Promise<string | undefined>;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides TransportOptions.timeoutMs for this call (per attempt). */
  timeoutMs?: number;
}

export interface Credentials {
  username: string;
  password: string;
  /** Yubikey OTP, sent as `yubikey`. */
  yubikey?: string;
  /** 2FA code, sent as `2fa` (only after the server asked for it). */
  secondFactor?: string;
  /** Requested session lifetime; default 1800 (the server clamps it). */
  validitySeconds?: number;
}

/** A server addressed by names or ids (the API accepts both in nested paths). */
export interface ServerRef {
  account: string | number;
  group: string | number;
  server: string | number;
}

export type ServerPatch = Partial<
  Pick<
    VirtualMachine,
    | 'power_on'
    | 'autoreboot_on'
    | 'deleted'
    | 'cores'
    | 'memory'
    | 'name'
    | 'hardware_profile'
    | 'hardware_profile_locked'
    | 'cdrom_url'
    | 'keymap'
    | 'group_id'
  >
> & {
  /** Write-only: boot this appliance (`rescue`) instead of the server's own disc (bigv-api.md B.3.2, B.10). */
  appliance?: { name: string; permanent: boolean };
};

export type SignalName = 'powerdown' | 'reset' | 'sendkey';

export interface ReimageSpec {
  distribution: string;
  root_password: string;
  ssh_public_key?: string;
  firstboot_script?: string;
}
