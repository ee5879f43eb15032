// GET /accounts/{id}?view=overview&include_deleted=true: one account's servers as a server read
// gives them (discs, NICs, deleted ones), item by item, under the overview's size cap.
import assert from 'node:assert/strict';
import { NotFoundError } from '../../src/api';
import { rejection, useSimulator } from './helpers';

describe('BrainClient.getAccountOverview', () => {
  const h = useSimulator();

  it('answers the account with each server as getServer reads it', async () => {
    const { brain } = await h.signedIn();
    const [demo] = (await brain.getOverview({})).accounts.filter((a) => a.name === 'demo');
    const { accounts, invalid } = await brain.getAccountOverview(demo!.id);
    assert.deepEqual(invalid, []);
    assert.equal(accounts.length, 1);
    const vm = accounts[0]!.groups![0]!.virtual_machines![0]!;
    const one = await brain.getServer({ account: demo!.id, group: vm.group_id, server: vm.id });
    assert.deepEqual(vm, one);
    assert.ok((vm.discs?.length ?? 0) > 0, 'discs embedded');
    assert.match(h.events.at(-2)!.url, /\/accounts\/\d+\?view=overview&include_deleted=true$/);
  });

  it('an account out of sight is a NotFoundError', async () => {
    const { brain } = await h.signedIn();
    assert.ok((await rejection(brain.getAccountOverview(987654))) instanceof NotFoundError);
  });
});
