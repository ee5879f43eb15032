// package.json's commands, menus and keybindings and package.nls.json's titles are written from
// the commands' definitions (build/manifest.ts); this fails when they differ, so a hand edit of
// either file, or a definition changed without `npm run manifest`, cannot land.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generatedFiles, manifestOf } from '../../build/manifest';
import { defineCommand } from '../../src/commands/definition';

const root = path.resolve(__dirname, '../..');

describe('the manifest is written from the command definitions', () => {
  it('package.json and package.nls.json are exactly what `npm run manifest` writes', () => {
    const files = generatedFiles();
    assert.ok(readFileSync(path.join(root, 'package.json'), 'utf8') === files.packageJson, 'package.json differs from the definitions: run `npm run manifest`');
    assert.ok(readFileSync(path.join(root, 'package.nls.json'), 'utf8') === files.nls, 'package.nls.json differs from the definitions: run `npm run manifest`');
  });

  it('a one-row command leaves a multi-selection\'s context menu but keeps its inline button; a many-row one stays in both', () => {
    const run = async () => undefined;
    const one = defineCommand({ id: 'bigv.one', title: 'One', icon: 'add', rows: [{ kinds: ['disc', 'ip'], menu: '1_x@1', inline: 2, when: 'bigv.k' }], writes: true, run });
    const many = defineCommand({ id: 'bigv.many', title: 'Many', icon: 'add', palette: 'always', rows: [{ kinds: ['server'], menu: '1_x@2' }], titleBar: [{ view: 'account', group: 'navigation@1' }], many: true, writes: true, run });
    const m = manifestOf([one, many]);
    assert.deepEqual(m.menus['view/item/context'], [
      { command: 'bigv.one', when: 'view == bigv.servers && viewItem =~ /^(disc|ip)\\..*:one:/ && bigv.k && !listMultiSelection', group: '1_x@1' },
      { command: 'bigv.one', when: 'view == bigv.servers && viewItem =~ /^(disc|ip)\\..*:one:/ && bigv.k', group: 'inline@2' },
      { command: 'bigv.many', when: 'view == bigv.servers && viewItem =~ /^(server)\\..*:many:/', group: '1_x@2' },
    ]);
    assert.deepEqual(m.menus.commandPalette, [{ command: 'bigv.one', when: 'bigv.signedIn' }]);
    assert.deepEqual(m.menus['view/title'], [{ command: 'bigv.many', when: 'view == bigv.account', group: 'navigation@1' }]);
    assert.deepEqual(m.titles, { 'command.one.title': 'One', 'command.many.title': 'Many' });
  });
});
