// The manifest and the definitions must agree: a command declared but not registered fails at
// click time, and a menu pointing at a missing command silently disappears.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { shortName } from '../../src/commands/definition';
import { COMMANDS } from '../../src/commands/registry';
import { rowContext } from '../../src/model/rowContext';
import { contextValue } from '../../src/model/serverState';

const COMMAND_IDS = COMMANDS.map((c) => c.id);

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: {
    commands: Array<{ command: string; title: string; category?: string; icon?: string }>;
    menus: Record<string, Array<{ command?: string; when?: string; group?: string }>>;
  };
};
const nls = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const declared = manifest.contributes.commands.map((c) => c.command);

/** The contextValue test of a `when` clause, as a function, or undefined if it has none. */
function viewItemTest(when: string): ((contextValue: string) => boolean) | undefined {
  const re = /viewItem =~ \/((?:[^/\\]|\\.)+)\//.exec(when);
  if (re) {
    const regex = new RegExp(re[1]);
    return (v) => regex.test(v);
  }
  const eq = /viewItem == ([\w.-]+)/.exec(when);
  if (eq) return (v) => v === eq[1];
  return undefined;
}

const RUNNING = contextValue({ power_on: true, autoreboot_on: true, deleted: false });
const STOPPED = contextValue({ power_on: false, autoreboot_on: false, deleted: false });
const CHANGING = contextValue({ power_on: false, autoreboot_on: true, deleted: false });
const DELETED = contextValue({ power_on: false, autoreboot_on: false, deleted: true });
const ERROR = rowContext('error', 'failed', ['refresh']);
const CONTEXT_VALUES = [rowContext('account', 'writable', ['addGroup', 'refresh']), rowContext('group', 'named', ['createServer', 'renameGroup', 'deleteGroup', 'refresh']), RUNNING, STOPPED, CHANGING, DELETED, contextValue({ power_on: true, autoreboot_on: true, deleted: false }, 'stopping'), ERROR, rowContext('placeholder', 'empty')];

describe('package.json contributions', () => {
  it('declares exactly the defined commands, each once', () => {
    assert.deepEqual([...declared].sort(), [...COMMAND_IDS].sort());
    assert.equal(new Set(declared).size, declared.length);
  });

  it('gives every command the BigV category, a localised title and an icon', () => {
    for (const c of manifest.contributes.commands) {
      assert.equal(c.category, 'BigV', c.command);
      assert.match(c.title, /^%[\w.]+%$/, `${c.command} title should come from package.nls.json`);
      assert.match(c.icon ?? '', /^\$\([a-z-]+\)$/, `${c.command} icon`);
    }
  });

  it('takes each definition from its own file, src/commands/<folder>/<short name>.ts (registry.ts parsed)', () => {
    const file = path.join(root, 'src/commands/registry.ts');
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const importedFrom = new Map<string, string>();
    let listed: string[] = [];
    for (const stmt of source.statements) {
      if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
        const bindings = stmt.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const el of bindings.elements) if (el.propertyName?.text === 'definition') importedFrom.set(el.name.text, stmt.moduleSpecifier.text);
        }
      }
      if (ts.isVariableStatement(stmt)) {
        for (const decl of stmt.declarationList.declarations) {
          if (decl.name.getText(source) !== 'COMMANDS' || !decl.initializer) continue;
          const list = ts.isAsExpression(decl.initializer) ? decl.initializer.expression : decl.initializer;
          assert.ok(ts.isArrayLiteralExpression(list));
          listed = list.elements.map((e) => e.getText(source));
        }
      }
    }
    assert.equal(listed.length, COMMANDS.length);
    COMMANDS.forEach((c, i) => {
      const module = importedFrom.get(listed[i]!);
      assert.ok(module, `${c.id}: ${listed[i]} is not a file's definition`);
      assert.equal(path.basename(module), shortName(c.id), `${c.id} is defined in ${module}`);
      assert.ok(existsSync(path.join(root, 'src/commands', `${module}.ts`)));
    });
  });

  it('only references declared commands in menus', () => {
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) {
        if (item.command !== undefined) assert.ok(declared.includes(item.command), `${menu}: ${item.command} is not declared`);
      }
    }
  });

  it('has every %key% of package.json in package.nls.json', () => {
    const text = readFileSync(path.join(root, 'package.json'), 'utf8');
    const keys = [...text.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length >= COMMAND_IDS.length);
    for (const k of keys) assert.ok(typeof nls[k] === 'string' && nls[k] !== '', `package.nls.json lacks ${k}`);
  });

  it('scopes every tree item menu entry to the BigV view and a node type', () => {
    for (const item of manifest.contributes.menus['view/item/context']) {
      assert.match(item.when ?? '', /(^|&& )view == bigv\.(servers|account|activity)( &&|$)/, `${item.command}: ${item.when}`);
      assert.ok(viewItemTest(item.when ?? ''), `${item.command} has no viewItem condition`);
    }
    for (const item of manifest.contributes.menus['view/title']) {
      assert.match(item.when ?? '', /(^|&& )view == bigv\.(servers|account|activity)( &&|$)/, `${item.command}: ${item.when}`);
    }
  });

  it('shows at most three inline actions per node state, and never an action twice', () => {
    const items = manifest.contributes.menus['view/item/context'];
    for (const value of CONTEXT_VALUES) {
      const inline = items.filter((i) => i.group?.startsWith('inline') && viewItemTest(i.when ?? '')!(value)).map((i) => i.command);
      assert.ok(inline.length <= 3, `${value}: ${inline.join(', ')}`);
      const all = items.filter((i) => !i.group?.startsWith('inline') && viewItemTest(i.when ?? '')!(value)).map((i) => i.command);
      assert.equal(new Set(all).size, all.length, `${value} context menu repeats a command: ${all.join(', ')}`);
    }
  });

  it('offers the state-appropriate power actions on server nodes', () => {
    const items = manifest.contributes.menus['view/item/context'].filter((i) => !i.group?.startsWith('inline'));
    const menuOf = (value: string) => items.filter((i) => viewItemTest(i.when ?? '')!(value)).map((i) => i.command);
    assert.ok(menuOf(STOPPED).includes('bigv.start'));
    assert.ok(!menuOf(STOPPED).includes('bigv.stop'));
    assert.ok(menuOf(RUNNING).includes('bigv.shutdown'));
    assert.ok(!menuOf(RUNNING).includes('bigv.start'));
    assert.deepEqual(
      menuOf(DELETED).filter((c) => ['bigv.start', 'bigv.stop', 'bigv.delete', 'bigv.reimage', 'bigv.openConsole'].includes(c!)),
      [],
    );
    assert.ok(menuOf(DELETED).includes('bigv.restore'));
    assert.ok(menuOf(ERROR).includes('bigv.refresh'));
    for (const v of [RUNNING, STOPPED, CHANGING, DELETED]) {
      assert.ok(menuOf(v).includes('bigv.showProperties'), v);
    }
  });

  it('shows exactly one of Show/Hide Deleted in the title bar and palette for either state', () => {
    const title = manifest.contributes.menus['view/title'];
    const show = title.find((i) => i.command === 'bigv.showDeleted')!;
    const hide = title.find((i) => i.command === 'bigv.hideDeleted')!;
    assert.match(show.when!, /!bigv\.showDeleted/);
    assert.match(hide.when!, /(?<!!)bigv\.showDeleted/);
    assert.equal(show.group, hide.group);
  });
});

