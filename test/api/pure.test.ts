// Pure logic of the client: problem parsing, error wording, field paths, scrubbing, endpoint checks.
import assert from 'node:assert/strict';
import { z } from 'zod';
import { toDefinitions } from '../../src/api/definitions';
import { BadRequestError, formatProblems, InsecureEndpointError, NetworkError, TimeoutError } from '../../src/api/errors';
import { describeServer, serverPath } from '../../src/api/paths';
import { parseBadRequestBody } from '../../src/api/problems';
import { AccountListSchema } from '../../src/api/schemas';
import { bodyExcerpt, checkEndpoint, isLoopbackHost, mediaType, scrub } from '../../src/api/transport';
import { describeZodError } from '../../src/api/zodErrors';

describe('api: 400 problem parsing', () => {
  it('reads arrays, bare strings and per-disc hashes (1-based, aligned with the request)', () => {
    const p = parseBadRequestBody(
      JSON.stringify({
        name: ["can't be blank"],
        memory: ['is not included in the list', 'is not a number'],
        interval_seconds: 'Missing interval_seconds parameter',
        discs: [{}, {}, {}, {}, { size: ['must be greater than or equal to 50'] }],
      }),
    );
    assert.deepEqual(p, {
      name: ["can't be blank"],
      memory: ['is not included in the list', 'is not a number'],
      interval_seconds: ['Missing interval_seconds parameter'],
      'disc 5 - size': ['must be greater than or equal to 50'],
    });
  });

  it('turns a plain-text body into one problem, and an empty one into a generic reason', () => {
    assert.deepEqual(parseBadRequestBody('Group is not empty\n'), { '': ['Group is not empty'] });
    assert.deepEqual(parseBadRequestBody('   '), { '': ['The API gave no reason.'] });
    assert.deepEqual(parseBadRequestBody('{not json'), { '': ['{not json'] });
    assert.deepEqual(parseBadRequestBody('["a"]'), { '': ['["a"]'] });
  });

  it('formats one "• field problem" line per problem', () => {
    const text = formatProblems({ hardware_profile: ['is not included in the list'], 'disc 2 - size': ['is too big'], '': ['plain reason'] });
    assert.equal(text, '• Hardware profile is not included in the list\n• Disc 2 - size is too big\n• plain reason');
    const err = new BadRequestError({ cores: ['must be positive'] }, { action: 'update server a.b.c', endpoint: 'PUT /x' });
    assert.match(err.message, /^Could not update server a\.b\.c: the API refused the request\.\n• Cores must be positive\n/);
    assert.equal(err.kind, 'bad-request');
    assert.equal(err.status, 400);
  });
});

describe('api: error messages', () => {
  it('name the host and the seconds', () => {
    const ctx = { action: 'list your accounts', endpoint: 'GET /accounts' };
    assert.match(new NetworkError('uk0.bigv.io', 'ENOTFOUND', ctx).message, /could not reach uk0\.bigv\.io \(host name not found\)/);
    assert.match(new TimeoutError(2.5, ctx).message, /within 2\.5 seconds/);
    assert.match(new TimeoutError(30, ctx).message, /within 30 seconds/);
    const t = new TimeoutError(1, ctx);
    assert.equal(t.message, `Could not list your accounts: ${t.reason}`);
    assert.match(t.reason, /^the API did not answer within 1 second\. /);
    assert.equal(t.action, 'list your accounts');
    assert.equal(t.name, 'TimeoutError');
  });
});

describe('api: zod failures name the field path', () => {
  it('gives a path like accounts[0].groups[1].virtual_machines[2].power_on', () => {
    const vm = (power_on: unknown) => ({ id: 1, name: 'v', group_id: 1, power_on, autoreboot_on: true, cores: 1, memory: 1024 });
    const data = [{ id: 1, name: 'a', groups: [{ id: 1, name: 'g' }, { id: 2, name: 'h', virtual_machines: [vm(true), vm(false), vm('yes')] }] }];
    const r = AccountListSchema.safeParse(data);
    assert.equal(r.success, false);
    if (r.success) return;
    assert.equal(describeZodError(r.error, 'accounts'), 'accounts[0].groups[1].virtual_machines[2].power_on: expected boolean, received string');
  });

  it('says "missing" for absent fields and quotes odd keys', () => {
    const r = z.object({ 'a-b': z.object({ n: z.number() }) }).safeParse({ 'a-b': {} });
    assert.ok(!r.success);
    assert.equal(describeZodError(r.error, 'x'), 'x["a-b"].n: missing (expected number)');
  });
});

