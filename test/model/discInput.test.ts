import assert from 'node:assert/strict';
import { backupDate, describeInterval, parseInterval, parseStartTime, startAt } from '../../src/model/backupSchedule';
import { discLabelProblem, discSizeProblem, hostnameProblem, ipCountProblem } from '../../src/model/discInput';

describe('what is typed for discs, backups and addresses', () => {
  it('disc labels: not empty, no device names, not taken', () => {
    assert.equal(discLabelProblem('data', ['root']), undefined);
    assert.match(discLabelProblem('', [])!, /Type a label/);
    assert.match(discLabelProblem('xvdb1', [])!, /device name/);
    assert.match(discLabelProblem('root', ['root'])!, /already has a disc/);
    assert.match(discLabelProblem('my disc', [])!, /letters, digits/);
  });

  it('disc sizes: whole GiB, at least the minimum, at most 2 TiB', () => {
    assert.equal(discSizeProblem('25'), undefined);
    assert.match(discSizeProblem('2.5')!, /whole number/);
    assert.match(discSizeProblem('0')!, /At least 1 GiB/);
    assert.match(discSizeProblem('25', 26)!, /can only grow: type more than 25 GiB/);
    assert.match(discSizeProblem('4096')!, /At most 2048 GiB/);
  });

  it('reverse DNS host names and address counts', () => {
    assert.equal(hostnameProblem('www.example.com'), undefined);
    assert.equal(hostnameProblem('www.example.com.'), undefined);
    assert.equal(hostnameProblem(''), undefined, 'empty resets to the default');
    assert.match(hostnameProblem('localhost')!, /full host name/);
    assert.match(hostnameProblem('a_b.example.com')!, /letters, digits and dashes/);
    assert.match(hostnameProblem('10.0.0.1')!, /not a number/);
    assert.equal(ipCountProblem('4'), undefined);
    assert.match(ipCountProblem('0')!, /Between 1 and 4/);
  });

  it('intervals and start times', () => {
    assert.equal(parseInterval('12h'), 12 * 3600);
    assert.equal(parseInterval('2d'), 2 * 86400);
    assert.equal(parseInterval('1w'), 604800);
    assert.equal(parseInterval('6'), 6 * 3600);
    assert.equal(parseInterval('0'), undefined);
    assert.deepEqual([86400, 604800, 3 * 3600, 2 * 604800].map(describeInterval), ['daily', 'weekly', 'every 3 hours', 'every 2 weeks']);
    assert.deepEqual(parseStartTime('3:05'), { hour: 3, minute: 5 });
    assert.equal(parseStartTime('25:00'), undefined);
    const now = new Date(Date.UTC(2026, 0, 10, 12, 0, 0)); // noon in London (GMT)
    assert.equal(startAt({ hour: 3, minute: 30 }, now), '2026-01-11 03:30:00', 'tomorrow when the time has passed');
    assert.equal(startAt({ hour: 23, minute: 0 }, now), '2026-01-10 23:00:00');
    assert.equal(backupDate(undefined), undefined);
    assert.equal(backupDate('soon'), 'soon');
    assert.match(backupDate('2026-01-10T12:34:56Z')!, /^2026-01-1\d \d\d:\d\d$/);
  });
});