describe('the Marketplace listing', () => {
  it('has a PNG icon of at least 128×128 that the package ships, a gallery banner and words a Bytemark user searches for', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { icon?: string; galleryBanner?: { color?: string }; keywords?: string[] };
    assert.match(pkg.icon ?? '', /\.png$/);
    const png = readFileSync(path.join(root, pkg.icon!));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.ok(width >= 128 && height >= 128, `${width}×${height}`);
    assert.match(readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!media\/\*\*$/m, 'media/ is packaged');
    assert.match(pkg.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    for (const word of ['bytemark', 'bigv', 'vps', 'serial console']) assert.ok(pkg.keywords?.includes(word), word);
  });
});

describe('the walkthrough', () => {
  it('teaches in a few steps, each with an image per theme that ships, command links and a completion event that can happen', () => {
    type Themed = Record<'dark' | 'light' | 'hc' | 'hcLight', string>;
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: { walkthroughs?: { steps: { id: string; description: string; media: { image: Themed | string }; completionEvents: string[] }[] }[] };
    };
    const steps = pkg.contributes.walkthroughs?.[0]?.steps ?? [];
    assert.ok(steps.length >= 4 && steps.length <= 6, `${steps.length} steps`);
    for (const step of steps) {
      // A dark picture in a light theme is a glare (issue 19, item 10): one per theme kind.
      const image = step.media.image;
      assert.ok(typeof image === 'object', `${step.id}: one image for every theme`);
      for (const kind of ['dark', 'light', 'hc', 'hcLight'] as const) assert.ok(existsSync(path.join(root, image[kind])), `${step.id}: ${kind} ${image[kind]}`);
      assert.notEqual(image.light, image.dark, `${step.id}: the light theme gets its own picture`);
      const description = nls[step.description.replace(/^%|%$/g, '')] ?? '';
      for (const [, command] of description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(declared.includes(command!) || command === 'bigv.servers.focus', `${step.id} links ${command}`);
      for (const event of step.completionEvents) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        if (command) assert.ok(declared.includes(command), `${step.id}: ${event}`);
        else assert.match(event, /^(onContext:bigv\.\w+|onView:bigv\.\w+)$/, `${step.id}: ${event}`);
      }
    }
  });
});
