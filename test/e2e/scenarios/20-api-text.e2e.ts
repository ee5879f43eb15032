import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import type { Scenario } from '../harness/env';
import { reveal } from '../harness/flows';
import { scenarioHooks } from '../harness/hooks';
import type { Workbench } from '../harness/workbench';

/** Hovers a row and reads its hover card: the text, and how many links it holds. */
async function hoverCard(wb: Workbench, row: Locator, expect: RegExp, shot: string): Promise<{ text: string; links: string[] }> {
  await wb.page.mouse.move(0, 0);
  await wb.page.keyboard.press('Escape');
  await row.hover();
  const card = wb.page.locator('.monaco-hover:visible, .workbench-hover:visible').last();
  const text = await wb.until(`a hover matching ${expect}`, async () => {
    if ((await card.count()) === 0) return undefined;
    // Spaces may be rendered as no-break spaces: read them as spaces.
    const t = (await card.innerText()).replace(/[ \u00a0]+/g, ' ');
    return expect.test(t) ? t : undefined;
  });
  await wb.shot(shot);
  const links = await card.locator('a').evaluateAll((as) => as.map((a) => a.outerHTML));
  return { text, links };
}

describe('what the API says is shown as text: no links, no markup, no control characters', function () {
  let s: Scenario;
  scenarioHooks('20-api-text', (x) => (s = x), { signIn: {} });

  it("an address's reverse DNS that looks like a web address is plain text in its hover", async function () {
    const { wb } = s;
    await reveal(wb, 'demo', 'web', 'web1');
    await wb.expand('web1');
    await wb.expand('Network');
    const ip = s.backends.sim.state.findServer('demo', 'web', 'web1')!.network_interfaces[0]!.ips[0]!;
    await wb.waitForRowDescription(ip, /www\.demo\.example\.com/);
    const { text, links } = await hoverCard(wb, wb.row(ip), /Reverse DNS/, 'rdns-hover');
    assert.match(text, /Reverse DNS: www\.demo\.example\.com/);
    assert.deepEqual(links, [], 'no link in the hover');
  });

  it("a server's CD-ROM URL is plain text in its hover", async function () {
    const { wb } = s;
    await reveal(wb, 'acme', 'default', 'build');
    const { text, links } = await hoverCard(wb, wb.row('build'), /CD-ROM/, 'cdrom-hover');
    assert.match(text, /CD-ROM: https:\/\/mirror\.bytemark\.co\.uk\/debian-cd\/current\/amd64\/iso-cd\/debian-netinst\.iso/);
    assert.deepEqual(links, [], 'no link in the hover');
  });

  it('a disc label with a line break and a right-to-left override is one plain line, in the row and its hover', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    const dev = sim.state.findServer('acme', 'default', 'dev')!;
    dev.discs[0]!.label = 'www.evil.example\u202Egpj.exe\nsecond line';
    await wb.runCommand('BigV: Refresh');
    // Only dev's Discs row on screen, so that `Discs` names one row.
    for (const other of ['web1', 'build']) {
      const row = wb.row(other);
      if ((await row.count()) > 0 && (await wb.isExpanded(row)) === true) {
        await row.click();
        await wb.until(`${other} to collapse`, async () => (await wb.isExpanded(row)) === false);
      }
    }
    await wb.expand('dev');
    await wb.until("dev's Discs row", async () => ((await wb.rows('Discs').count()) === 1 ? true : undefined));
    await wb.expand('Discs');
    const row = wb.serversPane().locator('.monaco-list-row').filter({ hasText: /www\.evil\.example/ }).first();
    await row.waitFor({ timeout: 15_000 });
    const label = await row.locator('.label-name').innerText();
    assert.equal(label.trim(), 'www.evil.examplegpj.exe second line');
    const { text, links } = await hoverCard(wb, row, /www\.evil\.example/, 'disc-hover');
    assert.doesNotMatch(text, /[\u202a-\u202e\u2066-\u2069]/);
    assert.deepEqual(links, [], 'no link in the hover');
  });
});
