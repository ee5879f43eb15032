// Renders media/icon.png (256×256, the Marketplace and Open VSX listing icon) from the view's own
// glyph, media/bigv.svg, white on a rounded tile. Run by hand when the glyph changes:
// `node build/icon.mjs` (needs Chromium, which the e2e provisioning installs).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const glyph = readFileSync(path.join(root, 'media/bigv.svg'), 'utf8').replace('<svg ', '<svg style="width:176px;height:176px;color:#fff" ');
const html = `<html><body style="margin:0;background:transparent">
<div style="width:256px;height:256px;border-radius:48px;display:flex;align-items:center;justify-content:center;background:linear-gradient(135deg,#1f6feb,#0b3d91)">${glyph}</div>
</body></html>`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 256, height: 256 }, deviceScaleFactor: 1 });
await page.setContent(html);
await page.screenshot({ path: path.join(root, 'media/icon.png'), omitBackground: true });
await browser.close();
console.log('media/icon.png written');
