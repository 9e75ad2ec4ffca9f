// shoplint alerts: imports order, product, stats, ad and commission exports into an in-memory database through the
// same parsers and writer as the popup, runs the alert rules at --now, prints alerts and metrics.
import { FORMAT_OPTION, reportFormatOf, UsageError, type Command } from '../command';
import { toCsv } from '../../lib/tables/write-csv';
import { failOnOf, FAIL_ON_OPTION, langOf, LANG_OPTION, severityMark } from '../render';
import { readImport, type ParsedImport } from '../../lib/shop/import/index';
import type { ImportKind } from '../../lib/shop/import/sources';
import { InputError } from '../../lib/tables/errors';
import { fileHash, writeImports } from '../../lib/db/write';
import { memoryShopDb } from '../../lib/db/memory';
import { refreshAlerts } from '../../lib/db/alerts';
import type { AdMetrics, Alert, Metrics } from '../../lib/schemas/shop';
import type { Locale } from '../../lib/schemas/common';
import { formatChinaTime, parseInstant } from '../../lib/shop/time';
import { round2 } from '../../lib/shop/numbers';
import { abVerdict, periodArm, type AbVerdict, type Arm } from '../../lib/shop/ab';

const KIND_NAMES: Record<ImportKind, string> = { orders: 'an order export', products: 'a product sheet', stats: 'a stats sheet', ads: 'an ad report', commissions: 'a commission export' };

