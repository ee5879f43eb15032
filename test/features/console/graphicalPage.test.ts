import assert from 'node:assert/strict';
import { consolePage } from '../../../src/features/console/graphical/html';
import { isFromWebview, toBytes } from '../../../src/features/console/graphical/protocol';

const strings = { title: 'Screen: <web1>', ctrlAltDel: 'Ctrl-Alt-Del', scale: 'Scale', reconnect: 'Reconnect', connecting: 'Connecting', password: 'Password', send: 'Send', connected: 'Connected', lost: 'Lost' };

describe('console: graphical console page', () => {
  const html = consolePage({ cspSource: 'https://webview.example', scriptUri: 'https://webview.example/dist/console-webview.js', styleUri: 'https://webview.example/media/c.css', strings, nonce: 'N0nce' });

  it('has a strict CSP: nonce scripts only, nothing remote or inline', () => {
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-N0nce'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\bhttps?:\/\/(?!webview\.example)/);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0]!, /type="module" nonce="N0nce" src="https:\/\/webview\.example\/dist\/console-webview\.js"/);
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/, 'no inline styles or handlers');
  });

  it('labels what a screen reader meets: the toolbar, the password box and the screen itself', () => {
    assert.match(html, /<div id="toolbar" role="toolbar" aria-label="Screen: &#60;web1&#62;">/);
    assert.match(html, /<input id="password"[^>]* aria-label="Password"/);
    assert.match(html, /<div id="screen"[^>]* role="application" aria-label="Screen: &#60;web1&#62;"/);
    for (const button of html.match(/<button[^>]*>[^<]*<\/button>/g) ?? []) assert.match(button, />[^<\s][^<]*<\/button>$/, `a button with words: ${button}`);
  });

  it('escapes the strings it shows', () => {
    assert.ok(html.includes('Screen: &#60;web1&#62;'));
    assert.ok(!html.includes('<web1>'));
  });

  it('reads bytes however postMessage delivered them, and knows the webview messages', () => {
    assert.deepEqual([...toBytes(new Uint8Array([1, 2]))!], [1, 2]);
    assert.deepEqual([...toBytes(new Uint8Array([3]).buffer)!], [3]);
    assert.deepEqual([...toBytes([4, 5])!], [4, 5]);
    assert.deepEqual([...toBytes({ 0: 6, 1: 7 })!], [6, 7]);
    assert.equal(toBytes('x'), undefined);
    assert.ok(isFromWebview({ type: 'reconnect' }));
    assert.ok(!isFromWebview({ type: 'open' }));
    assert.ok(!isFromWebview(null));
  });
});
