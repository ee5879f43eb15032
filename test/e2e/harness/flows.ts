// Multi-step user journeys the scenarios share.
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { DEMO_PASSWORD, SECOND_FACTOR_CODE } from '../../simulator';
import type { Workbench } from './workbench';

export { DEMO_PASSWORD, SECOND_FACTOR_CODE };

export interface SignInOptions {
  username?: string;
  password?: string;
  /** One-time code to give when asked (the `twofactor` user). */
  code?: string;
  /** Start from the welcome view's button (default) or the Command Palette. */
  via?: 'welcome' | 'palette';
}

/** Signs in and waits for the first account row, returning the labels then shown. */
export async function signIn(wb: Workbench, o: SignInOptions = {}): Promise<void> {
  const username = o.username ?? 'demo';
  await wb.openBigvView();
  if ((o.via ?? 'welcome') === 'welcome') {
    await wb.clickWelcomeButton('Sign In');
  } else {
    await wb.runCommand('BigV: Sign In');
  }
  await wb.answerInput(/Username/i, username, 'username');
  await wb.answerInput(new RegExp(`Password for ${username}`, 'i'), o.password ?? DEMO_PASSWORD, 'password');
  if (o.code !== undefined) await wb.answerInput(/one-time code|6-digit code/i, o.code, 'one-time-code');
  await wb.waitForRow('demo', { timeoutMs: 30_000 });
  await wb.shot(`signed-in-${username}`);
}

/** Expands accounts and groups until the server row is visible. */
export async function reveal(wb: Workbench, account: string, group: string, server?: string): Promise<void> {
  await wb.expand(account);
  // Group names repeat across accounts (`default`): pick the first occurrence below this account.
  const nth = await wb.until(`group ${group} under ${account}`, async () => {
    const labels = await wb.rowLabels();
    const accountAt = labels.indexOf(account);
    let before = 0;
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] !== group) continue;
      if (i > accountAt) return { nth: before };
      before += 1;
    }
    return undefined;
  });
  await wb.expand(group, nth.nth);
  if (server) await wb.waitForRow(server);
}

/** The last-known tree the extension keeps for a profile in its global storage (wherever code-server puts that). */
export async function lastKnownTree(userDataDir: string, profileId = 'default'): Promise<string | undefined> {
  const files = await readdir(userDataDir, { recursive: true });
  const found = files.find((f) => path.basename(f) === `last-known-${profileId}.json`);
  return found && path.join(userDataDir, found);
}

/** The "Your Account" pane (collapsed at first: `openAccountPane` opens it by its header). */
export function accountPane(wb: Workbench) {
  return wb.page.locator('.sidebar .pane', { has: wb.page.locator('.pane-header[aria-label^="Your Account"]') }).first();
}

export async function openAccountPane(wb: Workbench): Promise<void> {
  const header = accountPane(wb).locator('.pane-header').first();
  await header.waitFor({ timeout: 15_000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}