describe('api: redaction helpers', () => {
  it('scrubs raw, URL-encoded and JSON-escaped forms', () => {
    const secret = 'p a"ss/word';
    const text = `raw ${secret} url ${encodeURIComponent(secret)} json ${JSON.stringify(secret)}`;
    const out = scrub(text, [secret, undefined, '']);
    assert.ok(!out.includes('ss/word') && !out.includes('ss%2Fword'), out);
    assert.equal(out.split('<redacted>').length - 1, 3);
  });

  it('keeps the marker when flattening an HTML body, and cuts long ones', () => {
    assert.equal(bodyExcerpt('<html><body><h1>Oops</h1> token  T0K </body></html>', ['T0K']), 'Oops token <redacted>');
    assert.equal(bodyExcerpt('x'.repeat(500)).length, 201);
  });

  it('reads the media type without parameters', () => {
    assert.equal(mediaType('Application/JSON; charset=utf-8'), 'application/json');
    assert.equal(mediaType(undefined), undefined);
  });
});

describe('api: endpoint checks', () => {
  it('allows https anywhere and http only on loopback', () => {
    assert.equal(checkEndpoint('https://uk0.bigv.io').host, 'uk0.bigv.io');
    for (const ok of ['http://127.0.0.1:8080', 'http://127.1.2.3', 'http://localhost:1', 'http://[::1]:9']) checkEndpoint(ok);
    for (const bad of ['http://example.com', 'http://10.0.0.1', 'http://127.0.0.1.example.com', 'ftp://x', 'not a url', 'https://u:p@host']) {
      assert.throws(() => checkEndpoint(bad), (e: unknown) => e instanceof InsecureEndpointError && e.kind === 'insecure-endpoint');
    }
    assert.equal(isLoopbackHost('LOCALHOST'), true);
    assert.equal(isLoopbackHost('128.0.0.1'), false);
  });

  it('never echoes a password given inside the URL', () => {
    for (const bad of ['https://me:hunter2@uk0.bigv.io', 'https://me:hunter2@uk0 .bigv.io']) {
      assert.throws(() => checkEndpoint(bad), (e: unknown) => e instanceof InsecureEndpointError && !e.message.includes('hunter2'));
    }
  });
});

describe('api: paths', () => {
  it('encodes every segment so a name cannot escape its place', () => {
    assert.equal(serverPath({ account: 'a/b', group: '...', server: 'x?y#z' }), '/accounts/a%2Fb/groups/.../virtual_machines/x%3Fy%23z');
    // `..` has no encoding URL parsing keeps (it resolves `%2E%2E` too): refused, see hardening-paths.
    assert.throws(() => serverPath({ account: 'a', group: '..', server: 'x' }), /group name "\.\." cannot be used/);
    assert.equal(serverPath({ account: 1, group: 2, server: 3 }), '/accounts/1/groups/2/virtual_machines/3');
    assert.equal(describeServer({ account: 'demo', group: 'default', server: 'web1' }), 'server web1.default.demo');
  });
});

describe('api: definitions', () => {
  it('gathers known ids, ignores unknown ones and names a bad one', () => {
    const d = toDefinitions([
      { id: 'distributions', data: ['jessie', 'centos7'] },
      { id: 'distribution_descriptions', data: { jessie: 'Debian 8' } },
      { id: 'brand_new_thing', data: 42 },
      { id: 'sendkeys', data: ['shift', 'alt'] },
    ]);
    assert.deepEqual(d.distributions, ['centos7', 'jessie']);
    assert.deepEqual(d.distributionDescriptions, { jessie: 'Debian 8' });
    assert.deepEqual(d.sendkeys, ['shift', 'alt']);
    assert.deepEqual(d.keymaps, []);
    assert.throws(() => toDefinitions([{ id: 'keymaps', data: ['en', 3] }]), /definitions\.keymaps\[1\]: expected string/);
    assert.throws(() => toDefinitions({}), /definitions: expected array/);
  });
});
