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
  if (tagDepth(text) > MAX_NESTING) throw new InputError(new PageTooDeep().message, { file });
  const document = parseHTML(text).document as unknown as Document;
  // linkedom nests as deep as the text says, where a browser's parser stops at 512 (lib/critique/dom.ts).
  if (document.documentElement && nestsTooDeep(document.documentElement)) throw new InputError(new PageTooDeep().message, { file });
  return document;
}

// Elements that never hold others (void) or whose end tag a parser may imply (an unclosed <p>, <li>,
// <td>): not counted, so the count below is never above the depth a parser builds.
const UNCOUNTED = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'caption', 'colgroup']);

/** The deepest nesting of start tags over end tags in the text, in one linear pass (script, style and comments skipped). */
function tagDepth(text: string): number {
  const tag = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  for (let m; (m = tag.exec(text)); ) {
    const name = m[3]?.toLowerCase();
    if (!name || UNCOUNTED.has(name) || m[4]) continue;
    depth = m[2] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
