// package.json's contributes.languageModelTools (edited by hand) says what src/tools defines:
// the same names, words and input schemas (zod's JSON Schema), and a setting that gates them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod/mini';
import { readSettings } from '../../src/config/settings';
import { TOOLS } from '../../src/tools/index';
import { WORDS } from '../../src/tools/words';

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
const declared = pkg.contributes.languageModelTools as { name: string; modelDescription: string; displayName: string; userDescription: string; toolReferenceName: string; inputSchema: unknown }[];

describe('language-model tools in package.json', () => {
  it('declares every tool of src/tools, and only those, with its words', () => {
    assert.deepEqual(declared.map((t) => t.name), TOOLS.map((t) => t.name));
    for (const t of declared) {
      const w = WORDS[t.name]!;
      assert.deepEqual({ displayName: t.displayName, userDescription: t.userDescription, modelDescription: t.modelDescription, toolReferenceName: t.toolReferenceName }, w, t.name);
    }
  });

  it('each input schema is the zod schema the tool validates with', () => {
    for (const t of TOOLS) {
      const { $schema: _, ...schema } = z.toJSONSchema(t.schema() as never) as Record<string, unknown>;
      assert.deepEqual(declared.find((d) => d.name === t.name)!.inputSchema, schema, t.name);
    }
  });

  it('bigv.agentTools: off, read or change, read by default; anything else falls back to read with a warning', () => {
    assert.deepEqual(pkg.contributes.configuration.properties['bigv.agentTools'].enum, ['off', 'read', 'change']);
    assert.equal(pkg.contributes.configuration.properties['bigv.agentTools'].default, 'read');
    assert.equal(readSettings({ get: () => undefined }).agentTools, 'read');
    assert.equal(readSettings({ get: <T>(k: string) => (k === 'agentTools' ? 'change' : undefined) as T }).agentTools, 'change');
    const warnings: string[] = [];
    assert.equal(readSettings({ get: <T>(k: string) => (k === 'agentTools' ? 'all' : undefined) as T }, (w) => warnings.push(w)).agentTools, 'read');
    assert.match(warnings.join(), /bigv\.agentTools must be "off", "read" or "change"/);
  });
});
