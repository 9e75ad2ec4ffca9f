// shop/import: the files sellers export (千牛 订单报表/宝贝报表, 抖店 订单, product sheets, 生意参谋,
// 万相台/直通车 reports, 抖店 联盟 commissions)
// → plain records, recognised by their headers. It knows nothing of IndexedDB: lib/db writes the result.
import { InputError, NO_HEADER_ROW } from '../../tables/errors';
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
    if (error instanceof InputError && error.reason === NO_HEADER_ROW.en)
      throw new InputError(
        {
          en: 'not a recognised export: no row has the headers of a 千牛/抖店 order report, a product sheet, a 生意参谋/traffic sheet, a 万相台/直通车 report or a 联盟 commission export',
          zh: '无法识别的导出文件：没有一行是千牛/抖店订单报表、商品表、生意参谋/流量表、万相台/直通车报表或联盟佣金导出的表头',
        },
        { file },
      );
    throw error;
  }
  return parseImport(table, options);
}
