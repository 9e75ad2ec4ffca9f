// shoplint lint: the title (and price) rules over listings from files, stdin or --title.
import { FORMAT_OPTION, reportFormatOf, UsageError, type Command } from '../command';
import { toCsv } from '../../lib/tables/write-csv';
import { Platform } from '../../lib/schemas/common';
import type { Listing } from '../../lib/schemas/listing';
import { readJson, readTable } from '../../lib/tables/read';
import { decodeText } from '../../lib/tables/decode';
import { listingsFromTable } from '../../lib/listing/from-table';
import { failOnOf, FAIL_ON_OPTION, langOf, LANG_OPTION } from '../render';
import { dataAge } from '../../lib/keywords/age';
import { SOURCE_NAMES, APPROXIMATE } from '../../lib/keywords/labels';
import type { KeywordBank } from '../../lib/keywords/schema';
import { compileBanks, CSV_HEADER, judgeHere, judgeInWorkers, threadsOf, type KeywordFile } from './lint-judge';

export { jsonFinding } from './lint-judge';

export const lint: Command = {
  name: 'lint',
  usage: `
Usage: shoplint lint [FILE…] [--title TEXT] [--platform taobao|tmall|douyin] [--keywords FILE…] [--category C] [--format json|table|csv]

Checks listings. FILE is .csv (UTF-8 or GBK), .xlsx, .xls, .json (array) or .jsonl; "-" reads JSONL from stdin.
Columns are matched by name: id|商品ID|宝贝ID, title|标题|宝贝标题|商品标题|商品名称|宝贝名称, platform|平台,
category|类目, price|价格|一口价|售价|宝贝价格|商品价格|售价（元）, compareAt|划线价|原价, cost|成本|成本价,
industryAvg|行业均价. A 千牛 出售中的宝贝 export or a 抖店 商品 export is read as it is (use
--platform douyin for 抖店: the export has no platform column).

Options:
  --title TEXT         check one title (repeatable)
  --platform P         default platform for rows without one (taobao)
  --keywords FILE      search-term data (.csv/.xlsx/.xls/.txt): 生意参谋 搜索分析/搜索排行/
                       相关分析, 抖店罗盘 行业热词, 观数 or 指数还原 sheets, a 直通车/万相台
                       关键词报表, text copied off those pages, or a list (one term a line, a rank
                       before it and figures after it optional); repeatable, one per category.
                       Adds keywordScore and suggestions (words to fill the title) to each result,
                       and the keyword rules. Ranges (5000 ~ 1万) are read as their midpoints: the
                       bank is then marked approximate (JSON keywordBanks[].approximate).
  --category C         category of listings without a 类目 column (apparel, home … or 服饰 …):
                       chooses among several --keywords banks (else inferred from the title);
                       with one bank, names its category when its terms do not tell
  --format json|table|csv  output (table); csv is one row per finding, safe to open in Excel
  --lang zh|en         message language (zh)
  --fail-on error|warn|never   exit 1 when findings at this level exist (error)
  --threads N          worker threads for a large input (default: one per core from 5,000
                       listings; 1 judges in one thread); the output is the same either way
`,
  options: {
    title: { type: 'string', multiple: true },
    platform: { type: 'string', default: 'taobao' },
    keywords: { type: 'string', multiple: true },
    category: { type: 'string' },
    threads: { type: 'string' },
    ...FORMAT_OPTION,
    ...LANG_OPTION,
    ...FAIL_ON_OPTION,
  },
  async run(values, files, io) {
    const format = reportFormatOf(values);
    const lang = langOf(values);
    const failOn = failOnOf(values);
    const platform = Platform.safeParse(values.platform);
    if (!platform.success) throw new UsageError(`--platform must be taobao, tmall or douyin, not "${String(values.platform)}"`);
    const titles = (values.title as string[] | undefined) ?? [];
    if (!files.length && !titles.length) throw new UsageError('give a FILE, "-" for stdin, or --title TEXT');

    // Read everything first: a bad file stops the run before anything is printed.
    const listings: Listing[] = titles.map((title) => ({ title, platform: platform.data }));
    for (const file of files) {
      const table =
        file === '-' ? readJson(decodeText(await io.readStdin(), 'stdin').text, 'stdin', true) : await readTable(await io.readFile(file), file);
      // One push per listing: push(...rows) passes every row as an argument, past the engine's limit at ~130k.
      for (const listing of listingsFromTable(table, platform.data)) listings.push(listing);
    }

    const category = values.category as string | undefined;
    const keywordFiles: KeywordFile[] = [];
    for (const file of (values.keywords as string[] | undefined) ?? []) keywordFiles.push({ file, bytes: await io.readFile(file) });
    const banks = await compileBanks(keywordFiles, category);
    const threads = threadsOf(values, listings.length);
    const now = new Date();
    if (format === 'table') for (const { file, bank } of banks) io.stderr(`${file}: ${bankLine(bank.bank, now, lang)}\n`);

    // Each result is written as soon as it is judged and then dropped: a million listings' findings
    // do not fit in memory at once, nor one JSON string of them.
    const out = bufferedOut(io);
    if (format === 'json') out('{"results":[');
    let errors = 0;
    let warnings = 0;
    const judge = { format, lang, category };
    const batches = threads > 1 ? judgeInWorkers(listings, { ...judge, keywordFiles }, threads) : judgeHere(listings, { ...judge, banks });
    for await (const batch of batches) {
      out(batch.text);
      errors += batch.errors;
      warnings += batch.warnings;
    }
    if (format === 'json') {
      const keywordBanks = banks.map(({ file, bank: { bank } }) => ({
        file,
        category: bank.category,
        source: bank.source,
        dataDate: bank.dataDate,
        terms: bank.keywords.length,
        ageDays: dataAge(bank.dataDate, now).days,
        // Only when true: a bank of exact figures reads as before.
        ...(bank.approximate && { approximate: true }),
      }));
      out(`],"summary":${JSON.stringify({ listings: listings.length, errors, warnings })}${banks.length ? `,"keywordBanks":${JSON.stringify(keywordBanks)}` : ''}}\n`);
    } else if (format === 'csv' && !listings.length) out(toCsv(CSV_HEADER, []));
    else if (format === 'table') out(`\n${listings.length} listing(s), ${errors} error(s), ${warnings} warning(s)\n`);
    out.flush();
    return failOn === 'never' ? 0 : errors > 0 || (failOn === 'warn' && warnings > 0) ? 1 : 0;
  },
};

/** What a bank is, for the person reading the table: its size, category, source, age, and whether its figures are ranges. */
function bankLine(bank: KeywordBank, now: Date, lang: 'zh' | 'en'): string {
  const extra = [SOURCE_NAMES[bank.source][lang], ...(bank.approximate ? [APPROXIMATE[lang]] : [])];
  return `${bank.keywords.length} terms, ${bank.category}, ${bank.dataDate} — ${dataAge(bank.dataDate, now).text[lang]} (${extra.join(', ')})`;
}

/** Collects output into pieces of about 64 KB: one write per result would be a million system calls. */
function bufferedOut(io: { stdout(text: string): void }): ((text: string) => void) & { flush(): void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length) io.stdout(pending.join(''));
    pending = [];
    size = 0;
  };
  return Object.assign(
    (text: string) => {
      pending.push(text);
      size += text.length;
      if (size >= 65_536) flush();
    },
    { flush },
  );
}
