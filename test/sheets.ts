// Spreadsheet files for tests and fixtures, written the way the platforms' exporters write them.
// `xlsxFile` writes the XML itself so that a number cell can hold what a JS number cannot: the
// 19 digits of an order number (exceljs and SheetJS both write doubles). `xlsFile` writes a binary
// BIFF8 .xls through SheetJS. Neither ships: lib/tables only reads.
import { strToU8, zipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';

/** A cell: text (a shared string), a number (or `{ n: '3912345678903222231' }`: a number cell's stored text), or a date. */
export type SheetValue = string | number | { n: string } | { date: string; format?: string } | null | undefined;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const column = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/** Excel's serial of a wall-clock `YYYY-MM-DD[ HH:mm[:ss]]`. */
export function serialOf(wallClock: string): number {
  const [d, t = '0:0:0'] = wallClock.split(/[ T]/);
  const [y, mo, day] = d!.split('-').map(Number);
  const [h, mi, s = 0] = t.split(':').map(Number);
  return (Date.UTC(y!, mo! - 1, day!, h, mi, s) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export interface XlsxOptions {
  /** Namespace prefix on every element (`x:` as the .NET Open XML SDK writes), for reader tests. */
  prefix?: string;
  sheetName?: string;
}

/** An .xlsx with one worksheet holding `rows`. */
export function xlsxFile(rows: SheetValue[][], options: XlsxOptions = {}): Uint8Array {
  const x = options.prefix ?? '';
  const strings: string[] = [];
  const index = new Map<string, number>();
  const formats: string[] = [];
  const sharedIndex = (text: string) => {
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = strings.push(text) - 1));
    return i;
  };
  const styleOf = (format: string) => {
    let i = formats.indexOf(format);
    if (i < 0) i = formats.push(format) - 1;
    return i + 1;
  };
  const body = rows
    .map((cells, r) => {
      const xml = cells
        .map((value, c) => {
          const ref = `${column(c)}${r + 1}`;
          if (value === null || value === undefined) return '';
          if (typeof value === 'string') return `<${x}c r="${ref}" t="s"><${x}v>${sharedIndex(value)}</${x}v></${x}c>`;
          if (typeof value === 'number') return `<${x}c r="${ref}"><${x}v>${value}</${x}v></${x}c>`;
          if ('n' in value) return `<${x}c r="${ref}"><${x}v>${value.n}</${x}v></${x}c>`;
          return `<${x}c r="${ref}" s="${styleOf(value.format ?? 'yyyy-mm-dd hh:mm:ss')}"><${x}v>${serialOf(value.date)}</${x}v></${x}c>`;
        })
        .join('');
      return `<${x}row r="${r + 1}">${xml}</${x}row>`;
    })
    .join('');
  const ns = (tag: string) => (x ? `xmlns:${x.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`) + (tag ? ` ${tag}` : '');
  const rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const docRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${docRel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><${x}workbook ${ns(rel)}><${x}sheets><${x}sheet name="${escape(options.sheetName ?? 'Sheet1')}" sheetId="1" r:id="rId1"/></${x}sheets></${x}workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${docRel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${docRel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${docRel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><${x}worksheet ${ns('')}><${x}sheetData>${body}</${x}sheetData></${x}worksheet>`),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><${x}sst ${ns('')} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<${x}si><${x}t xml:space="preserve">${escape(s)}</${x}t></${x}si>`).join('')}</${x}sst>`),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${x}styleSheet ${ns('')}><${x}numFmts count="${formats.length}">${formats.map((f, i) => `<${x}numFmt numFmtId="${176 + i}" formatCode="${escape(f)}"/>`).join('')}</${x}numFmts><${x}cellXfs count="${formats.length + 1}"><${x}xf numFmtId="0"/>${formats.map((_, i) => `<${x}xf numFmtId="${176 + i}" applyNumberFormat="1"/>`).join('')}</${x}cellXfs></${x}styleSheet>`,
    ),
  };
  return zipSync(files);
}

/** A binary BIFF8 .xls with one worksheet, as 生意参谋 downloads are. Numbers are doubles here, as in BIFF. */
export function xlsFile(rows: SheetValue[][], sheetName = 'Sheet1'): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(
    rows.map((cells) =>
      cells.map((value) => {
        if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number') return value;
        if ('n' in value) return Number(value.n);
        return { t: 'n', v: serialOf(value.date), z: value.format ?? 'yyyy-mm-dd hh:mm:ss' };
      }),
    ),
  );
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
}
