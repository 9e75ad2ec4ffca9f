// .xlsx → a grid of cell text, read from the text the file stores. Why ours: every maintained reader
// (exceljs, SheetJS) turns a number cell into a double, so a 19-digit 订单编号 stored as a number comes
// out as 3912345678903222000 and two orders merge. An .xlsx is a zip (fflate inflates it) of plain
// XML written by machines; the few elements a grid needs (shared strings, cell types, date formats)
// are read here, with or without a namespace prefix.
import { unzipSync } from 'fflate';
import { InputError, NO_WORKSHEET } from './errors';
import type { Localized } from '../schemas/common';
import { dateFormat, numberCell, serialText, type Grid, type GridCell } from './cell';

const utf8 = new TextDecoder('utf-8');

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** What makes the XML of a part unreadable; readXlsxGrid names the file. */
class BadXml extends Error {}

/**
 * A character reference's character. XML 1.0 §4.1 (Legal Character) makes a reference to anything
 * that is not a Char a fatal error — and String.fromCodePoint throws a RangeError past U+10FFFF.
 */
function referenced(code: number, ref: string): string {
  if (!(code <= 0x10ffff)) throw new BadXml(`the character reference ${ref.length > 20 ? ref.slice(0, 20) + '…' : ref} is beyond Unicode`);
  return String.fromCodePoint(code);
}

/** XML text → the characters it stands for, including Excel's `_x000D_` escapes. */
export function unescapeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (ref: string, hex: string, dec: string, name: string) =>
      hex ? referenced(parseInt(hex, 16), ref) : dec ? referenced(Number(dec), ref) : ENTITY[name.toLowerCase()]!,
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const attrPatterns = new Map<string, RegExp>();
const attr = (attrs: string, name: string): string | undefined => {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? unescapeXml(m[1] ?? m[2]!) : undefined;
};

