// package.json's commands, menus and keybindings, and package.nls.json's command titles, written
// from the commands' definitions (src/commands/*/<name>.ts, listed in src/commands/registry.ts).
// Generated rather than checked by hand: a menu entry is then never a second copy of the command's
// rows to keep in step, and every entry follows the one contextValue grammar. `npm run manifest`
// writes both files; test/commands/manifest.test.ts fails when they differ from what this makes.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { shortName, type CommandDefinition } from '../src/commands/definition';
import { COMMANDS } from '../src/commands/registry';
import { rowMenuTest } from '../src/model/rowContext';

export interface MenuEntry {
  command: string;
  when: string;
  group?: string;
}

export interface Manifest {
  commands: { command: string; title: string; category: string; icon: string; enablement?: string }[];
  keybindings: { command: string; key: string; mac: string; when: string }[];
  menus: { commandPalette: MenuEntry[]; 'view/title': MenuEntry[]; 'view/item/context': MenuEntry[] };
  /** package.nls.json's `command.<short>.title` entries. */
  titles: Record<string, string>;
}

const DEFAULT_PALETTE = 'bigv.signedIn';

export function manifestOf(commands: readonly CommandDefinition[]): Manifest {
  const m: Manifest = { commands: [], keybindings: [], menus: { commandPalette: [], 'view/title': [], 'view/item/context': [] }, titles: {} };
  for (const c of commands) {
    const short = shortName(c.id);
    const titleKey = `command.${short}.title`;
    m.titles[titleKey] = c.title;
    m.commands.push({ command: c.id, title: `%${titleKey}%`, category: 'BigV', icon: `$(${c.icon})`, ...(c.enablement ? { enablement: c.enablement } : {}) });
    if (c.palette !== 'always') m.menus.commandPalette.push({ command: c.id, when: c.palette ?? DEFAULT_PALETTE });
    for (const t of c.titleBar ?? []) m.menus['view/title'].push({ command: c.id, when: and(`view == bigv.${t.view}`, t.when), group: t.group });
    for (const r of c.rows ?? []) {
      const base = and(`view == bigv.${r.view ?? 'servers'}`, rowMenuTest(r.kinds, short), r.when);
      // A one-row command leaves a multi-selection's context menu; its inline button is refused in words instead (selection.ts).
      if (r.menu !== undefined) m.menus['view/item/context'].push({ command: c.id, when: and(base, c.many ? undefined : '!listMultiSelection'), group: r.menu });
      if (r.inline !== undefined) m.menus['view/item/context'].push({ command: c.id, when: base, group: `inline@${r.inline}` });
    }
    if (c.key) m.keybindings.push({ command: c.id, ...c.key });
  }
  return m;
}

function and(...parts: (string | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== '').join(' && ');
}

const root = path.resolve(__dirname, '..');

/** package.json and package.nls.json as they should be, as text. */
export function generatedFiles(): { packageJson: string; nls: string } {
  const m = manifestOf(COMMANDS);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: Record<string, unknown> };
  pkg.contributes.commands = m.commands;
  pkg.contributes.keybindings = m.keybindings;
  pkg.contributes.menus = m.menus;
  const nls = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
  // Titles of commands that are gone go too; every other key (settings, views) stays where it is.
  for (const k of Object.keys(nls)) if (/^command\.[^.]+\.title$/.test(k) && !(k in m.titles)) delete nls[k];
  Object.assign(nls, m.titles);
  return { packageJson: `${JSON.stringify(pkg, null, 2)}\n`, nls: `${JSON.stringify(nls, null, 2)}\n` };
}

if (require.main === module) {
  const files = generatedFiles();
  writeFileSync(path.join(root, 'package.json'), files.packageJson);
  writeFileSync(path.join(root, 'package.nls.json'), files.nls);
  console.log('package.json and package.nls.json written from the command definitions');
}
