// Which endpoint addresses may be used, decided in one place for the settings and the transport.
// An unusable setting is never replaced by another server: the settings reader puts a marker in
// its place (`invalidSettingValue`), which the transport refuses with an error naming the setting.
// Nothing here ever repeats the user name or password of a URL. Pure rules with no imports: the
// settings reader runs them at activation, so build/splits.mjs bundles this file into
// dist/extension.js as well as dist/api.js. What throws and resolves names is endpointGuard.ts.

export type EndpointProblem = 'not-a-url' | 'credentials' | 'scheme' | 'port' | 'query' | 'plain-http';

export type EndpointCheck = { ok: true; url: URL; normalized: string } | { ok: false; problem: EndpointProblem; shown: string };

const REASONS: Record<EndpointProblem, string> = {
  'not-a-url': 'it is not a valid URL; use an address like https://uk0.bigv.io',
  credentials: 'it must not contain a user name or password (sign in instead)',
  scheme: 'only https:// addresses are supported',
  port: 'the port must be a number from 1 to 65535',
  query: 'it must not contain a query (?…) or fragment (#…)',
  'plain-http': 'plain http would send your password and session in clear text; use https:// (plain http is only allowed for this computer, e.g. http://127.0.0.1:port)',
};

export function describeEndpointProblem(problem: EndpointProblem): string {
  return REASONS[problem];
}

const AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)(?::([^/?#]*))?/i;

/** The address without anything that could be a credential (up to the last `@`, and any query), for messages. */
function withoutCredentials(raw: string): string {
  const afterAt = raw.includes('@') ? raw.replace(/^([a-z][a-z0-9+.-]*:(?:\/\/)?)?.*@/is, '$1') : raw;
  return afterAt.replace(/[?#].*$/s, '');
}

export function validateEndpoint(raw: string): EndpointCheck {
  const text = raw.trim();
  // A password containing `/`, `?` or `#` moves the `@` out of the authority, so any `@` counts.
  if (text.includes('@')) return { ok: false, problem: 'credentials', shown: withoutCredentials(text) };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    const port = AUTHORITY.exec(text)?.[2];
    return { ok: false, problem: port !== undefined ? 'port' : 'not-a-url', shown: withoutCredentials(text) };
  }
  const special = url.protocol === 'https:' || url.protocol === 'http:';
  const shown = special ? `${url.protocol}//${url.host}${url.pathname}` : url.protocol;
  if (url.username || url.password) return { ok: false, problem: 'credentials', shown };
  if (!special) return { ok: false, problem: 'scheme', shown };
  if (url.port === '0') return { ok: false, problem: 'port', shown };
  if (url.search || url.hash || text.includes('?') || text.includes('#')) return { ok: false, problem: 'query', shown };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return { ok: false, problem: 'plain-http', shown };
  return { ok: true, url, normalized: url.toString().replace(/\/+$/, '') };
}

/** A literal loopback address, or a `localhost` name (which must still resolve to loopback: see `assertLoopback`). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  return isLoopbackAddress(h);
}

export function isLoopbackAddress(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, '');
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a) || /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

const MARK = 'bigv-invalid-setting:';

/** What the settings reader puts in place of an unusable endpoint: no server, just why. */
export function invalidSettingValue(setting: string, problem: EndpointProblem, shown: string): string {
  return MARK + new URLSearchParams({ setting, problem, shown }).toString();
}

export function parseInvalidSettingValue(value: string): { setting: string; problem: EndpointProblem; shown: string } | undefined {
  if (!value.startsWith(MARK)) return undefined;
  const p = new URLSearchParams(value.slice(MARK.length));
  const problem = p.get('problem');
  if (!problem || !(problem in REASONS)) return undefined;
  return { setting: p.get('setting') ?? 'endpoint', problem: problem as EndpointProblem, shown: p.get('shown') ?? '' };
}
