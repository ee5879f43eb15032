import assert from 'node:assert/strict';
import { attachCdrom, cdromUrlProblem } from '../../../src/commands/server/attachCdrom';
import { ejectCdrom } from '../../../src/commands/server/ejectCdrom';
import { can } from '../../../src/model/serverState';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid, runOnNode } from './power';

const ISO = 'https://cdimage.example.org/rescue.iso';

describe('commands: attachCdrom / ejectCdrom', () => {
  const { h, rig } = useCommandRig();

  it('attaches by URL, then Eject is offered and ejects', async () => {
    const r = await rig();
    assert.equal(can('ejectCdrom', r.node('web2').vm), false, 'no CD: no Eject');
    assert.equal(await runOnNode(r, attachCdrom, 'web2', (x) => x.ui.script('input', ISO)), true);
    assert.equal(h.sim.state.findServer('demo', 'web', 'web2')!.cdrom_url, ISO);
    assert.equal(can('ejectCdrom', r.node('web2').vm), true, 'the tree knows the CD is in');
    assertSaid(r, /Attached rescue\.iso to web2\.web\.demo/);
    assert.equal(await runOnNode(r, ejectCdrom, 'web2'), true);
    assert.equal(h.sim.state.findServer('demo', 'web', 'web2')!.cdrom_url, null);
  });

  it('the URL is checked as typed; Escape sends nothing', async () => {
    const r = await rig();
    assert.match(cdromUrlProblem('ftp://x/y.iso') ?? '', /http or https/);
    assert.match(cdromUrlProblem('rescue.iso') ?? '', /whole URL/);
    assert.match(cdromUrlProblem('https://user:pw@example.com/x.iso') ?? '', /without a user name/);
    assert.equal(cdromUrlProblem(ISO), undefined);
    assert.equal(await runOnNode(r, attachCdrom, 'web2'), undefined);
    assertNoWrites(h);
  });

  it('a read-only user is told what is missing', async () => {
    const r = await rig({ user: 'viewer' });
    assert.equal(await runOnNode(r, attachCdrom, 'web2', (x) => x.ui.script('input', ISO)), false);
    assertSaid(r, /failed: you can see this but not change it/);
  });
});
