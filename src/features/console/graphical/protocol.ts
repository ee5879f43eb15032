// Messages between the graphical console's webview and the extension. The RFB bytes travel as
// Uint8Array (VS Code carries typed arrays in postMessage, desktop and browser alike).

export type ToWebview =
  /** The tunnel is open: start (or restart) the VNC client. */
  | { type: 'open' }
  | { type: 'data'; data: Uint8Array }
  /** The tunnel closed or could not open; `reason` is shown as it is. */
  | { type: 'closed'; reason: string }
  | { type: 'status'; text: string };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'data'; data: Uint8Array }
  | { type: 'reconnect' }
  | { type: 'close' };

/** A postMessage payload back as bytes, whichever way the host serialised it. */
export function toBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (Array.isArray(value)) return Uint8Array.from(value as number[]);
  if (value !== null && typeof value === 'object') {
    // JSON-serialised typed array: {"0": 1, "1": 2, ...}
    const values = Object.values(value as Record<string, unknown>);
    if (values.every((v) => typeof v === 'number')) return Uint8Array.from(values as number[]);
  }
  return undefined;
}

export function isFromWebview(m: unknown): m is FromWebview {
  const type = (m as { type?: unknown } | null)?.type;
  return type === 'ready' || type === 'data' || type === 'reconnect' || type === 'close';
}
