// Every row of the Servers view shows API strings as inert text: labels and descriptions on one
// line with no control, bidi or invisible character; hovers with nothing that is markup, HTML or
// a link. Drawn by the real tree provider (over a stand-in `vscode`) from an estate whose every
// name, label and address is hostile.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Estate as EstateType } from '../../src/estate/estate';
import type { BackupsNode, EstateNode, NetworkNode } from '../../src/estate/nodes';
import { account, vm } from '../estate/fixtures';
import { allEscaped, AUTOLINK, hostile, UNSAFE } from '../support/hostileText';
import { makeVscodeStub, MarkdownString, TreeItem, withVscodeStub } from '../support/vscodeStub';

const { vscode } = makeVscodeStub();
const { ServerTreeProvider } = withVscodeStub(vscode, () => require('../../src/ui/treeProvider') as typeof import('../../src/ui/treeProvider'));
const { ProfilesTreeProvider } = withVscodeStub(vscode, () => require('../../src/ui/profileTree') as typeof import('../../src/ui/profileTree'));
const { AccountTreeProvider } = withVscodeStub(vscode, () => require('../../src/ui/accountView') as typeof import('../../src/ui/accountView'));
const { Estate } = require('../../src/estate/estate') as typeof import('../../src/estate/estate');

/** Markdown that renders as text only: escaped text, code spans, bold and line breaks, nothing else. */
export function inertMarkdown(md: string): string | undefined {
  let rest = '';
  for (let i = 0; i < md.length; i++) {
    const ch = md[i]!;
    if (ch === '\\') {
      rest += md.slice(i, i + 2);
      i++;
    } else if (ch === '`') {
      const end = md.indexOf('`', i + 1);
      if (end < 0) return 'an unclosed code span';
      const span = md.slice(i + 1, end);
      if (UNSAFE.test(span)) return `a control character in the code span ${JSON.stringify(span)}`;
      i = end;
    } else if (ch === '*' && md[i + 1] === '*') i++;
    else if (ch === '\n') rest += ' ';
    else rest += ch;
  }
  if (UNSAFE.test(rest)) return 'a control, bidi or invisible character';
  if (AUTOLINK.test(rest)) return 'something GFM autolinks';
  if (!allEscaped(rest)) return 'unescaped punctuation';
  return undefined;
}

function check(item: TreeItem, where: string): void {
  for (const [what, text] of [['label', item.label], ['description', item.description ?? ''], ['accessibility label', item.accessibilityInformation?.label ?? '']] as const) {
    assert.ok(!UNSAFE.test(text), `${where}: the ${what} ${JSON.stringify(text)} holds a control, bidi or invisible character`);
  }
  if (item.tooltip === undefined) return;
  if (typeof item.tooltip === 'string') {
    // VS Code shows a plain string hover as text: only what it cannot show inertly matters.
    assert.ok(!UNSAFE.test(item.tooltip.replace(/\n/g, ' ')), `${where}: the hover ${JSON.stringify(item.tooltip)} holds a control, bidi or invisible character`);
    return;
  }
  assert.ok(item.tooltip instanceof MarkdownString);
  const problem = inertMarkdown(item.tooltip.value);
  assert.equal(problem, undefined, `${where}: the hover ${JSON.stringify(item.tooltip.value)} has ${problem}`);
}

function hostileEstate(s: string[]): { estate: EstateType; all: EstateNode[] } {
  const at = (i: number) => s[i % s.length]!;
  const estate = new Estate();
  const server = vm({
    id: 7, name: at(0), hostname: at(1), zone_name: at(2), head: at(3), hardware_profile: at(4), last_imaged_with: at(5), cdrom_url: at(6),
    management_address: at(7),
    discs: [{ id: 70, label: at(8), size: 25600, storage_grade: at(9), storage_pool: at(10), backup_schedules: [{ id: 5, start_at: at(11), interval_seconds: 86400 }] }],
    network_interfaces: [{ id: 3, ips: [at(12), '46.43.1.2'], extra_ips: { [at(13)]: '46.43.1.2' } }],
  });
  estate.replace([account(1, at(14), [{ id: 10, name: at(15), vms: [server] }])], false);
  const all: EstateNode[] = [];
  const walk = (node?: EstateNode): void => {
    for (const child of estate.children(node)) {
      all.push(child);
      if (child.kind === 'backups') (child as BackupsNode).backups = [{ id: 1, label: at(16), created_at: at(17), size: 10 }, { id: 2, label: at(18) }];
      if (child.kind === 'network') (child as NetworkNode).rdns = new Map([[at(12), at(19)], ['46.43.1.2', at(20)]]);
      if (child.kind === 'network') (child as NetworkNode).error = at(21);
      walk(child);
    }
  };
  walk();
  return { estate, all };
}

