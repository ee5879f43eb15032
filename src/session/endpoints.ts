// Which endpoints a secret was issued for, compared as the settings normalise them (scheme and
// host lower-cased, a default port dropped, the path without a trailing slash), so that
// `https://UK0.bigv.io/` is the same host as `https://uk0.bigv.io` and nothing else is.
import { normalizeEndpoint } from '../config/settings';

export interface Endpoints {
  readonly apiEndpoint: string;
  readonly authEndpoint: string;
}

export const endpointsOf = (s: Endpoints): Endpoints => ({ apiEndpoint: s.apiEndpoint, authEndpoint: s.authEndpoint });

// An unusable setting is a marker no client sends to; it matches nothing a secret was bound to.
const normal = (endpoint: string): string => normalizeEndpoint(endpoint) ?? endpoint;

export function sameEndpoints(a: Endpoints, b: Endpoints): boolean {
  return normal(a.apiEndpoint) === normal(b.apiEndpoint) && normal(a.authEndpoint) === normal(b.authEndpoint);
}
