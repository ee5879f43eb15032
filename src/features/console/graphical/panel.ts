// The graphical console tab: a webview running noVNC, and in the extension the SSH tunnel to
// port 5900 of the management address. Bytes go both ways by postMessage. One tab per server
// (opening it again shows the tab); closing the tab closes the tunnel.
import type { Client, ClientChannel } from 'ssh2';
import * as vscode from 'vscode';
import { connectSsh } from '../ssh/connect';
import { consoleRequest, type ConsoleEndpoint } from '../ssh/request';
import { describeFailure } from '../ssh/vscodePrompts';
import { consolePage } from './html';
import { isFromWebview, toBytes, type ToWebview } from './protocol';
import { openVncTunnel } from './tunnel';

export interface GraphicalConsoleRequest extends ConsoleEndpoint {
  /** Identifies the server: a second open shows the existing tab. */
  key: string;
  title: string;
  /** `name.group.account`, for messages. */
  serverName: string;
  extensionUri: vscode.Uri;
}

const open = new Map<string, vscode.WebviewPanel>();

export function showGraphicalConsole(r: GraphicalConsoleRequest): vscode.WebviewPanel {
  const existing = open.get(r.key);
  if (existing) {
    existing.reveal();
    return existing;
  }
  const dist = vscode.Uri.joinPath(r.extensionUri, 'dist');
  const media = vscode.Uri.joinPath(r.extensionUri, 'media');
  const panel = vscode.window.createWebviewPanel('bigv.graphicalConsole', r.title, vscode.ViewColumn.Active, {
    enableScripts: true,
    // The VNC session lives in the page: hiding the tab must not reload it.
    retainContextWhenHidden: true,
    localResourceRoots: [dist, media],
  });
  open.set(r.key, panel);
  const webview = panel.webview;
  webview.html = consolePage({
    cspSource: webview.cspSource,
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'console-webview.js')).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'graphicalConsole.css')).toString(),
    strings: {
      title: r.title,
      ctrlAltDel: vscode.l10n.t('Send Ctrl-Alt-Del'),
      scale: vscode.l10n.t('Scale to fit'),
      reconnect: vscode.l10n.t('Reconnect'),
      connecting: vscode.l10n.t('Connecting…'),
      password: vscode.l10n.t('VNC password'),
      send: vscode.l10n.t('Send'),
      connected: vscode.l10n.t('Connected'),
      lost: vscode.l10n.t('The connection to the screen was lost.'),
    },
  });

  const destination = `${r.username}@${r.host}`;
  let client: Client | undefined;
  let channel: ClientChannel | undefined;
  let generation = 0;
  let disposed = false;
  const post = (m: ToWebview): void => void webview.postMessage(m);
  const teardown = (): void => {
    channel?.removeAllListeners('close');
    channel?.close();
    client?.removeAllListeners('close');
    client?.end();
    channel = undefined;
    client = undefined;
  };
  const connect = async (): Promise<void> => {
    const mine = ++generation;
    teardown();
    post({ type: 'status', text: vscode.l10n.t('Connecting to {0}…', destination) });
    try {
      const c = await connectSsh(consoleRequest(r));
      if (disposed || mine !== generation) return void c.end();
      client = c;
      const ch = await openVncTunnel(c, r.host).catch((err: Error) => {
        throw new Error(vscode.l10n.t('the SSH login worked, but the screen (port 5900) could not be opened: {0}', err.message));
      });
      if (disposed || mine !== generation) return void c.end();
      channel = ch;
      const lost = (reason: string): void => {
        if (mine !== generation) return;
        teardown();
        post({ type: 'closed', reason });
      };
      post({ type: 'open' });
      ch.on('data', (d: Buffer) => post({ type: 'data', data: new Uint8Array(d) }));
      ch.on('close', () => lost(vscode.l10n.t('The connection to the screen of {0} was closed.', r.serverName)));
      c.on('close', () => lost(vscode.l10n.t('The SSH connection to {0} was lost.', destination)));
      r.log(`Graphical console ${r.serverName}: tunnel to ${r.host}:5900 open`);
    } catch (err) {
      if (disposed || mine !== generation) return;
      r.log(`Graphical console ${r.serverName}: ${(err as Error).message}`);
      teardown();
      post({ type: 'closed', reason: describeFailure(err, destination, r.username) });
    }
  };

  webview.onDidReceiveMessage((m: unknown) => {
    if (!isFromWebview(m)) return;
    if (m.type === 'ready' || m.type === 'reconnect') void connect();
    else if (m.type === 'close') teardown();
    else if (m.type === 'data') {
      const bytes = toBytes(m.data);
      if (bytes && channel) channel.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
  });
  panel.onDidDispose(() => {
    disposed = true;
    generation++;
    open.delete(r.key);
    teardown();
  });
  return panel;
}
