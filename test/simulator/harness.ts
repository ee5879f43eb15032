// Test helpers: plain fetch against a simulator on 127.0.0.1, so these tests exercise the
// simulator's HTTP surface on its own (not through the extension's client).
import { z } from 'zod';
import {
  AccountListSchema, AccountSchema, DefinitionListSchema, DiscSchema, GroupSchema, NetworkInterfaceSchema,
  SessionInfoSchema, VirtualMachineSchema,
} from '../../src/api/schemas';
import { startSimulator, type Simulator, type SimulatorOptions } from './index';

export interface Res {
  status: number;
  contentType: string;
  text: string;
  json: unknown; // read it through the parsers below, which use the client's own schemas
}

export async function request(url: string, init: RequestInit = {}): Promise<Res> {
  const r = await fetch(url, init);
  const text = await r.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: r.status, contentType: r.headers.get('content-type') ?? '', text, json: parsed };
}

export function postSession(sim: Simulator, body: Record<string, unknown>, contentType = 'application/json'): Promise<Res> {
  const payload = contentType === 'application/x-www-form-urlencoded'
    ? new URLSearchParams(body as Record<string, string>).toString()
    : JSON.stringify(body);
  return request(`${sim.url}/session`, { method: 'POST', headers: { 'content-type': contentType, accept: 'text/plain' }, body: payload });
}

export async function login(sim: Simulator, username = 'demo', extra: Record<string, unknown> = {}): Promise<string> {
  const r = await postSession(sim, { username, password: 'demo-password', ...extra });
  if (r.status !== 200) throw new Error(`login as ${username} failed: ${r.status} ${r.text}`);
  return r.text;
}

/** A tiny brain client bound to one token. */
export function brain(sim: Simulator, token: string | undefined) {
  const headers = (withBody: boolean): Record<string, string> => ({
    accept: 'application/json',
    ...(withBody ? { 'content-type': 'application/json' } : {}),
    ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
  });
  return {
    get: (path: string) => request(`${sim.url}${path}`, { headers: headers(false) }),
    put: (path: string, body: unknown) => request(`${sim.url}${path}`, { method: 'PUT', headers: headers(true), body: JSON.stringify(body) }),
    post: (path: string, body: unknown) => request(`${sim.url}${path}`, { method: 'POST', headers: headers(true), body: JSON.stringify(body) }),
    del: (path: string) => request(`${sim.url}${path}`, { method: 'DELETE', headers: headers(false) }),
    raw: (path: string, init: RequestInit) => request(`${sim.url}${path}`, { ...init, headers: { ...headers(false), ...(init.headers as Record<string, string>) } }),
  };
}

export const vmPath = (account: string, group: string, server: string) =>
  `/accounts/${account}/groups/${group}/virtual_machines/${server}`;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Start a simulator before the suite and stop it after; `reset()` it before each test. */
export function useSimulator(opts: SimulatorOptions = {}): { sim: () => Simulator } {
  let sim: Simulator | undefined;
  before(async () => { sim = await startSimulator({ port: 0, ...opts }); });
  beforeEach(() => sim!.reset());
  after(async () => { await sim?.stop(); });
  return { sim: () => sim! };
}

// Parsing the simulator's replies with the extension's schemas also proves the two agree.
export const parse = {
  accounts: (r: Res) => AccountListSchema.parse(r.json),
  account: (r: Res) => AccountSchema.parse(r.json),
  groups: (r: Res) => z.array(GroupSchema).parse(r.json),
  group: (r: Res) => GroupSchema.parse(r.json),
  vms: (r: Res) => z.array(VirtualMachineSchema).parse(r.json),
  vm: (r: Res) => VirtualMachineSchema.parse(r.json),
  discs: (r: Res) => z.array(DiscSchema).parse(r.json),
  nics: (r: Res) => z.array(NetworkInterfaceSchema).parse(r.json),
  session: (r: Res) => SessionInfoSchema.parse(r.json),
  definitions: (r: Res) => DefinitionListSchema.parse(r.json),
  /** A 400 body: `{"attr": ["problem", …]}`. */
  problems: (r: Res) => z.record(z.string(), z.array(z.string())).parse(r.json),
  object: (r: Res) => z.record(z.string(), z.unknown()).parse(r.json),
};
