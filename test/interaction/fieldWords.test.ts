import assert from 'node:assert/strict';
import { parseBadRequestBody } from '../../src/api/problems';
import { fieldWords, formatFieldProblems } from '../../src/interaction/fieldWords';

describe('400 problems in words', () => {
  it('names the fields as the prompts do', () => {
    assert.equal(fieldWords('zone_name'), 'Zone');
    assert.equal(fieldWords('cdrom_url'), 'CD-ROM URL');
    assert.equal(fieldWords('disc 2 - storage_grade'), 'Disc 2 storage grade');
    assert.equal(fieldWords('some_new_field'), 'Some new field');
    assert.equal(fieldWords(''), '');
  });

  it('one line per problem, per-disc problems included', () => {
    const problems = parseBadRequestBody('{"name":["has already been taken"],"discs":[{},{"size":["must be less than or equal to 2097152"]}]}');
    assert.equal(formatFieldProblems(problems), '• Name has already been taken\n• Disc 2 size (MiB) must be less than or equal to 2097152');
    assert.equal(formatFieldProblems({ '': ['The API gave no reason.'] }), '• The API gave no reason.');
  });

  it('an API recipe for API clients is said as what to do here, never its JSON', () => {
    const text = formatFieldProblems({ deleted: ['the server is deleted; restore it with {"deleted": false} before changing it'] });
    assert.equal(text, '• The server is deleted: restore it (Restore Server) before changing it.');
    assert.doesNotMatch(text, /[{}"]/);
  });
});
