import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findExecutable } from '../../../src/features/console/findExecutable';

describe('console/findExecutable', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bigv-exe-'));
    for (const d of ['a', 'b', 'c', 'd']) mkdirSync(path.join(dir, d));
    writeFileSync(path.join(dir, 'a', 'ssh'), '#!/bin/sh\n'); // not executable
    mkdirSync(path.join(dir, 'b', 'ssh')); // a directory named ssh
    writeFileSync(path.join(dir, 'c', 'ssh'), '#!/bin/sh\n');
    chmodSync(path.join(dir, 'c', 'ssh'), 0o755);
    writeFileSync(path.join(dir, 'd', 'ssh.EXE'), '');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const PATH = () => ['a', 'b', 'c'].map((d) => path.join(dir, d)).join(':');

  it('finds the first executable file on PATH, skipping non-executables and directories', async () => {
    assert.equal(await findExecutable('ssh', { PATH: PATH(), platform: 'linux' }), path.join(dir, 'c', 'ssh'));
  });

  it('returns undefined when nothing matches', async () => {
    assert.equal(await findExecutable('ssh', { PATH: path.join(dir, 'a'), platform: 'linux' }), undefined);
    assert.equal(await findExecutable('ssh', { PATH: '', platform: 'linux' }), undefined);
    assert.equal(await findExecutable('no-such-ssh', { PATH: PATH(), platform: 'linux' }), undefined);
  });

  it('checks a path as given, without searching PATH, and expands a leading ~/', async () => {
    assert.equal(await findExecutable(path.join(dir, 'c', 'ssh'), { PATH: '', platform: 'linux' }), path.join(dir, 'c', 'ssh'));
    assert.equal(await findExecutable(path.join(dir, 'a', 'ssh'), { PATH: PATH(), platform: 'linux' }), undefined);
    assert.equal(await findExecutable('~/c/ssh', { PATH: '', platform: 'linux', home: dir }), path.join(dir, 'c', 'ssh'));
  });

  it('tries PATHEXT extensions on Windows', async () => {
    const PATHW = [path.join(dir, 'a'), path.join(dir, 'd')].join(';');
    assert.equal(await findExecutable('ssh', { PATH: PATHW, PATHEXT: '.COM;.EXE', platform: 'win32' }), path.join(dir, 'd', 'ssh.EXE'));
    assert.equal(await findExecutable('ssh', { PATH: PATHW, PATHEXT: '.COM', platform: 'win32' }), undefined);
  });

  it('finds the real ssh on this machine', async function () {
    const found = await findExecutable('ssh');
    if (found === undefined) this.skip();
    assert.ok(path.isAbsolute(found!));
  });
});