export const alerts: Command = {
  name: 'alerts',
  usage: `
Usage: shoplint alerts [FILE…] [--orders FILE]… [--products FILE]… [--stats FILE]… [--ads FILE]… [--commissions FILE]… [--ab FROM..TO,FROM..TO] [--now ISO8601] [--format json|table|csv]

Imports the exports sellers download, each recognised by its headers as the popup does: 千牛/淘宝
订单报表 and 宝贝报表 (CSV in GBK, XLSX), 千牛 退款 export, 抖店 order and 售后 exports, product/stock
sheets (also the 淘宝助理 CSV), 生意参谋 商品 downloads (.xls, .xlsx, CSV), daily traffic sheets, 生意参谋 流量来源,
万相台/直通车 reports by product and day and 抖店 精选联盟 commission exports; then runs the alert rules
at --now and prints profit per order after ads and commission (到手价 = the product sheet's 售价). Export times are China time (UTC+8) on any machine. Each order is
judged by its own deadline (承诺发货时间, 预约发货时间, 预售, 当日发/24 h; 48 h when the export gives
none), refunds by the 售后 export's 自动处理截止时间. A row that cannot be read exactly (an id Excel
rounded, an unknown order status) stops the run with exit 2, naming file, row and column; an
after-sale text we do not know is reported on stderr and left unread.

Options:
  FILE                 any supported export, recognised by its headers (repeatable)
  --orders FILE        an order, after-sale or refund export (repeatable; checked to be one)
  --products FILE      a product/stock sheet: 商品ID|宝贝ID, 商品名称|标题, 商家编码|SKU, 库存, 售价|价格,
                       成本价|成本, 补货周期|补货天数 (repeatable)
  --stats FILE         生意参谋 商品 export or a daily sheet: 日期|统计日期, 访客数, 浏览量, 加购人数,
                       支付买家数, 支付金额; or 流量来源 rows: 日期, 流量来源, 访客数, 花费, 投产 (repeatable)
  --ads FILE           a 万相台/直通车 report by 主体/宝贝 and day: 日期, 主体ID|宝贝ID, 花费, 总成交金额,
                       总成交笔数 (repeatable)
  --commissions FILE   a 抖店 精选联盟 order export: 订单id, 商品id, 作者账号, 支付金额, 佣金率,
                       预估佣金支出, 实际佣金支出, 订单状态, 付款时间 (repeatable)
  --ab A,B             compare 支付转化率 of two periods of the daily stats, each FROM..TO (days
                       inclusive), e.g. 2026-11-06..2026-11-12,2026-11-13..2026-11-19 (a main image
                       before and after): a two-proportion z-test says which won at 95%, or that the
                       difference is not significant yet and about how many more days of the same
                       traffic it needs. In json as "ab", in the table as its last line
  --now ISO8601        the time to judge at (default: now), e.g. 2026-11-20T10:00:00+08:00;
                       without an offset it is China time (UTC+8), as the exports' times are
  --format json|table|csv  output (table); csv is one row per alert, safe to open in Excel
  --lang zh|en         message language (zh)
  --fail-on error|warn|never   exit 1 when alerts at this level exist (error)
`,
  options: {
    orders: { type: 'string', multiple: true },
    products: { type: 'string', multiple: true },
    stats: { type: 'string', multiple: true },
    ads: { type: 'string', multiple: true },
    commissions: { type: 'string', multiple: true },
    ab: { type: 'string' },
    now: { type: 'string' },
    ...FORMAT_OPTION,
    ...LANG_OPTION,
    ...FAIL_ON_OPTION,
  },
  async run(values, positionals, io) {
    const format = reportFormatOf(values);
    const lang = langOf(values);
    const failOn = failOnOf(values);
    const now = values.now === undefined ? Date.now() : parseInstant(String(values.now));
    if (Number.isNaN(now)) throw new UsageError(`--now "${String(values.now)}" is not an ISO 8601 time such as 2026-11-20T10:00:00+08:00 (without an offset it is China time)`);
    const wanted: [ImportKind | undefined, string[]][] = [
      [undefined, positionals],
      ['orders', (values.orders as string[] | undefined) ?? []],
      ['products', (values.products as string[] | undefined) ?? []],
      ['stats', (values.stats as string[] | undefined) ?? []],
      ['ads', (values.ads as string[] | undefined) ?? []],
      ['commissions', (values.commissions as string[] | undefined) ?? []],
    ];
    const periods = values.ab === undefined ? undefined : abPeriods(String(values.ab));
    if (!wanted.some(([, files]) => files.length)) throw new UsageError('give at least one export FILE (or --orders, --products, --stats, --ads, --commissions FILE)');

    // Every file is read and checked before anything is written: a bad row stops the run whole.
    const files: { parsed: ParsedImport; hash: string }[] = [];
    for (const [kind, names] of wanted)
      for (const name of names) {
        const bytes = await io.readFile(name);
        const parsed = await readImport(bytes, name);
        if (kind && parsed.kind !== kind) throw new InputError(`--${kind} expects ${KIND_NAMES[kind]}, but its headers are a ${parsed.source.label.en} file (use --${parsed.kind})`, { file: name });
        const [first] = parsed.rejected;
        if (first) throw new InputError(first.reason, { file: first.file, row: first.row, column: first.column });
        for (const n of parsed.notices) io.stderr(`shoplint: ${new InputError(n.reason, { file: n.file, ...(n.row > 0 && { row: n.row }), column: n.column }).message}\n`);
        files.push({ parsed, hash: await fileHash(bytes) });
      }

    const db = memoryShopDb();
    try {
      const summary = await writeImports(db, files, now);
      if (summary.unmatched) io.stderr(`shoplint: ${summary.unmatched} after-sale or refund rows name orders that no given order export has: give the order export too\n`);
      const result = await refreshAlerts(db, now);
      const uncosted = result.metrics.ads?.products.filter((p) => p.breakEvenRoi === undefined).length;
      if (uncosted) io.stderr(`shoplint: ${uncosted} products of the ad or commission reports have no 售价 above a 成本价 in a product sheet: their profit and break-even ROI are not judged (give the product sheet too)\n`);
      const out = result.alerts.map((a) => jsonAlert(a, lang));
      const ab = periods && abOf(periods, await db.daily.toArray());
      if (format === 'csv') io.stdout(toCsv(['type', 'severity', 'entityId', 'message', 'dueAt'], out.map((a) => [a.type, a.severity, a.entityId, a.message, a.dueAt])));
      else if (format === 'json') io.stdout(JSON.stringify({ alerts: out, metrics: jsonMetrics(result.metrics), ...(ab && { ab: jsonAb(ab) }) }) + '\n');
      else io.stdout(renderTable(result.alerts, result.metrics, lang, now) + (ab ? renderAb(ab, lang) : ''));
      const errors = result.alerts.filter((a) => a.severity === 'error').length;
      const warnings = result.alerts.filter((a) => a.severity === 'warn').length;
      return failOn === 'never' ? 0 : errors > 0 || (failOn === 'warn' && warnings > 0) ? 1 : 0;
    } finally {
      db.close();
    }
  },
};

