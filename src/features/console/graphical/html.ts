// The graphical console's page: a toolbar, the screen, and one nonce'd module script. The CSP
// allows nothing remote: scripts only with the nonce, styles and images only from the extension.
import { randomBytes } from 'node:crypto';

export interface PageStrings {
  title: string;
  ctrlAltDel: string;
  scale: string;
  reconnect: string;
  connecting: string;
  password: string;
  send: string;
  connected: string;
  lost: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function consolePage(o: { cspSource: string; scriptUri: string; styleUri: string; strings: PageStrings; nonce?: string }): string {
  const nonce = o.nonce ?? randomBytes(18).toString('base64');
  const s = o.strings;
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${o.cspSource}`,
    `img-src ${o.cspSource} data: blob:`,
    `font-src ${o.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(o.styleUri)}">
<title>${escapeHtml(s.title)}</title>
</head>
<body data-strings="${escapeHtml(JSON.stringify(s))}">
<div id="toolbar" role="toolbar" aria-label="${escapeHtml(s.title)}">
  <button id="cad" type="button">${escapeHtml(s.ctrlAltDel)}</button>
  <label><input id="scale" type="checkbox" checked> ${escapeHtml(s.scale)}</label>
  <button id="reconnect" type="button" hidden>${escapeHtml(s.reconnect)}</button>
  <form id="auth" hidden><input id="password" type="password" placeholder="${escapeHtml(s.password)}" aria-label="${escapeHtml(s.password)}" autocomplete="off"><button type="submit">${escapeHtml(s.send)}</button></form>
  <span id="status" role="status" aria-live="polite">${escapeHtml(s.connecting)}</span>
</div>
<div id="screen" tabindex="-1" role="application" aria-label="${escapeHtml(s.title)}" aria-roledescription="remote screen"></div>
<script type="module" nonce="${nonce}" src="${escapeHtml(o.scriptUri)}"></script>
</body>
</html>`;
}
