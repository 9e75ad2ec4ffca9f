// shop/import: the files sellers export (千牛 订单报表/宝贝报表, 抖店 订单, product sheets, 生意参谋,
// 万相台/直通车 reports, 抖店 联盟 commissions)
// → plain records, recognised by their headers. It knows nothing of IndexedDB: lib/db writes the result.
import { InputError } from '../../tables/errors';
import { readTable } from '../../tables/read';
import { parseImport, type ParseOptions, type ParsedImport } from './parse';
import { anyHeaderRow } from './sources';

export type { ParsedImport, Rejected, OrderPatch, LinePatch } from './parse';
export { SOURCES, detectSource } from './sources';

/** Reads one export file (CSV in UTF-8/GBK, XLSX, JSON) and maps its rows. */
export async function readImport(bytes: Uint8Array, file: string, options: ParseOptions = {}): Promise<ParsedImport> {
  let table;
  try {
    table = await readTable(bytes, file, anyHeaderRow);
  } catch (error) {
    if (error instanceof InputError && error.reason === 'no header row found')
      throw new InputError('not a recognised export: no row has the headers of a 千牛/抖店 order report, a product sheet, a 生意参谋/traffic sheet, a 万相台/直通车 report or a 联盟 commission export', { file });
    throw error;
  }
  return parseImport(table, options);
}
