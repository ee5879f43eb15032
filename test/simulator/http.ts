// Requests and replies as plain values: handlers return a Reply instead of writing to the
// socket, so faults can rewrite a real reply (malformed/truncated) after it is produced.
import type { IncomingHttpHeaders } from 'node:http';

export interface SimRequest {
  method: string;
  pathname: string;
  segments: string[]; // decoded path segments, empty ones dropped
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Reply {
  status: number;
  contentType?: string;
  body?: string;
  headers?: Record<string, string>;
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const TEXT_TYPE = 'text/plain; charset=utf-8';

export function json(status: number, value: unknown): Reply {
  return { status, contentType: JSON_TYPE, body: JSON.stringify(value) };
}

export function text(status: number, message: string): Reply {
  return { status, contentType: TEXT_TYPE, body: message };
}

export function noContent(): Reply {
  return { status: 204 };
}

/** 400 with the brain's `{"attr": ["problem", …]}` body. */
export function problems(p: Record<string, string[]>): Reply {
  return json(400, p);
}

export function mediaType(headers: IncomingHttpHeaders): string {
  return (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** bigv-python's rule for what counts as JSON: `^application/(vnd\.bigv\..*\+)?json$`. */
export function isJsonMediaType(type: string): boolean {
  return /^application\/(vnd\.bigv\..*\+)?json$/.test(type);
}

export type BodyResult = { ok: true; value: Record<string, unknown> } | { ok: false; reply: Reply };

/** The JSON-hash body every brain PUT/POST takes; wrong Content-Type or shape is a 400 with a reason. */
export function jsonObjectBody(req: SimRequest): BodyResult {
  const type = mediaType(req.headers);
  if (!isJsonMediaType(type)) {
    return {
      ok: false,
      reply: problems({ content_type: [`must be application/json (got ${type === '' ? 'none' : JSON.stringify(type)})`] }),
    };
  }
  const raw = req.body.toString('utf8');
  if (raw.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reply: problems({ body: ['is not valid JSON'] }) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reply: problems({ body: ['must be a JSON object of attribute => value'] }) };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export function flag(query: URLSearchParams, name: string): boolean {
  const v = query.get(name);
  return v === 'true' || v === '1';
}
