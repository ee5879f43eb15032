// What every resource module needs: the transport and the session, with the brain's rules
// (bearer token on every call, JSON accepted, secrets kept out of errors and logs). Only GETs
// are retried (the Transport's policy); every write is sent exactly once.
import type * as z from 'zod/mini';
import { InvalidResponseError, UnauthorizedError, type RequestContext } from '../errors';
import type { HttpMethod, HttpRequest, HttpResponse, Transport } from '../transport';
import type { BodyKind } from '../limits';
import type { CallOptions } from '../types';
import { redact } from '../redact';
import { describeZodError } from '../zodErrors';

export interface Call {
  method: HttpMethod;
  path: string;
  /** In words, for errors: "create group web in account demo". */
  action: string;
  body?: unknown;
  /** Values that must never appear in errors or logs (passwords). */
  secrets?: string[];
  /** Which size cap the answer gets, when the path alone does not say (one account's overview). */
  bodyKind?: BodyKind;
}

export class BrainCaller {
  constructor(private readonly transport: Transport, private readonly getToken: () => string | undefined) {}

  /** A JSON answer, through `schema`; `label` names the root in field paths. */
  async json<S extends z.ZodMiniType>(call: Call, schema: S, label: string, o?: CallOptions): Promise<z.output<S>> {
    return this.transport.json(this.authed(call), schema, label, o);
  }

  /** A write whose answer may be empty (the docs promise none, or a real brain has sent none). */
  async maybeJson<S extends z.ZodMiniType>(call: Call, schema: S, label: string, o?: CallOptions): Promise<z.output<S> | undefined> {
    const req = this.authed(call);
    const res = await this.transport.send(req, o);
    if (res.status === 204 || res.text.trim() === '') return undefined;
    const parsed = schema.safeParse(readJson(res));
    // Zod quotes the values it rejects, which could be an echo of a secret sent with the request.
    if (!parsed.success) throw new InvalidResponseError(redact(describeZodError(parsed.error, label), req.secrets), res.ctx, res.status);
    return parsed.data;
  }

  /** A call whose answer is not needed. */
  async send(call: Call, o?: CallOptions): Promise<void> {
    await this.transport.send(this.authed(call), o);
  }

  private authed(call: Call): HttpRequest {
    const token = this.getToken();
    if (token === undefined || token === '') {
      const ctx: RequestContext = { action: call.action, endpoint: `${call.method} ${call.path}` };
      throw new UnauthorizedError(ctx, undefined, true);
    }
    const req: HttpRequest = { method: call.method, path: call.path, action: call.action, accept: 'json', bearer: token, secrets: [token, ...(call.secrets ?? [])] };
    if (call.body !== undefined) req.body = call.body;
    if (call.bodyKind !== undefined) req.bodyKind = call.bodyKind;
    return req;
  }
}

const JSON_TYPE = /^application\/(vnd\.bigv\..*\+)?json$/;

/**
 * A non-empty 2xx body as JSON. Messages quote nothing from the body and at most a plain media
 * type, so there is nothing in them to redact.
 */
export function readJson(res: HttpResponse): unknown {
  const type = res.contentType?.split(';')[0]?.trim().toLowerCase();
  if (!type || !JSON_TYPE.test(type)) {
    // Only a plain media type is named (never parameters, which could carry anything).
    const shown = type && /^[a-z0-9.+-]{1,40}\/[a-z0-9.+-]{1,60}$/.test(type) ? `"${type}"` : type ? 'not a plain media type' : 'missing';
    throw new InvalidResponseError(`expected JSON but the content type was ${shown}`, res.ctx, res.status);
  }
  try {
    return JSON.parse(res.text);
  } catch {
    throw new InvalidResponseError('the body is not valid JSON', res.ctx, res.status);
  }
}
