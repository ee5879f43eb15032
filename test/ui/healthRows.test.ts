// Health in the tree provider: a running server's Health row under it once read, its row flagged
// (first in its description, so a narrow view still shows it) and a health line in its hover;
// a failure only a quiet line; a stopped server shows neither.
import assert from 'node:assert/strict';
import { parseHealth } from '../../src/model/health';
import { account, vm } from '../estate/fixtures';
import { debianHealth } from '../support/healthText';
import { makeVscodeStub, withVscodeStub } from '../support/vscodeStub';

const { vscode } = makeVscodeStub();
const { ServerTreeProvider } = withVscodeStub(vscode, () => require('../../src/ui/treeProvider') as typeof import('../../src/ui/treeProvider'));
const { Estate } = require('../../src/estate/estate') as typeof import('../../src/estate/estate');

function tree() {
  const estate = new Estate();
  estate.replace([account(1, 'demo', [{ id: 10, name: 'web', vms: [vm({ id: 1, name: 'web1', power_on: true }), vm({ id: 2, name: 'web2', power_on: true }), vm({ id: 3, name: 'staging', power_on: false })] }])], false);
  const provider = new ServerTreeProvider(estate, () => undefined);
  return { estate, provider };
}

/** The hover's Markdown with its escapes taken out (names and reasons are escaped there). */
const tooltipText = (t: unknown): string => (typeof t === 'string' ? t : String((t as { value?: string }).value ?? '')).replace(/\\(.)/g, '$1');

describe('ui/treeProvider: health', () => {
  it('a full disc flags the server row first and adds a hover line; the Health row says the figures', async () => {
    const { estate, provider } = tree();
    const web2 = estate.server(2)!;
    web2.health = { at: Date.now(), result: parseHealth(debianHealth({ rootPercent: 95 })) };
    const item = provider.getTreeItem(web2);
    assert.match(String(item.description), /^⚠ disc full \(\/\) · /);
    assert.match(tooltipText(provider.resolveTreeItem(item, web2).tooltip), /Health: disc full \(\/\) · load 0\.12 · mem 41 % · \/ 95 %/);
    const [health] = await provider.getChildren(web2);
    assert.equal(health!.kind, 'health');
    const row = provider.getTreeItem(health!);
    assert.equal(row.label, 'Health');
    assert.equal(row.description, '⚠ disc full (/) · load 0.12 · mem 41 % · / 95 %');
    assert.equal(row.collapsibleState, 0);
    assert.match(String(row.contextValue), /^health\.running:$/);
  });

  it('healthy or unreadable: no flag; unreadable says so quietly on the row and in the hover', async () => {
    const { estate, provider } = tree();
    const web1 = estate.server(1)!;
    web1.health = { at: Date.now(), result: parseHealth(debianHealth()) };
    assert.doesNotMatch(String(provider.getTreeItem(web1).description), /⚠/);
    web1.health = { at: Date.now(), result: { ok: false, reason: 'host key not yet trusted — open an SSH terminal once' } };
    const item = provider.getTreeItem(web1);
    assert.doesNotMatch(String(item.description), /⚠/);
    assert.match(tooltipText(provider.resolveTreeItem(item, web1).tooltip), /Health unavailable: host key not yet trusted/);
    const [health] = await provider.getChildren(web1);
    assert.equal(provider.getTreeItem(health!).description, 'unavailable: host key not yet trusted — open an SSH terminal once');
  });

  it('a stopped server: no Health row and no flag, even with an old reading', async () => {
    const { estate, provider } = tree();
    const staging = estate.server(3)!;
    staging.health = { at: Date.now(), result: parseHealth(debianHealth({ rootPercent: 99 })) };
    assert.doesNotMatch(String(provider.getTreeItem(staging).description), /⚠/);
    assert.deepEqual((await provider.getChildren(staging)).map((n) => n.kind), ['discs', 'network']);
  });
});
