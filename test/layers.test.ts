// The layers of src/ and the one direction of imports between them (ARCHITECTURE.md): a file
// may import from its own folder and from layers below, never from above, never in a circle;
// the lower layers never import `vscode`. Parsed with the TypeScript compiler, not run.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const SRC = path.resolve(__dirname, '../src');

/** Lowest first. Folders of one rank may not import each other. */
export const LAYERS: readonly (readonly string[])[] = [['api'], ['config', 'log'], ['model'], ['session'], ['estate'], ['interaction'], ['ui'], ['features'], ['commands'], ['tools'], ['wiring'], ['extension.ts']];
const WITHOUT_VSCODE = new Set(['api', 'config/settings.ts', 'log/requestLine.ts', 'model', 'session', 'estate', 'interaction', 'commands', 'tools']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

function topOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

function rankOf(file: string): number {
  const top = topOf(file);
  const rank = LAYERS.findIndex((l) => l.includes(top));
  assert.ok(rank >= 0, `${path.relative(SRC, file)} is in no layer: add its folder to LAYERS and ARCHITECTURE.md`);
  return rank;
}

/** `typeOnly`: erased when compiled (`import type`, or every name marked `type`), so it loads nothing. */
function importsOf(file: string): { spec: string; resolved: string | undefined; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: { spec: string; resolved: string | undefined; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ ...resolve(file, node.moduleSpecifier.text), typeOnly: isTypeOnly(node) });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) {
      out.push({ ...resolve(file, (node.arguments[0] as ts.StringLiteral).text), typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly || (!!node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly));
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const names = clause.namedBindings;
  return !clause.name && !!names && ts.isNamedImports(names) && names.elements.length > 0 && names.elements.every((e) => e.isTypeOnly);
}

function resolve(from: string, spec: string): { spec: string; resolved: string | undefined } {
  if (!spec.startsWith('.')) return { spec, resolved: undefined };
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return { spec, resolved: candidate };
    } catch {
      // try the next form
    }
  }
  throw new Error(`${path.relative(SRC, from)}: cannot resolve ${spec}`);
}

const all = files(SRC);
const graph = new Map(all.map((f) => [f, importsOf(f)]));
const rel = (f: string) => path.relative(SRC, f);

describe('layers of src/', () => {
  it('every import points down (or stays in its folder)', () => {
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      for (const { resolved } of imports) {
        if (!resolved || topOf(resolved) === topOf(file)) continue;
        if (rankOf(resolved) >= rankOf(file)) upward.push(`${rel(file)} → ${rel(resolved)}`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('no import cycles between files', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const walk = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const { resolved } of graph.get(file) ?? []) if (resolved) walk(resolved, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of all) walk(file, []);
    assert.deepEqual(cycles, []);
  });

  it('api, model, session, estate and commands never import vscode', () => {
    const offenders = all.filter((f) => {
      const r = rel(f);
      const free = [...WITHOUT_VSCODE].some((p) => r === p || r.startsWith(`${p}/`));
      return free && graph.get(f)!.some((i) => i.spec === 'vscode');
    });
    assert.deepEqual(offenders.map(rel), []);
  });

  it('the profile core (wiring/profileCore.ts) loads no vscode through anything it imports', () => {
    // test/support/commandHarness.ts builds on it under plain mocha, where there is no vscode.
    // Type-only imports are erased, so they are not followed.
    const trails: string[] = [];
    const seen = new Set<string>();
    const walk = (file: string, trail: string[]): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { spec, resolved, typeOnly } of graph.get(file) ?? []) {
        if (typeOnly) continue;
        if (spec === 'vscode') trails.push([...trail, file].map(rel).join(' → '));
        else if (resolved) walk(resolved, [...trail, file]);
      }
    };
    walk(path.join(SRC, 'wiring/profileCore.ts'), []);
    assert.ok(seen.size > 20, 'the walk found its imports');
    assert.deepEqual(trails, []);
  });

  it('the test itself catches an upward import (so it cannot pass vacuously)', () => {
    assert.ok(rankOf(path.join(SRC, 'model/x.ts')) < rankOf(path.join(SRC, 'ui/x.ts')));
    assert.ok(graph.size > 50 && [...graph.values()].some((imports) => imports.some((i) => i.resolved !== undefined)));
  });

  it('keeps files small (about 200 lines at most)', () => {
    const long = all.filter((f) => readFileSync(f, 'utf8').split('\n').length > 220).map(rel);
    assert.deepEqual(long, []);
  });
});
