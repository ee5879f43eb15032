// The shape of one request and its answer, as the transport and the status mapping see them.
import type { BigvError, RequestContext } from './errors';
import type { BodyKind } from './limits';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Already-encoded path, optionally with `?query`. */
  path: string;
  /** What logs and errors show instead of `path` (used to hide the token in `/session/{token}`). */
  logPath?: string;
  /** In words, for error messages: "list accounts". */
  action: string;
  accept: 'json' | 'text';
  /** Serialised as JSON. */
  body?: unknown;
  bearer?: string;
  /** Values that must never appear in anything this request reports (password, OTP, token). */
  secrets?: ReadonlyArray<string | undefined>;
  /** Which size cap a successful body gets; by default the overview's for `GET /accounts`, else the small one. */
  bodyKind?: BodyKind;
  /** Endpoint-specific status mapping, consulted before the default one. */
  mapStatus?: (status: number, text: string, ctx: RequestContext) => BigvError | undefined;
}

export interface HttpResponse {
  status: number;
  contentType: string | undefined;
  text: string;
  ctx: RequestContext;
}
