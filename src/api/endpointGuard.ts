// The transport's endpoint checks: an unusable setting or a plain-http address is refused with a
// typed error, and a plain-http name must resolve to this computer. The rules are in endpoint.ts.
import dns from 'node:dns';
import { describeEndpointProblem, isLoopbackAddress, parseInvalidSettingValue, validateEndpoint, type EndpointProblem } from './endpoint';
import { BigvError, InsecureEndpointError } from './errors';

/** For plain http to a name: every address it resolves to must be loopback, or nothing is sent. */
export async function assertLoopback(url: URL): Promise<void> {
  if (url.protocol !== 'http:' || isLoopbackAddress(url.hostname)) return;
  const addresses = await new Promise<Array<{ address: string }>>((resolve, reject) =>
    dns.lookup(url.hostname, { all: true }, (err, list) => (err ? reject(err) : resolve(list))),
  );
  if (addresses.length === 0 || !addresses.every((a) => isLoopbackAddress(a.address))) {
    throw new InsecureEndpointError(`http://${url.host}`, `${url.hostname} does not resolve to this computer (loopback), so plain http would leave it unencrypted; use https://`);
  }
}

/** An endpoint setting that cannot be used. `setting` is e.g. `bigv.apiEndpoint`. */
export class EndpointSettingError extends BigvError {
  readonly kind = 'endpoint-setting' as const;
  readonly setting: string;
  readonly problem: EndpointProblem;
  /** The value without any credentials. */
  readonly shown: string;
  constructor(setting: string, problem: EndpointProblem, shown: string) {
    super(`${setting}: "${shown}" cannot be used: ${describeEndpointProblem(problem)}. Fix it in Settings.`);
    this.setting = setting;
    this.problem = problem;
    this.shown = shown;
  }
}

/** Throws unless the endpoint may be used: EndpointSettingError for a refused setting, else InsecureEndpointError. */
export function checkEndpoint(endpoint: string): URL {
  const refused = parseInvalidSettingValue(endpoint);
  if (refused) throw new EndpointSettingError(refused.setting, refused.problem, refused.shown);
  const c = validateEndpoint(endpoint);
  if (c.ok) return c.url;
  if (c.problem === 'plain-http') throw new InsecureEndpointError(c.shown);
  throw new InsecureEndpointError(c.shown, describeEndpointProblem(c.problem));
}
