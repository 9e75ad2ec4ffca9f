// Every shadow root ShopLint attaches in a seller's page is closed (components/shadow-mode.ts, #21): a
// root opened by one forgotten call would hand the host page's scripts what we show there. This walks
// the sources of the content scripts and their components for attachShadow / createShadowRootUi calls
// and checks each passes `mode: SHADOW_MODE`. (The e2e helper test/e2e/shadow-ui.ts also refuses to
// read a root that is not closed, so every spec checks the built extension too.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SHADOW_MODE } from '@/components/shadow-mode';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Each attachShadow / createShadowRootUi call in `file`, with the expression its options give `mode` (undefined when none). */
function shadowCalls(file: string): { line: number; mode: string | undefined }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const calls: { line: number; mode: string | undefined }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : ts.isIdentifier(node.expression) ? node.expression.text : '';
      if (callee === 'attachShadow' || callee === 'createShadowRootUi') {
        const options = node.arguments.find(ts.isObjectLiteralExpression);
        const mode = options?.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === 'mode');
        calls.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, mode: mode?.initializer.getText(source) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

describe('shadow roots in seller pages', () => {
  const files = [...sources(join(ROOT, 'entrypoints')), ...sources(join(ROOT, 'components'))];
  const calls = files.flatMap((file) => shadowCalls(file).map((call) => ({ ...call, file: relative(ROOT, file) })));

  it('are closed', () => expect(SHADOW_MODE).toBe('closed'));

  it('finds the UI we mount: overlay, critique, list toolbar, badges, the page chips (capture, not understood)', () => {
    expect(new Set(calls.map((c) => c.file))).toEqual(
      new Set(['entrypoints/editor.content/index.tsx', 'entrypoints/critique.content/index.tsx', 'entrypoints/list.content/index.ts', 'entrypoints/list.content/badge.ts', 'components/page-chip.ts']),
    );
  });

  it('every one is attached with mode: SHADOW_MODE', () => {
    expect(calls.filter((c) => c.mode !== 'SHADOW_MODE').map((c) => `${c.file}:${c.line} mode ${c.mode ?? '(default)'}`)).toEqual([]);
  });
});