/** Element bodies by local name (any prefix); self-closing elements give an empty body. */
function* elements(xml: string, name: string): Generator<{ attrs: string; body: string }> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(\\s[^>]*?)?(?:\\/>|>([\\s\\S]*?)<\\/(?:[\\w.-]+:)?${name}>)`, 'g');
  for (let m; (m = re.exec(xml)); ) yield { attrs: m[1] ?? '', body: m[2] ?? '' };
}

/** The text of a string item: its `<t>` runs, without the phonetic guides (`<rPh>`) Japanese files add. */
function stringItem(body: string): string {
  let text = '';
  for (const t of elements(body.includes('rPh') ? body.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '') : body, 't')) text += t.body;
  return unescapeXml(text);
}

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** The relationships of a part (its `_rels/….rels`), targets resolved to paths in the zip. */
function relationships(files: Record<string, Uint8Array>, part: string): Relationship[] {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = files[relsPath] ? utf8.decode(files[relsPath]) : '';
  const found: Relationship[] = [];
  for (const { attrs } of elements(xml, 'Relationship')) {
    const id = attr(attrs, 'Id'), target = attr(attrs, 'Target');
    if (id && target) found.push({ id, type: attr(attrs, 'Type') ?? '', target: resolve(part, target) });
  }
  return found;
}

// A library's own words (fflate's, the XML reader's) help a developer, not a seller reading Chinese.
const unreadableXlsx = (why: string | Localized): Localized =>
  typeof why === 'string' ? { en: `not a readable .xlsx file (${why})`, zh: '不是可读取的 .xlsx 文件' } : { en: `not a readable .xlsx file (${why.en})`, zh: `不是可读取的 .xlsx 文件（${why.zh}）` };

const unzip = (bytes: Uint8Array, wanted: (name: string) => boolean, file: string) => {
  try {
    return unzipSync(bytes, { filter: ({ name }) => wanted(name) });
  } catch (e) {
    throw new InputError(unreadableXlsx((e as Error).message), { file });
  }
};

/** The first worksheet of an .xlsx, as cell text by row and column (0-based). */
export function readXlsxGrid(bytes: Uint8Array, file: string): Grid {
  try {
    return grid(bytes, file);
  } catch (e) {
    if (e instanceof BadXml) throw new InputError(unreadableXlsx(e.message), { file });
    throw e;
  }
}

// Excel's grid is 1,048,576 rows by 16,384 columns (XFD) ("Excel specifications and limits",
// support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3, read 2026-12-03): a row or cell
// reference past it is no sheet Excel wrote, and would have the grid fill a billion empty rows.
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function grid(bytes: Uint8Array, file: string): Grid {
  // Only the parts a grid needs are inflated (no images, no other sheets): the package's
  // relationships and workbook-level parts first, then the one worksheet they point to.
  const files = unzip(bytes, (name) => name.endsWith('.rels') || /^[^/]*\/?[^/]+\.xml$/.test(name) && !name.includes('worksheets/'), file);
  const workbookPath = relationships(files, '').find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = files[workbookPath] && utf8.decode(files[workbookPath]);
  if (!workbook) throw new InputError(unreadableXlsx({ en: 'no workbook inside', zh: '里面没有工作簿' }), { file });
  const firstSheet = elements(workbook, 'sheet').next().value;
  if (!firstSheet) throw new InputError(NO_WORKSHEET, { file });
  const sheetId = attr(firstSheet.attrs, 'r:id') ?? /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(firstSheet.attrs)?.[1];
  const rels = relationships(files, workbookPath);
  const sheetPath = rels.find((r) => r.id === sheetId)?.target ?? 'xl/worksheets/sheet1.xml';
  const sheet = unzip(bytes, (name) => name === sheetPath, file)[sheetPath];
  if (!sheet) throw new InputError(unreadableXlsx({ en: `${sheetPath} is missing`, zh: `缺少 ${sheetPath}` }), { file });
  const date1904 = /date1904\s*=\s*"(1|true)"/.test(workbook);

  const part = (type: string, fallback: string) => rels.find((r) => r.type.endsWith(`/${type}`))?.target ?? fallback;
  const sharedPath = part('sharedStrings', 'xl/sharedStrings.xml');
  const shared: string[] = [];
  if (files[sharedPath]) for (const si of elements(utf8.decode(files[sharedPath]), 'si')) shared.push(stringItem(si.body));

  // Style index → the date format of that style, for number cells that are dates.
  const stylesPath = part('styles', 'xl/styles.xml');
  const styleDate: (string | undefined)[] = [];
  if (files[stylesPath]) {
    const styles = utf8.decode(files[stylesPath]);
    const codes = new Map<number, string>();
    for (const { attrs } of elements(styles, 'numFmt')) codes.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
    const xfs = elements(styles, 'cellXfs').next().value;
    if (xfs) for (const { attrs } of elements(xfs.body, 'xf')) {
      const id = Number(attr(attrs, 'numFmtId') ?? 0);
      styleDate.push(dateFormat(id, codes.get(id)));
    }
  }

  const rows: Grid = [];
  let rowIndex = -1;
  for (const row of elements(utf8.decode(sheet), 'row')) {
    const r = attr(row.attrs, 'r');
    rowIndex = r ? Number(r) - 1 : rowIndex + 1;
    if (!(Number.isInteger(rowIndex) && rowIndex >= 0 && rowIndex < MAX_ROWS)) throw new BadXml(`row ${r ?? rowIndex + 1} is outside Excel's ${MAX_ROWS.toLocaleString('en')} rows`);
    const cells: GridCell[] = [];
    let col = -1;
    for (const c of elements(row.body, 'c')) {
      const ref = attr(c.attrs, 'r');
      col = ref ? columnIndex(ref) : col + 1;
      if (!(col >= 0 && col < MAX_COLUMNS)) throw new BadXml(`cell ${ref ?? col + 1} is not in Excel's ${MAX_COLUMNS.toLocaleString('en')} columns (A to XFD)`);
      const type = attr(c.attrs, 't') ?? 'n';
      const v = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(c.body)?.[1];
      let cell: GridCell;
      if (type === 'inlineStr') {
        const is = elements(c.body, 'is').next().value;
        cell = is ? stringItem(is.body) : '';
      } else if (v === undefined) continue;
      else if (type === 's') cell = shared[Number(v)] ?? '';
      else if (type === 'str' || type === 'e') cell = unescapeXml(v);
      else if (type === 'b') cell = v === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'd') cell = unescapeXml(v).replace('T', ' ').replace(/(\.\d+)?Z?$/, '');
      else {
        const format = styleDate[Number(attr(c.attrs, 's') ?? 0)];
        cell = format !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? serialText(Number(v), format, date1904) : numberCell(v);
      }
      cells[col] = cell;
    }
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    rows[rowIndex] = cells;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}
