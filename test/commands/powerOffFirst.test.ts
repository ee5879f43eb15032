import assert from 'node:assert/strict';
import { askPowerOffFirst } from '../../src/commands/powerOffFirst';
import { FakeUi } from '../support/fakeUi';

describe('commands/powerOffFirst', () => {
  const both = { message: 'web1 is powered on.', detail: 'why', shutDown: 'Shut Down First', stop: 'Stop First' };

  it('offers Shut Down and Stop in the words given, and answers the method chosen', async () => {
    const ui = new FakeUi().script('ask', 'Shut Down First', 'Stop First');
    assert.equal(await askPowerOffFirst(ui, both), 'shutdown');
    assert.equal(await askPowerOffFirst(ui, both), 'stop');
    const [first] = ui.of('ask');
    assert.deepEqual([first!.message, first!.detail, first!.buttons], ['web1 is powered on.', 'why', ['Shut Down First', 'Stop First']]);
  });

  it('without a stop button, only a clean shutdown is offered; Escape answers undefined', async () => {
    const ui = new FakeUi().script('ask', 'Shut Down, Move and Start');
    const onlyShutDown = { message: 'm', detail: 'd', shutDown: 'Shut Down, Move and Start' };
    assert.equal(await askPowerOffFirst(ui, onlyShutDown), 'shutdown');
    assert.deepEqual(ui.of('ask')[0]!.buttons, ['Shut Down, Move and Start']);
    assert.equal(await askPowerOffFirst(ui, onlyShutDown), undefined);
    assert.equal(await askPowerOffFirst(ui, both), undefined);
  });
});
