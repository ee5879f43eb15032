// Injected faults: the next N requests matching a method/path fail, wait, come back malformed,
// or lose their connection. Each rule counts down and disappears when used up.
import type { Reply } from './http';

export interface Match {
  times?: number; // default 1
  method?: string; // any method when absent
  /** A string is the exact pathname (or pathname + '?' + query); a RegExp is tested against both. */
  path?: string | RegExp;
}

export interface FailFault extends Match { status: number; body?: string; contentType?: string }
/** `afterWrite`: the request is carried out first and only its answer waits (a write whose answer is lost to a timeout). */
export interface DelayFault extends Match { ms: number; afterWrite?: boolean }
/** 200 with a body that breaks the client's schema: by default the real reply with its `id` (or `username`) nulled; `truncate` cuts the JSON in half instead; `body` replaces it outright. */
export interface MalformedFault extends Match { body?: string; truncate?: boolean }

export interface Faults {
  failNext(f: FailFault): void;
  delayNext(f: DelayFault): void;
  malformedNext(f: MalformedFault): void;
  /** The connection is destroyed without a reply (a network error for the client). */
  dropNext(f: Match): void;
  clear(): void;
  /** How many requests a delay rule has held so far (a held request is logged only once answered). */
  readonly delaysTaken: number;
}

interface Rule<T extends Match> { left: number; fault: T }

export class FaultTable implements Faults {
  private fails: Rule<FailFault>[] = [];
  private delays: Rule<DelayFault>[] = [];
  private malformed: Rule<MalformedFault>[] = [];
  private drops: Rule<Match>[] = [];

  failNext(f: FailFault): void { this.fails.push({ left: f.times ?? 1, fault: f }); }
  delayNext(f: DelayFault): void { this.delays.push({ left: f.times ?? 1, fault: f }); }
  malformedNext(f: MalformedFault): void { this.malformed.push({ left: f.times ?? 1, fault: f }); }
  dropNext(f: Match): void { this.drops.push({ left: f.times ?? 1, fault: f }); }

  clear(): void {
    this.fails = [];
    this.delays = [];
    this.malformed = [];
    this.drops = [];
  }

  delaysTaken = 0;

  takeDelay(method: string, path: string): { ms: number; afterWrite: boolean } {
    const f = take(this.delays, method, path);
    if (f) this.delaysTaken++;
    return { ms: f?.ms ?? 0, afterWrite: f?.afterWrite ?? false };
  }

  takeDrop(method: string, path: string): boolean {
    return take(this.drops, method, path) !== undefined;
  }

  takeFailure(method: string, path: string): Reply | undefined {
    const f = take(this.fails, method, path);
    if (!f) return undefined;
    return {
      status: f.status,
      contentType: f.contentType ?? 'text/plain; charset=utf-8',
      body: f.body ?? `Simulated failure (${f.status})`,
    };
  }

  /** Rewrite a real reply into a malformed one, if a rule matches. */
  maybeMalform(method: string, path: string, reply: Reply): Reply {
    const f = take(this.malformed, method, path);
    if (!f) return reply;
    const contentType = 'application/json; charset=utf-8';
    if (f.body !== undefined) return { status: 200, contentType, body: f.body };
    const real = reply.body ?? '';
    if (f.truncate) return { status: 200, contentType, body: real.slice(0, Math.max(1, Math.floor(real.length / 2))) };
    let value: unknown;
    try {
      value = JSON.parse(real);
    } catch {
      value = undefined;
    }
    return { status: 200, contentType, body: JSON.stringify(breakShape(value)) };
  }
}

function matches(m: Match, method: string, target: string): boolean {
  if (m.method && m.method.toUpperCase() !== method) return false;
  if (m.path === undefined) return true;
  const pathname = target.split('?', 1)[0]!;
  if (typeof m.path === 'string') return m.path === pathname || m.path === target;
  m.path.lastIndex = 0; // a /g or /y RegExp would otherwise remember where it stopped
  return m.path.test(pathname) || m.path.test(target);
}

function take<T extends Match>(rules: Rule<T>[], method: string, path: string): T | undefined {
  const i = rules.findIndex((r) => matches(r.fault, method, path));
  if (i < 0) return undefined;
  const rule = rules[i]!;
  if (--rule.left <= 0) rules.splice(i, 1);
  return rule.fault;
}

/** Valid JSON of the wrong shape: the field every schema relies on (`id`, else `username`) becomes null. */
function breakShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [breakShape(value[0]), ...value.slice(1)] : [{ id: null }];
  if (typeof value === 'object' && value !== null) {
    const o = { ...(value as Record<string, unknown>) };
    if ('id' in o) o.id = null;
    else if ('username' in o) o.username = null;
    else return [o]; // an object where an object was not expected is still the wrong shape
    return o;
  }
  return { id: null };
}