type Period = { from: string; to: string };
type AbResult = { a: Period & Arm; b: Period & Arm; verdict: AbVerdict };

/** `--ab 2026-11-06..2026-11-12,2026-11-13..2026-11-19`: two periods of days, inclusive. */
function abPeriods(text: string): [Period, Period] {
  const periods = text.split(',').map((p) => /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(p.trim()));
  if (periods.length !== 2 || periods.some((m) => !m || m[1]! > m[2]!)) throw new UsageError(`--ab "${text}" is not two periods FROM..TO,FROM..TO such as 2026-11-06..2026-11-12,2026-11-13..2026-11-19`);
  const [a, b] = periods.map((m) => ({ from: m![1]!, to: m![2]! }));
  return [a!, b!];
}

function abOf([a, b]: [Period, Period], daily: Parameters<typeof periodArm>[0]): AbResult {
  const arms = [a, b].map((p) => {
    const arm = periodArm(daily, p.from, p.to);
    if (arm.visitors <= 0) throw new UsageError(`--ab: no visitors in the daily stats between ${p.from} and ${p.to} (give a daily traffic sheet that covers it)`);
    if (arm.buyers > arm.visitors) throw new UsageError(`--ab: ${p.from}..${p.to} has more 支付买家数 (${arm.buyers}) than 访客数 (${arm.visitors})`);
    return { ...p, ...arm };
  });
  return { a: arms[0]!, b: arms[1]!, verdict: abVerdict(arms[0]!, arms[1]!) };
}

function jsonAb({ a, b, verdict }: AbResult) {
  const rate = (n: number) => Math.round(n * 10000) / 10000;
  const arm = (p: Period & Arm, r: number) => ({ from: p.from, to: p.to, visitors: p.visitors, buyers: p.buyers, days: p.days, conversion: rate(r) });
  return { a: arm(a, verdict.rateA), b: arm(b, verdict.rateB), z: round2(verdict.z), significant: verdict.significant, winner: verdict.winner, moreDays: verdict.moreDays };
}

function renderAb({ a, b, verdict }: AbResult, lang: Locale): string {
  const zh = lang === 'zh';
  const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
  const head = `A/B ${zh ? '支付转化率' : 'conversion'}: A ${a.from}..${a.to} ${pct(verdict.rateA)} (${a.buyers}/${a.visitors}) · B ${b.from}..${b.to} ${pct(verdict.rateB)} (${b.buyers}/${b.visitors}), z ${round2(verdict.z)}`;
  const won = verdict.winner && (zh ? `${verdict.winner} 胜出（95% 置信）` : `${verdict.winner} won (95% confidence)`);
  const wait =
    verdict.moreDays !== undefined
      ? zh
        ? `差异尚不显著：按当前流量约还需 ${verdict.moreDays} 天`
        : `not significant yet: about ${verdict.moreDays} more days at the current traffic`
      : zh
        ? '差异不显著，按当前流量一年内也分不出'
        : 'not significant, and at the current traffic a year would not tell them apart';
  return `\n${head}: ${won ?? wait}\n`;
}

