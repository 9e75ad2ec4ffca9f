// shoplint lint: the title (and price) rules over listings from files, stdin or --title.
import { FORMAT_OPTION, formatOf, UsageError, type Command } from '../command';
import { lintListing, type LintResult } from '../../lib/engine/lint';
import { Platform } from '../../lib/schemas/common';
import type { Finding } from '../../lib/schemas/finding';
import type { Listing } from '../../lib/schemas/listing';
import { readJson, readTable } from '../../lib/tables/read';
import { decodeText } from '../../lib/tables/decode';
import { listingsFromTable } from '../../lib/listing/from-table';
import { failOnOf, FAIL_ON_OPTION, langOf, LANG_OPTION, renderFinding, severityMark } from '../render';

export const lint: Command = {
  name: 'lint',
  summary: 'check listing titles and prices (广告法, title score, price rules)',
  usage: `
Usage: shoplint lint [FILE…] [--title TEXT] [--platform taobao|tmall|douyin] [--format json|table]

Checks listings. FILE is .csv (UTF-8 or GBK), .xlsx, .json (array) or .jsonl; "-" reads JSONL from stdin.
Columns are matched by name: id|商品ID|宝贝ID, title|标题|宝贝标题|商品标题|商品名称, platform|平台,
category|类目, price|价格|一口价|售价, compareAt|划线价|原价, cost|成本|成本价, industryAvg|行业均价.

Options:
  --title TEXT         check one title (repeatable)
  --platform P         default platform for rows without one (taobao)
  --format json|table  output (table)
  --lang zh|en         message language (zh)
  --fail-on error|warn|never   exit 1 when findings at this level exist (error)
`,
  options: {
    title: { type: 'string', multiple: true },
    platform: { type: 'string', default: 'taobao' },
    ...FORMAT_OPTION,
    ...LANG_OPTION,
    ...FAIL_ON_OPTION,
  },
  async run(values, files, io) {
    const format = formatOf(values);
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
      listings.push(...listingsFromTable(table, platform.data));
    }

    const results = listings.map((listing) => lintListing(listing));
    const errors = count(results, 'error');
    const warnings = count(results, 'warn');
    if (format === 'json') {
      io.stdout(
        JSON.stringify({
          results: results.map((r, i) => ({
            id: r.listing.id ?? String(i + 1),
            title: r.listing.title,
            platform: r.listing.platform,
            score: r.score,
            breakdown: r.breakdown.parts.map((p) => ({ part: p.part, points: p.points, max: p.max })),
            findings: r.findings.map((f) => jsonFinding(f, lang)),
          })),
          summary: { listings: results.length, errors, warnings },
        }) + '\n',
      );
    } else {
      for (const [i, r] of results.entries()) {
        io.stdout(`\n${r.listing.id ?? i + 1}  ${r.listing.title}\n  ${lang === 'zh' ? '得分' : 'score'} ${r.score}/100  (${r.breakdown.parts.map((p) => `${p.label[lang]} ${p.points}/${p.max}`).join(' · ')})\n`);
        for (const f of r.findings) io.stdout(`  ${severityMark(f.severity)} ${renderFinding(f, lang)}\n`);
      }
      io.stdout(`\n${results.length} listing(s), ${errors} error(s), ${warnings} warning(s)\n`);
    }
    return failOn === 'never' ? 0 : errors > 0 || (failOn === 'warn' && warnings > 0) ? 1 : 0;
  },
};

function count(results: LintResult[], severity: Finding['severity']): number {
  return results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
}

export function jsonFinding(f: Finding, lang: 'zh' | 'en') {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: lang === 'zh' ? f.message : f.messageEn,
    ...(f.start !== undefined && { start: f.start, end: f.end }),
    ...(f.text !== undefined && { text: f.text }),
    ...(f.category !== undefined && { category: f.category }),
    ...(f.suggestions && { suggestions: f.suggestions }),
    ...(f.source !== undefined && { source: f.source }),
  };
}
