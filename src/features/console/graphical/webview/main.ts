// The graphical console's page script (bundled by esbuild for the browser, see esbuild.mjs):
// noVNC's RFB client on a channel whose bytes go through postMessage to the extension, which
// holds the SSH tunnel. Written against a few DOM shapes of its own, so the extension's
// TypeScript program does not need the DOM library.
import RFB from '@novnc/novnc';
import { toBytes, type FromWebview, type ToWebview } from '../protocol';

interface El {
  hidden: boolean;
  textContent: string | null;
  checked: boolean;
  value: string;
  dataset: Record<string, string | undefined>;
  addEventListener(type: string, fn: (e: { preventDefault(): void }) => void): void;
  focus(): void;
}
interface Win {
  addEventListener(type: 'message', fn: (e: { data: ToWebview }) => void): void;
  document: { getElementById(id: string): El | null; body: El };
  acquireVsCodeApi(): { postMessage(m: FromWebview): void };
}

const win = globalThis as unknown as Win;
const vscode = win.acquireVsCodeApi();
const $ = (id: string): El => win.document.getElementById(id)!;
const strings = JSON.parse(win.document.body.dataset.strings ?? '{}') as Record<string, string>;
const screen = $('screen');
const status = $('status');
const scale = $('scale');
const reconnect = $('reconnect');
const auth = $('auth');
const password = $('password');

type Handler = ((e: unknown) => void) | null;

/** What noVNC's Websock needs of a WebSocket: these own properties plus send/close. */
class Channel {
  binaryType = 'arraybuffer';
  protocol = '';
  readyState = 'connecting';
  onopen: Handler = null;
  onmessage: Handler = null;
  onclose: Handler = null;
  onerror: Handler = null;
  send(data: ArrayBuffer | Uint8Array): void {
    const bytes = data instanceof Uint8Array ? data.slice() : new Uint8Array(data.slice(0));
    if (this.readyState === 'open') vscode.postMessage({ type: 'data', data: bytes });
  }
  close(): void {
    if (this.readyState === 'closed') return;
    this.readyState = 'closed';
    vscode.postMessage({ type: 'close' });
  }
  deliver(bytes: Uint8Array): void {
    const copy = bytes.slice();
    this.onmessage?.({ data: copy.buffer });
  }
  ended(reason: string): void {
    if (this.readyState === 'closed') return;
    this.readyState = 'closed';
    this.onclose?.({ code: 1000, reason, wasClean: true });
  }
}

let channel: Channel | undefined;
let rfb: RFB | undefined;

function setStatus(text: string, lost = false): void {
  status.textContent = text;
  reconnect.hidden = !lost;
  win.document.body.dataset.state = lost ? 'lost' : rfb ? 'connected' : 'connecting';
}

function start(): void {
  rfb?.disconnect();
  channel = new Channel();
  // Already open: noVNC then starts the handshake itself (an onopen call on top would be a second start).
  channel.readyState = 'open';
  const own = new RFB(screen, channel, { shared: true });
  rfb = own;
  own.scaleViewport = scale.checked;
  own.resizeSession = false;
  own.focusOnClick = true;
  own.addEventListener('connect', () => {
    if (rfb !== own) return;
    setStatus(strings.connected ?? '');
    win.document.body.dataset.state = 'connected';
    own.focus();
  });
  own.addEventListener('disconnect', () => {
    if (rfb === own) setStatus(strings.lost ?? '', true);
  });
  own.addEventListener('credentialsrequired', () => {
    auth.hidden = false;
    password.focus();
  });
}

win.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'open') start();
  else if (m.type === 'data') {
    const bytes = toBytes(m.data);
    if (bytes) channel?.deliver(bytes);
  } else if (m.type === 'closed') {
    channel?.ended(m.reason);
    setStatus(m.reason, true);
  } else if (m.type === 'status') setStatus(m.text);
});

$('cad').addEventListener('click', () => {
  rfb?.sendCtrlAltDel();
  rfb?.focus();
});
scale.addEventListener('change', () => {
  if (rfb) rfb.scaleViewport = scale.checked;
});
reconnect.addEventListener('click', () => {
  reconnect.hidden = true;
  setStatus(strings.connecting ?? '');
  vscode.postMessage({ type: 'reconnect' });
});
auth.addEventListener('submit', (e) => {
  e.preventDefault();
  auth.hidden = true;
  rfb?.sendCredentials({ password: password.value });
  password.value = '';
});
vscode.postMessage({ type: 'ready' });
