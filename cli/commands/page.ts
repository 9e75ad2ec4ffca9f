// shoplint page: what the extension understands of a saved seller page (an editor, a product or order
// list, a product page), by the same readers its content scripts run, and what it would say it does not
// understand there (the chip on the page, the line in the popup).
import { FORMAT_OPTION, formatOf, UsageError, type Command } from '../command';
import { readHtml } from '../html';
import { readPage } from '../../lib/sites/page-reading';

export const page: Command = {
  name: 'page',
  usage: `
Usage: shoplint page FILE.html --url URL [--format json|table]

Reads a saved seller page as if it were open at URL, with the readers the extension runs there: the
listing editors (item.upload.taobao.com/sell/…, sell.publish.tmall.com/…, fxg.jinritemai.com/ffa/g/create),
the product lists (千牛 SellManage, 抖店 /ffa/g/list), the order lists (千牛 trade-platform/tp/sold, 抖店
/ffa/morder/…) and product pages. Prints what was found (title field, prices, rows, order numbers,
layout) and the parts the page shows that could not be read — what the extension would mark with
"店检暂不认识…". A page saved from the browser holds what it showed (virtual lists: the rows in view).

Exit codes: 0 understood, 1 a part not understood, 2 bad input.

Options:
  --url URL            where the page was saved from (required)
  --format json|table  output (table)
`,
  options: { url: { type: 'string' }, ...FORMAT_OPTION },
  async run(values, files, io) {
    const format = formatOf(values);
    if (files.length !== 1) throw new UsageError('give exactly one FILE.html');
    const raw = values.url;
    if (typeof raw !== 'string') throw new UsageError('--url URL is required (the address the page was saved from)');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new UsageError(`--url "${raw}" is not an address`);
    }
    const file = files[0]!;
    const reading = readPage(await readHtml(io, file), url);
    if (!reading) throw new UsageError(`--url "${raw}" is not a page ShopLint serves`);
    if (format === 'json') io.stdout(JSON.stringify({ url: raw, ...reading }) + '\n');
    else {
      io.stdout(`\n${reading.page} · ${raw}\n`);
      for (const [key, value] of Object.entries(reading.found)) io.stdout(`  ${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}\n`);
      io.stdout(reading.understood ? '\nunderstood\n' : `\nnot understood: ${reading.missing.join(', ')}\n`);
    }
    return reading.understood ? 0 : 1;
  },
};