/** Times in JSON are ISO 8601 in China time, as the seller reads them. */
export function isoChina(time: number): string {
  return new Date(time + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
}

function jsonAlert(a: Alert, lang: Locale) {
  return { type: a.type, severity: a.severity, entityId: a.entityId, message: lang === 'zh' ? a.message : a.messageEn, ...(a.dueAt !== undefined && { dueAt: isoChina(a.dueAt) }) };
}

function jsonMetrics(m: Metrics) {
  const r = (n: number | undefined) => (n === undefined ? undefined : round2(n));
  const rate = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 10000) / 10000);
  const last = m.series.at(-1);
  return {
    day: m.day,
    uv: last?.uv,
    conversion: rate(last?.conversion),
    aov: r(last?.aov),
    uvValue: r(last?.uvValue),
    cartRate: rate(last?.cartRate),
    gmv: r(last?.gmv),
    buyers: last?.buyers,
    target: m.target,
    rfm: m.rfm,
    repurchaseRate: rate(m.repurchaseRate),
    refundRate: rate(m.refundRate),
    sellThrough: rate(m.sellThrough),
    paidShare: rate(m.paidShare),
    orders: m.orders,
    products: m.products,
    series: m.series.map((d) => ({ ...d, conversion: rate(d.conversion), aov: r(d.aov), uvValue: r(d.uvValue), cartRate: rate(d.cartRate) })),
    // 推广 on its own last day (the ad report's, which need not be the traffic sheet's).
    adSpend: m.ads?.spend,
    roi: r(m.ads?.roi),
    commission: m.ads?.commission,
    profitAfterAds: m.ads?.profitAfterAds,
    ads: m.ads && {
      ...m.ads,
      roi: r(m.ads.roi),
      products: m.ads.products.map((p) => ({ ...p, roi: r(p.roi), breakEvenRoi: r(p.breakEvenRoi) })),
      series: m.ads.series.map((d) => ({ ...d, roi: r(d.roi) })),
    },
  };
}

function renderTable(alerts: Alert[], m: Metrics, lang: Locale, now: number): string {
  const zh = lang === 'zh';
  const lines = [`${zh ? '店铺预警' : 'Shop alerts'} @ ${formatChinaTime(now)} (UTC+8): ${alerts.length}`];
  for (const a of alerts) lines.push(`  ${severityMark(a.severity)} ${zh ? a.message : a.messageEn}  (${a.type} ${a.entityId})`);
  const last = m.series.at(-1);
  if (last) {
    const pct = (n: number | undefined) => (n === undefined ? '—' : `${(n * 100).toFixed(2)}%`);
    const yuan = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2));
    lines.push(
      '',
      `${m.day}  UV ${last.uv}  ${zh ? '支付转化率' : 'conversion'} ${pct(last.conversion)}  ${zh ? '客单价' : 'AOV'} ${yuan(last.aov)}  ${zh ? 'UV价值' : 'UV value'} ${yuan(last.uvValue)}  ${zh ? '加购率' : 'cart rate'} ${pct(last.cartRate)}  GMV ${yuan(last.gmv)}`,
    );
  }
  lines.push(`RFM: ${zh ? '重要价值客户' : 'important'} ${m.rfm.important} · ${zh ? '潜力客户' : 'potential'} ${m.rfm.potential} / ${m.rfm.buyers}`);
  if (m.ads) lines.push('', ...renderAds(m.ads, zh));
  return lines.join('\n') + '\n';
}

/** The 推广 day: the shop's spend, ROI and profit after ads, then one line per product. */
function renderAds(ads: AdMetrics, zh: boolean): string[] {
  const money = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2));
  const ratio = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2));
  const lines = [
    `${ads.day} ${zh ? '推广' : 'ads'}: ${zh ? '花费' : 'spend'} ${money(ads.spend)}  ROI ${ratio(ads.roi)}  ${zh ? '佣金' : 'commission'} ${money(ads.commission)}  ${zh ? '扣除推广后利润' : 'profit after ads'} ${money(ads.profitAfterAds)}`,
  ];
  for (const p of ads.products)
    lines.push(
      `  ${p.productId}  ${zh ? '花费' : 'spend'} ${money(p.spend)}  ROI ${ratio(p.roi)} / ${zh ? '保本' : 'break-even'} ${ratio(p.breakEvenRoi)}  ${zh ? '每单推广' : 'ads/order'} ${money(p.adCostPerOrder)}  ${zh ? '每单佣金' : 'commission/order'} ${money(p.commissionPerOrder)}  ${zh ? '每单利润' : 'profit/order'} ${money(p.profitPerOrder)}`,
    );
  return lines;
}
