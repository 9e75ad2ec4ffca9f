// A saved HTML page as the critique and page commands read it: decoded, checked to be a page, parsed.
import { parseHTML } from 'linkedom';
import type { Io } from './command';
import { decodeText } from '../lib/tables/decode';
import { InputError } from '../lib/tables/errors';
import { PageTooDeep } from '../lib/critique/extract';
import { MAX_NESTING, nestsTooDeep } from '../lib/critique/dom';

export async function readHtml(io: Io, file: string): Promise<Document> {
  const { text } = decodeText(await io.readFile(file), file);
  if (!/<(html|body|div|head)[\s>]/i.test(text)) throw new InputError('not an HTML page', { file });
  // linkedom takes time quadratic in the depth (17 s for 100k nested divs): the text is measured first.
  if (nestsDeeperThan(text, MAX_NESTING)) throw new InputError(new PageTooDeep().message, { file });
  const document = parseHTML(text).document as unknown as Document;
  // linkedom nests as deep as the text says, where a browser's parser stops at 512 (lib/critique/dom.ts).
  if (document.documentElement && nestsTooDeep(document.documentElement)) throw new InputError(new PageTooDeep().message, { file });
  return document;
}

// How deep linkedom will nest the text, measured before it parses it: linkedom builds what htmlparser2
// (10.1) reports, and htmlparser2 finds each end tag with stack.indexOf — quadratic in the depth. So the
// text is walked here with htmlparser2's own rules (its dist/esm/Parser.js: voidElements, openImpliesClose,
// foreign content, onclosetag; the same tables as fb55/htmlparser2 src/Parser.ts, read_file id 15117943344,
// 2026-12-03), stopping past the limit: a page that passes nests no deeper than it,
// whatever its tags, and one that does not costs one linear pass. Counting tags naively misses what
// htmlparser2 keeps open: `<div/>` (a slash on a non-void element is ignored in HTML), `<p><td>` (an
// open tag closes only a matching element on top), end tags with no open element of their name.
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], body: ['head', 'link', 'script'], li: ['li'],
    p: P, h1: P, h2: P, h3: P, h4: P, h5: P, h6: P,
    select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
    option: ['option'], optgroup: ['optgroup', 'option'], dd: ['dd', 'dt'], dt: ['dd', 'dt'],
    address: P, article: P, aside: P, blockquote: P, details: P, div: P, dl: P, fieldset: P, figcaption: P, figure: P, footer: P, form: P, header: P, hr: P, main: P, nav: P, ol: P, pre: P, section: P, table: P, ul: P,
    rt: ['rt', 'rp'], rp: ['rt', 'rp'], tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'],
  }).map(([name, closes]) => [name, new Set(closes)]),
);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** Whether htmlparser2 would nest the text's elements deeper than `limit`, in one linear pass. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  // What holds no tags, as htmlparser2's tokenizer reads it: comments; declarations (<!…>), processing
  // instructions (<?…>) and </ before a non-letter (bogus comments) up to the next >; raw-text elements
  // (script, style, title, textarea, xmp) up to their end tag. Unclosed, each runs to the end of the text.
  // In a tag, a quoted attribute value may hold >.
  const token = /<!--[\s\S]*?(?:-->|$)|<(?:!|\?|\/(?=[^\sa-z>]))[^>]*(?:>|$)|<(script|style|title|textarea|xmp)\b[^>]*>[\s\S]*?(?:<\/\1|$)|<(\/\s*)?([a-z][^\s/>]*)((?:=\s*"[^"]*(?:"|$)|=\s*'[^']*(?:'|$)|[^>])*?)(>|$)/gi;
  const open: string[] = [];
  const count = new Map<string, number>();
  const foreign = [false];
  const push = (name: string) => (open.push(name), count.set(name, (count.get(name) ?? 0) + 1));
  const pop = () => {
    const name = open.pop()!;
    count.set(name, count.get(name)! - 1);
    return name;
  };
  for (let m; (m = token.exec(text)); ) {
    const name = (m[1] ?? m[3])?.toLowerCase();
    if (!name) continue;
    if (m[2]) {
      if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.shift();
      // An end tag closes its element and those inside it. One with no open element of its name adds
      // nothing, but </p> and </br>, which add an empty <p> or a <br>, at the current depth.
      if (!VOID.has(name) && count.get(name)) while (pop() !== name);
      else if ((name === 'p' || name === 'br') && open.length + 1 > limit) return true;
      continue;
    }
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (open.length && closes.has(open.at(-1)!)) pop();
    // An element is as deep as the elements open around it, plus one.
    if (open.length + 1 > limit) return true;
    if (m[1] || VOID.has(name)) continue;
    push(name);
    if (FOREIGN.has(name)) foreign.unshift(true);
    else if (INTEGRATION.has(name)) foreign.unshift(false);
    // `/>` closes the element only in SVG and MathML.
    if (m[4]!.endsWith('/') && foreign[0]) pop();
  }
  return false;
}
