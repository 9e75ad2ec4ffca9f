// Every string a seller reads in the extension's UI goes through i18n (locales/*.yml): a Chinese string
// literal in a component or entrypoint would stay Chinese for an English browser. Rule and alert messages
// live in lib/ and are bilingual in their meta; what content scripts look for on a page lives in lib/sites.
// Comments may be in Chinese.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/;


function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

export function cjkLiterals(source: string, fileName: string): { line: number; text: string }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)
        ? node.text
        : ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
          ? node.text
          : undefined;
    if (text !== undefined && CJK.test(text)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('UI strings', () => {
  it('finds literals and JSX text, not comments', () => {
    const found = cjkLiterals("// 注释\nconst a = '标题';\nconst b = `共${n}条`;\nconst c = <p>你好 {x}</p>;\n/* 块注释 */", 'x.tsx');
    expect(found.map((f) => f.text)).toEqual(['标题', '共', '条', '你好']);
  });

  it('has no Chinese string literal in entrypoints/ or components/ outside i18n', () => {
    const offenders = [...files(join(ROOT, 'entrypoints')), ...files(join(ROOT, 'components'))].flatMap((path) => {
      const rel = relative(ROOT, path);
      return cjkLiterals(readFileSync(path, 'utf8'), path).map((f) => `${rel}:${f.line} ${f.text}`);
    });
    expect(offenders).toEqual([]);
  });
});
