// The Firefox package as addons.mozilla.org validates it: Mozilla's addons-linter on .output/firefox-mv2
// finds no error and no notice, and every warning it gives is one of EXPLAINED below — what a reviewer
// will ask about, with the reason it is safe, identified by the code around the flagged spot. An
// explanation nothing matches any more fails too, so the list never outlives its cause.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInstance, type LinterMessage as Message } from 'addons-linter';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX = join(ROOT, '.output/firefox-mv2');

interface Explained {
  code: string;
  /** The package the flagged code comes from. */
  source: string;
  /** Matches the built code around the flagged column: what it is, whatever the chunk is named. */
  around: RegExp;
  why: string;
}

const EXPLAINED: Explained[] = [
  {
    code: 'DANGEROUS_EVAL',
    source: 'zod',
    around: /jitless[\s\S]*Function\(``\)/,
    // zod 4 (every bundle that validates messages, settings or rows: background, popup/options chunk,
    // import worker, editor engine).
    why:
      'zod asks once whether it may compile its parsers (`try { Function(""); return true } catch { return false }`). ' +
      "The extension's pages and worker forbid eval (the default extension CSP), so there the probe fails and zod interprets; " +
      'where it succeeds, zod compiles code generated from our own schemas, never from page or file text.',
  },
  {
    code: 'DANGEROUS_EVAL',
    source: 'exceljs',
    around: /Function\(`return this`\)\(\)|typeof global<`u`\?global:|regeneratorRuntime = r|setImmediate=function\(e\)\{typeof e!=`function`&&\(e=Function\(``\+e\)\)/,
    // exceljs' browser bundle, in the popup's XLSX export (lib/audit/export.ts) only: the import
    // worker reads spreadsheets without it (lib/tables/xlsx.ts, SheetJS for .xls), and without such code.
    why:
      'exceljs bundles lodash, a setImmediate polyfill and regenerator-runtime, whose fallbacks build a function from a string: ' +
      '`Function("return this")()` only where neither globalThis, self nor window exists, setImmediate only when handed a string ' +
      '(exceljs passes functions), regenerator only in non-strict globals. None runs in a browser, and the CSP would refuse it.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    source: 'react-dom',
    around: /dangerouslySetInnerHTML[\s\S]*\.innerHTML=/,
    // react-dom, in each bundle that renders React: the overlay, the critique panel, popup and options.
    why: "react-dom's handling of the dangerouslySetInnerHTML prop, which no ShopLint component passes (checked below): page text is rendered as text.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    source: '@mozilla/readability',
    around: /this\._attempts\.push|noscript[\s\S]*\.innerHTML=\w+\.innerHTML/,
    // @mozilla/readability, in the critique content script (lib/critique/extractors/readability.ts).
    why:
      "Mozilla's Readability restores and unwraps markup in the document it reads, and ShopLint gives it a copy " +
      '(document.cloneNode): a document without a browsing context, where no script runs and nothing loads.',
  },
  {
    // addons-linter reports a computed import() under this code ("Unsafe call to import for argument 0").
    code: 'UNSAFE_VAR_ASSIGNMENT',
    source: 'ShopLint (editor.content)',
    around: /import\(\w+\.runtime\.getURL\(\w+\)\)/,
    // The editor content script (entrypoints/editor.content).
    why: "The editor content script imports the listing engine from the package itself: `import(runtime.getURL('/editor-engine.js'))`, never a remote or page-given URL.",
  },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

/** The built code around a warning's position. */
function around(message: Message): string {
  if (!message.file || !message.line) return '';
  const line = readFileSync(join(FIREFOX, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 300), column + 300);
}

describe('addons-linter on the Firefox build', () => {
  it('finds no error, and only the explained warnings', async () => {
    const linter = createInstance({
      config: { _: [FIREFOX], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: false, selfHosted: false },
      runAsBinary: false,
    });
    const { errors, warnings, notices } = await linter.run();
    const line = (m: Message) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''} ${m.message}`;
    expect(errors.map(line)).toEqual([]);
    expect(notices.map(line)).toEqual([]);

    const unexplained: string[] = [];
    const byExplanation = new Map<Explained, Message[]>(EXPLAINED.map((e) => [e, []]));
    for (const warning of warnings) {
      const text = around(warning);
      const explained = EXPLAINED.filter((e) => e.code === warning.code && e.around.test(text));
      if (explained.length !== 1) unexplained.push(`${line(warning)} (${explained.length} explanations match): …${text.slice(200, 400)}…`);
      else byExplanation.get(explained[0]!)!.push(warning);
    }
    expect(unexplained).toEqual([]);
    // Which bundles each explained warning comes from, for whoever changes those bundles.
    for (const [explained, matched] of byExplanation) {
      const perFile = [...new Set(matched.map((m) => m.file))].map((file) => `${file} ×${matched.filter((m) => m.file === file).length}`);
      console.log(`${explained.code} from ${explained.source}: ${perFile.join(', ') || 'none'}`);
    }
    expect([...byExplanation].filter(([, matched]) => !matched.length).map(([e]) => `${e.code} from ${e.source}`)).toEqual([]);
  });

  it('the explanation of react-dom\'s innerHTML holds: no component passes dangerouslySetInnerHTML', () => {
    const sources = ['entrypoints', 'components', 'extension', 'lib'].flatMap((dir) => files(join(ROOT, dir))).filter((path) => /\.tsx?$/.test(path));
    expect(sources.filter((path) => readFileSync(path, 'utf8').includes('dangerouslySetInnerHTML')).map((path) => relative(ROOT, path))).toEqual([]);
  });
});