describe('tree rows show API strings as inert text', () => {
  it('the seeded kinds of trouble: a URL-like reverse DNS and CD-ROM URL are no links, an RLO and a newline leave the label', () => {
    const strings = Array.from({ length: 22 }, () => 'web1\u202Egpj.exe\nline two');
    strings[6] = 'https://mirror.example/x.iso'; // the CD-ROM
    strings[20] = 'www.demo.example.com'; // the reverse DNS of 46.43.1.2
    const { estate, all } = hostileEstate(strings);
    const provider = new ServerTreeProvider(estate, () => undefined);
    const server = all.find((n) => n.kind === 'server')!;
    const serverItem = provider.resolveTreeItem(provider.getTreeItem(server) as never, server) as unknown as TreeItem;
    assert.equal(serverItem.label, 'web1gpj.exe line two');
    check(serverItem, 'server');
    assert.match((serverItem.tooltip as MarkdownString).value, /CD\\-ROM\\: https\\:\\\/\\\/mirror\\\.example\\\/x\\\.iso/);
    const ip = all.find((n) => n.kind === 'ip' && n.ip === '46.43.1.2')!;
    const ipItem = provider.getTreeItem(ip) as unknown as TreeItem;
    check(ipItem, 'address');
    assert.match((ipItem.tooltip as MarkdownString).value, /Reverse DNS\\: www\\\.demo\\\.example\\\.com/);
  });

  it('property: every label, description and hover of every row, for hostile strings everywhere', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 22, maxLength: 22 }), (strings) => {
        const { estate, all } = hostileEstate(strings);
        const provider = new ServerTreeProvider(estate, () => undefined);
        estate.setError(strings[0]!, `${strings[1]}\n${strings[2]}`);
        for (const node of [...all, estate.error!]) {
          const item = provider.getTreeItem(node) as unknown as TreeItem;
          check(node.kind === 'server' ? (provider.resolveTreeItem(item as never, node) as unknown as TreeItem) : item, node.kind);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every row of the Servers view says what it is and its state in words (a screen reader does not see the icon)', () => {
    const strings = Array.from({ length: 22 }, (_, i) => `name${i}`);
    const { estate, all } = hostileEstate(strings);
    const provider = new ServerTreeProvider(estate, () => undefined);
    estate.setError('Could not reach the API', 'timed out');
    for (const node of [...all, estate.error!]) {
      const item = provider.getTreeItem(node) as unknown as TreeItem;
      const spoken = item.accessibilityInformation?.label ?? '';
      assert.ok(spoken.includes(String(item.label)) || node.kind === 'server', `${node.kind}: ${JSON.stringify(spoken)} names the row`);
      if (item.description) assert.ok(spoken.includes(String(item.description)) || node.kind === 'server' || node.kind === 'disc', `${node.kind}: ${JSON.stringify(spoken)} says ${JSON.stringify(item.description)}`);
    }
    const server = all.find((n) => n.kind === 'server')!;
    assert.match((provider.getTreeItem(server) as unknown as TreeItem).accessibilityInformation!.label, /Running|Stopped/);
  });

  it('property: the profile rows, whose names and endpoints come from settings', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (name, username, endpoint) => {
        const root = { kind: 'profile' as const, id: 'profile:x', profileId: 'x' };
        const entry = { profile: { id: 'x', name, apiEndpoint: endpoint, authEndpoint: `https://${endpoint}` }, root, tree: {} as never, username, owns: () => false };
        const other = { ...entry, profile: { ...entry.profile, id: 'y' }, root: { ...root, id: 'profile:y', profileId: 'y' } };
        const view = new ProfilesTreeProvider(() => [entry, other] as never);
        check(view.getTreeItem(root) as unknown as TreeItem, 'profile');
      }),
      { numRuns: 300 },
    );
  });

  it('property: the Your Account rows (key comments, privilege names, problems)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 7, maxLength: 7 }), async ([comment, level, account, group, server, problem, username]) => {
        const data = {
          username: username!,
          keys: [`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk3XmUjHwQp0v2s0b0f5zQZ1vJ6kS2x8J8nQ9uV0aQe ${comment}`, `${comment} not a key`],
          privileges: [{ id: 1, username: 'demo', level: level!, account_name: account, group_name: group, virtual_machine_name: server }],
          problems: [problem!],
        };
        const view = new AccountTreeProvider({ get: async () => data as never, onDidChange: () => ({ dispose: () => undefined }) } as never);
        const rows = await view.getChildren();
        for (const row of [...rows, ...(await view.getChildren(rows[0])), ...(await view.getChildren(rows[1]))]) check(view.getTreeItem(row) as unknown as TreeItem, row.kind);
      }),
      // A level named like an Object.prototype member once threw (found by this property at random).
      { numRuns: 200, examples: [[['c', '__proto__', 'a', 'g', 's', 'p', 'u']], [['c', 'constructor', 'a', 'g', 's', 'p', 'u']]] },
    );
  });
});
