// Content scripts are parsed on every seller page they serve, so they carry no engine: they read the
// page into plain data, and the rules run either in the background (product pages:
// extension/engine-host.ts) or in the editor's own engine file, imported only once a listing form is
// found (extension/page-engine-api.ts). This walks each content script's value imports (type-only
// imports are erased by the build) and fails when one reaches the engine, the word lists, the
// promotion parser or zod.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** What may not be in a content script, by path from the repository root or by package name. */
const FORBIDDEN: { pattern: RegExp; why: string }[] = [
  { pattern: /^lib\/(engine|lexicon|rules|keywords)\//, why: 'the engine is loaded separately' },
  // keys.ts is the storage key alone, so a content script can read the raw settings value.
  { pattern: /^lib\/settings\/(?!keys\.ts$)/, why: 'settings are validated in the background' },
  // money.ts (分 arithmetic and ¥ formatting) and promo-list.ts (splitting a typed list) are display helpers.
  { pattern: /^lib\/pricing\/(?!money\.ts$|promo-list\.ts$)/, why: 'promotions are parsed and stacked in the background' },
  { pattern: /^lib\/critique\/(index|score)\.ts$/, why: 'pages are judged in the background' },
  { pattern: /^lib\/text\/(normalise\.ts|data\/)/, why: 'the 繁→简 table belongs to the engine' },
  { pattern: /^lib\/schemas\//, why: 'schemas are zod: content scripts import their types only' },
  { pattern: /^zod$/, why: 'the background validates; content scripts do not carry zod' },
];

/** Value imports of one file: import/export-from declarations that are not type-only, and import(). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** A specifier → a file of ours, or a package name (not followed). */
function resolveImport(from: string, specifier: string): { file: string } | { pkg: string } {
  let base: string | undefined;
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) base = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  if (!base) return { pkg: specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]! };
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(tsx?|json)$/.test(candidate)) return { file: candidate };
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/** Every module a script loads, as repo paths and package names, with the chain that first reached it. */
function moduleGraph(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const walk = (file: string, chain: string[]) => {
    const name = relative(ROOT, file);
    if (reached.has(name)) return;
    reached.set(name, chain);
    if (file.endsWith('.json')) return;
    for (const specifier of valueImports(file)) {
      const target = resolveImport(file, specifier);
      if ('pkg' in target) {
        if (!reached.has(target.pkg)) reached.set(target.pkg, [...chain, name]);
      } else walk(target.file, [...chain, name]);
    }
  };
  walk(join(ROOT, entry), []);
  return reached;
}

function violations(entry: string): string[] {
  const out: string[] = [];
  for (const [module, chain] of moduleGraph(entry)) {
    const rule = FORBIDDEN.find((f) => f.pattern.test(module));
    if (rule) out.push(`${[...chain, module].join(' → ')}: ${rule.why}`);
  }
  return out;
}

describe('content scripts carry no engine', () => {
  it.each(['entrypoints/editor.content/index.tsx', 'entrypoints/critique.content/index.tsx'])('%s', (entry) => {
    expect(violations(entry)).toEqual([]);
  });

  it('the walk finds the engine where it is (the background, the editor engine file), type-only imports aside', () => {
    for (const entry of ['entrypoints/background.ts', 'entrypoints/editor-engine.ts']) {
      const found = violations(entry);
      expect(found.some((v) => v.endsWith(`zod: ${FORBIDDEN.at(-1)!.why}`))).toBe(true);
      expect(found.some((v) => v.includes('lib/rules/index.ts'))).toBe(true);
    }
    // The session imports ListingCheck from lib/engine/listing-checker.ts as a type: not a load.
    expect(moduleGraph('entrypoints/editor.content/index.tsx').has('lib/engine/listing-checker.ts')).toBe(false);
    expect(moduleGraph('entrypoints/editor.content/index.tsx').has('lib/sites/editor-fields.ts')).toBe(true);
  });
});
