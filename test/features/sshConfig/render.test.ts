// The managed ssh_config file: what it says for well-formed servers, and that no name, address
// or user from the API or the settings can put anything in it but Host/HostName/User lines with
// plain literal names (no directive, no second pattern, no wildcard, no negation).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hostAlias, parseConfig, renderConfig, type ManagedHost } from '../../../src/features/sshConfig/render';

const host = (server: string, group = 'web', account = 'demo', address: string | undefined = '46.43.1.2', profileId = 'default'): ManagedHost => ({ profileId, account, group, server, address });
const root = () => 'root';

/** Every line is blank, a comment, or one of the three directives with safe values. */
function assertInert(text: string, count: number): void {
  const lines = text.split('\n');
  assert.equal(lines.at(-1), '', 'ends with a newline');
  let hosts = 0;
  for (const line of lines) {
    if (line === '' || /^# [ -~]*$/.test(line)) continue;
    const m = /^(Host|  HostName|  User) (.*)$/.exec(line);
    assert.ok(m, `unexpected line ${JSON.stringify(line)}`);
    if (m[1] === 'Host') {
      hosts++;
      const names = m[2]!.split(' ');
      assert.ok(names.length <= 2);
      for (const n of names) assert.match(n, /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9][A-Za-z0-9_-]*){0,2}$/);
    } else if (m[1] === '  HostName') assert.match(m[2]!, /^[0-9a-fA-F:.]+$/);
    else assert.match(m[2]!, /^[A-Za-z_][A-Za-z0-9_.-]*$/);
  }
  assert.ok(hosts <= count);
}

describe('managed SSH config: rendering', () => {
  it('writes a Host per server, its short name where unique, address and user, commented', () => {
    const r = renderConfig([host('web1'), host('web2'), host('db1', 'db'), host('web1', 'web', 'acme', '46.43.9.9')], root);
    assert.match(r.text, /# account demo, group web, profile default\nHost web1\.web\.demo\n  HostName 46\.43\.1\.2\n  User root\n/);
    assert.match(r.text, /Host web2\.web\.demo web2\n/);
    assert.match(r.text, /Host db1\.db\.demo db1\n/);
    assert.match(r.text, /Host web1\.web\.acme\n  HostName 46\.43\.9\.9\n/);
    assert.equal(r.aliases.get('default/web2.web.demo'), 'web2.web.demo');
    assert.deepEqual(r.skipped, []);
    assertInert(r.text, 4);
  });

  it('takes the user per server, and leaves out a name the user\'s own config uses', () => {
    const r = renderConfig([host('web1'), host('db1', 'db')], (h) => (h.server === 'web1' ? 'deploy' : 'root'), new Set(['db1']));
    assert.match(r.text, /Host web1\.web\.demo web1\n  HostName 46\.43\.1\.2\n  User deploy\n/);
    assert.match(r.text, /Host db1\.db\.demo\n/);
  });

  it('a server named twice across profiles is written once; one with no address is left out', () => {
    const r = renderConfig([host('web1'), host('web1', 'web', 'demo', '10.0.0.1', 'staging'), { ...host('web2'), address: undefined }], root);
    assert.equal((r.text.match(/^Host /gm) ?? []).length, 1);
    assert.equal(r.skipped.length, 2);
  });

  it('hostile names, addresses and users never become directives', () => {
    const nasty = ['web1\nProxyCommand nc evil 22', 'a b', '"q"', "'q'", '*', 'web?', '!web1', 'Match all', 'x\rHost *', '-oProxyCommand=x', 'a.b', 'web1#', '', '\u2028', 'é', 'web1\\'];
    const text = fc.oneof(fc.constantFrom(...nasty), fc.string({ unit: 'binary', maxLength: 20 }), fc.stringMatching(/^[a-z0-9-]{1,8}$/));
    fc.assert(
      fc.property(
        fc.array(fc.record({ server: text, group: text, account: text, address: fc.oneof(fc.ipV4(), fc.ipV6(), text), user: fc.oneof(fc.constant('root'), text) }), { maxLength: 8 }),
        (rows) => {
          const hosts = rows.map((r) => host(r.server, r.group, r.account, r.address));
          const users = new Map(hosts.map((h, i) => [h, rows[i]!.user]));
          const r = renderConfig(hosts, (h) => users.get(h) ?? 'root');
          assertInert(r.text, hosts.length);
          for (const [, alias] of r.aliases) assert.ok(hosts.some((h) => hostAlias(h) === alias));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads back what it wrote, and nothing else', () => {
    const hosts = [host('web1'), host('db1', 'db', 'acme', '2001:41c9::1', 'staging')];
    assert.deepEqual(parseConfig(renderConfig(hosts, root).text), hosts);
    assert.deepEqual(parseConfig('Host x\n  HostName 1.2.3.4\n# account a, group b, profile c\nHost evil\n  HostName 1.2.3.4\n'), []);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => parseConfig(t).every((h) => /^[A-Za-z0-9_-]+$/.test(h.server))));
  });
});
