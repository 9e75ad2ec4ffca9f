// Rows of a recognised export → orders, order lines, products, stats, ad days or commissions, and the
// rows rejected with why. Pure and synchronous per row; `yieldEvery` lets the popup's worker report progress.
import type { z } from 'zod';
import type { AdStat, Commission, DailyStat, Order, OrderLine, Product, ProductStat, TrafficSource } from '../../schemas/shop';
import {
  AdStat as AdStatSchema,
  Commission as CommissionSchema,
  DailyStat as DailyStatSchema,
  Product as ProductSchema,
  ProductStat as ProductStatSchema,
  TrafficSource as TrafficSourceSchema,
} from '../../schemas/shop';
import { fenToYuan, yuanToFen } from '../../pricing/money';
import { CELL_EMPTY, InputError } from '../../tables/errors';
import type { Localized } from '../../schemas/common';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Table } from '../../tables/read';
import { chinaDay, parseChinaTime } from '../time';
import { afterSale, arbitrating, cellNumber, cellText, orderStatus } from './cells';
import { isBlank } from '../../tables/blank';
import { shipPromise } from './promise';
import { exactId } from '../../tables/ids';
import { addressProblem, buyerKey, phoneProblem } from './receiver';
import { detectSource, type ImportKind, type Source, type SourcePlatform } from './sources';
import { dropUndefined } from '../objects';

/** What an order row says about its order; merged into what is stored (lib/db/write.ts). */
export type OrderPatch = Partial<Omit<Order, 'seenAt'>> & Pick<Order, 'id' | 'platform'>;
/** A line before the order's time and status are copied onto it. */
export type LinePatch = Omit<OrderLine, 'paidAt' | 'status'>;

export interface Rejected {
  file: string;
  row: number;
  column?: string;
  reason: Localized;
}

export interface ParsedImport {
  file: string;
  source: Pick<Source, 'id' | 'kind' | 'platform' | 'label'>;
  kind: ImportKind;
  platform?: SourcePlatform;
  rows: number;
  orders: OrderPatch[];
  lines: LinePatch[];
  products: Product[];
  daily: DailyStat[];
  productStats: ProductStat[];
  /** One per product and day: the report's rows for it summed. */
  adStats: AdStat[];
  /** One per order and product. */
  commissions: Commission[];
  /** One per 流量来源 and day. */
  trafficSources: TrafficSource[];
  rejected: Rejected[];
  /** Rows taken with something left unread (an after-sale text not in our tables), or skipped on purpose. */
  notices: Rejected[];
}

export interface ParseOptions {
  /** Called every `yieldEvery` rows (default 5000) and awaited: a chance to report progress and yield. */
  progress?: (done: number, total: number) => void | Promise<void>;
  yieldEvery?: number;
}

class RowError extends Error {
  constructor(
    readonly column: string | undefined,
    readonly reason: Localized,
  ) {
    super(reason.en);
  }
}

export async function parseImport(table: Table, options: ParseOptions = {}): Promise<ParsedImport> {
  const detected = detectSource(table.headers);
  if (!detected)
    throw new InputError(
      {
        en: 'not a recognised export: no order (订单编号/主订单编号 + 订单状态), product (商品ID + 库存), stats (商品ID/日期 + 访客数 + 支付金额), ad report (日期 + 花费 + 总成交金额 + 总成交笔数) or commission (订单id + 作者账号 + 佣金率) headers',
        zh: '无法识别的导出文件：表头既不是订单（订单编号/主订单编号 + 订单状态）、商品（商品ID + 库存）、数据（商品ID/日期 + 访客数 + 支付金额）、推广报表（日期 + 花费 + 总成交金额 + 总成交笔数），也不是佣金（订单id + 作者账号 + 佣金率）',
      },
      { file: table.file },
    );
  const { source, columns } = detected;
  // Spend that names no product cannot be set against a product's margin.
  if (source.kind === 'ads' && columns.productId === undefined)
    throw new InputError(
      {
        en: 'no 主体ID/宝贝ID/商品ID column: download the report by 宝贝 (万相台 报表 → 货品/主体 维度, 直通车 → 宝贝报表) so spend can be matched to products',
        zh: '没有主体ID/宝贝ID/商品ID 列：请按宝贝下载报表（万相台 报表 → 货品/主体 维度，直通车 → 宝贝报表），花费才能对应到商品',
      },
      { file: table.file },
    );
  // Commissions are judged by the day they were paid.
  if (source.kind === 'commissions' && columns.paidAt === undefined) throw new InputError({ en: 'no 付款时间 column: export the 联盟 orders with their 付款时间', zh: '没有付款时间列：导出联盟订单时请带上付款时间' }, { file: table.file });
  const result: ParsedImport = {
    file: table.file,
    source: { id: source.id, kind: source.kind, platform: source.platform, label: source.label },
    kind: source.kind,
    platform: source.platform,
    rows: table.rows.length,
    orders: [],
    lines: [],
    products: [],
    daily: [],
    productStats: [],
    adStats: [],
    commissions: [],
    trafficSources: [],
    rejected: [],
    notices: [],
  };
  const has = (field: string) => columns[field] !== undefined;
  const cell = (cells: Record<string, string>, field: string) => (has(field) ? cells[columns[field]!] : undefined);

  // Absent columns cost nothing: most fields exist in only some exports.
  const time = (cells: Record<string, string>, field: string, required = false): number | undefined => {
    if (!has(field)) return undefined;
    const raw = cell(cells, field);
    const t = parseChinaTime(raw ?? '');
    if (t === undefined && required && has(field)) throw new RowError(columns[field], CELL_EMPTY);
    if (t !== undefined && Number.isNaN(t)) throw new RowError(columns[field], { en: `"${raw}" is not a date and time`, zh: `“${raw}”不是日期时间` });
    return t;
  };
  const number = (cells: Record<string, string>, field: string, { integer = false, positive = false } = {}): number | undefined => {
    if (!has(field)) return undefined;
    const raw = cell(cells, field);
    const n = cellNumber(raw);
    if (n === undefined) return undefined;
    const what = integer ? { en: 'a whole number', zh: '整数' } : { en: 'a number', zh: '数字' };
    if (Number.isNaN(n)) throw new RowError(columns[field], { en: `"${raw}" is not ${what.en} written as 1,299.00`, zh: `“${raw}”不是 1,299.00 这样写的${what.zh}` });
    if (n < 0 || (positive && n === 0) || (integer && !Number.isInteger(n)))
      throw new RowError(columns[field], { en: `"${raw}" is not ${what.en} ${positive ? 'above' : 'of at least'} 0`, zh: `“${raw}”不是${positive ? '大于' : '不小于'} 0 的${what.zh}` });
    const max = integer ? MAX_COUNT : MAX_AMOUNT;
    if (n > max) throw new RowError(columns[field], { en: `"${raw}" is more than ${max.toLocaleString('en')}: not a figure an export holds`, zh: `“${raw}”超过 ${max.toLocaleString('en')}：不会是导出文件里的数字` });
    return n;
  };
  const text = (cells: Record<string, string>, field: string) => (has(field) ? cellText(cells[columns[field]!]) : undefined);
  const required = (cells: Record<string, string>, field: string) => {
    const value = text(cells, field);
    if (value === undefined) throw new RowError(columns[field], CELL_EMPTY);
    return value;
  };
  // Ids are exact strings or the row is refused (tables/ids.ts): never an id rounded on the way.
  let numbers: Table['rows'][number]['numbers'];
  const id = (cells: Record<string, string>, field: string) => {
    const raw = cell(cells, field);
    // `-`, `--` and `null` are how exports write an empty cell: taken as an id, every such row would merge into one order "-".
    if (isBlank(raw)) throw new RowError(columns[field], CELL_EMPTY);
    const found = exactId(raw, numbers?.[columns[field]!]);
    if ('error' in found) throw new RowError(columns[field], found.error);
    return found.id;
  };
  const optionalId = (cells: Record<string, string>, field: string) => (text(cells, field) === undefined ? undefined : id(cells, field));
  let line = 0;
  const notice = (field: string, reason: Localized) => result.notices.push({ file: table.file, row: line, column: columns[field], reason });

  // 生意参谋 files are one day each; the day is in a title row when there is no 统计日期 column.
  let fileDay: string | undefined;
  if (source.id === 'sycm-products' && !has('day')) {
    const dates = (table.preamble ?? []).join(' ').match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    if (!dates.length) throw new InputError({ en: 'no 统计日期 column and no 统计时间 line above the header', zh: '没有统计日期列，表头上方也没有统计时间行' }, { file: table.file });
    if (new Set(dates).size > 1)
      throw new InputError({ en: `covers ${dates[0]} ~ ${dates.at(-1)}: download one day at a time (统计时间 选择"日")`, zh: `覆盖 ${dates[0]} ~ ${dates.at(-1)}：请一天一天下载（统计时间 选择“日”）` }, { file: table.file });
    fileDay = dates[0];
  }
  const day = (cells: Record<string, string>) => {
    if (fileDay) return fileDay;
    // 万相台 writes days as 20261118 as well as 2026-11-18.
    const raw = cell(cells, 'day')?.trim();
    if (raw && /^\d{8}$/.test(raw)) cells = { ...cells, [columns.day!]: `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6)}` };
    const t = time(cells, 'day', true);
    return chinaDay(t!);
  };

  const orders = new Map<string, OrderPatch>();
  const lineCount = new Map<string, number>();
  const itemRows = source.kind === 'orders' && (has('itemQty') || (source.platform === 'douyin' && has('qty')));
  const platform = source.platform === 'douyin' ? 'douyin' : 'taobao';

  const promiseColumns = has('promisedAt') || has('bookedAt') || has('orderType') || has('presale');
  const mapOrderRow = (cells: Record<string, string>) => {
    const orderId = id(cells, 'id');
    const patch: OrderPatch = { id: orderId, platform };
    if (has('status')) {
      const statusRaw = cell(cells, 'status');
      const status = orderStatus(statusRaw, platform);
      if (!status) throw new RowError(columns.status, { en: `unknown order status "${cellText(statusRaw) ?? ''}"`, zh: `无法识别的订单状态“${cellText(statusRaw) ?? ''}”` });
      patch.status = status;
    }
    const createdAt = time(cells, 'createdAt', true);
    if (createdAt !== undefined) patch.createdAt = createdAt;
    const paidAt = time(cells, 'paidAt');
    if (paidAt !== undefined) patch.paidAt = paidAt;
    const shippedAt = time(cells, 'shippedAt');
    if (shippedAt !== undefined) patch.shippedAt = shippedAt;
    const trackingAt = time(cells, 'trackingAt');
    if (trackingAt !== undefined) patch.trackingAt = trackingAt;
    const trackingNo = text(cells, 'trackingNo');
    if (trackingNo) patch.trackingNo = trackingNo;
    const amount = number(cells, 'amount');
    const refundAmount = number(cells, 'refundAmount');
    if (refundAmount) patch.refundAmount = refundAmount;

    if (has('afterSale') || has('refundStatus')) {
      const field = has('afterSale') ? 'afterSale' : 'refundStatus';
      let state = afterSale(cell(cells, field));
      if (state === undefined)
        notice(field, { en: `after-sale status "${text(cells, field)}" is not one we know: left unread (the order's other columns were taken)`, zh: `售后状态“${text(cells, field)}”无法识别：未读取（该订单的其他列已导入）` });
      else {
        // 抖店 售后: an exchange that is done is not a refund; 仲裁 means the platform is judging.
        if (state === 'refunded' && /换货/.test(text(cells, 'afterSaleType') ?? '')) state = 'exchange';
        if (has('arbitration')) {
          const judging = arbitrating(cell(cells, 'arbitration'));
          if (judging === undefined) notice('arbitration', { en: `仲裁状态 "${text(cells, 'arbitration')}" is not one we know: left unread`, zh: `仲裁状态“${text(cells, 'arbitration')}”无法识别：未读取` });
          else if (judging) state = 'dispute';
        }
        patch.afterSale = state;
        // The 售后/退款 exports know each request; an order export's 售后状态 column only sums them up.
        if (source.id === 'doudian-aftersale' || source.id === 'qianniu-refunds') patch.afterSaleFromExport = true;
      }
    }
    if (!patch.afterSale && !has('afterSale') && !has('refundStatus') && refundAmount) patch.afterSale = 'refunded';
    const afterSaleAt = time(cells, 'afterSaleAt');
    if (afterSaleAt !== undefined && patch.afterSale && patch.afterSale !== 'none') patch.afterSaleAt = afterSaleAt;
    const afterSaleDueAt = time(cells, 'afterSaleDueAt');
    if (afterSaleDueAt !== undefined && (patch.afterSale === 'refund-pending' || patch.afterSale === 'dispute')) patch.afterSaleDueAt = afterSaleDueAt;
    if (has('shipLogistics') && /待揽收|未揽收|等待揽收/.test(text(cells, 'shipLogistics') ?? '')) patch.awaitingPickup = true;

    if (promiseColumns) {
      const promise = shipPromise({ promisedAt: time(cells, 'promisedAt'), bookedAt: time(cells, 'bookedAt'), orderType: text(cells, 'orderType'), presale: text(cells, 'presale'), paidAt });
      if (promise) Object.assign(patch, promise);
    }

    const buyer = buyerKey(platform, ...(has('buyer') && text(cells, 'buyer') ? [text(cells, 'buyer')] : [text(cells, 'receiver'), text(cells, 'phone')]));
    if (buyer) patch.buyer = buyer;
    if (has('phone') || has('landline')) {
      const problem = phoneProblem(cell(cells, 'phone'), cell(cells, 'landline'));
      if (problem) patch.abnormal = problem;
    }
    if (!patch.abnormal && has('address')) {
      const problem = addressProblem([cell(cells, 'province'), cell(cells, 'city'), cell(cells, 'district')], cell(cells, 'address'));
      if (problem) patch.abnormal = problem;
    }

    const title = text(cells, 'title') ?? '';
    let lineAmount: number | undefined;
    if (itemRows) {
      const qty = number(cells, source.platform === 'douyin' ? 'qty' : 'itemQty', { integer: true }) ?? 0;
      const price = number(cells, 'itemPrice');
      // An item report's 买家实付金额 is the item's own; the order's amount is the sum of its items.
      lineAmount = number(cells, 'itemAmount') ?? amount ?? (price !== undefined ? Math.round(price * qty * 100) / 100 : 0);
      const n = (lineCount.get(orderId) ?? 0) + 1;
      lineCount.set(orderId, n);
      const line: LinePatch = { orderId, lineId: optionalId(cells, 'lineId') ?? String(n), title, qty, amount: lineAmount };
      const productId = optionalId(cells, 'productId');
      if (productId) line.productId = productId;
      const sku = text(cells, 'sku');
      if (sku) line.sku = sku;
      result.lines.push(line);
    } else {
      if (amount !== undefined) patch.amount = amount;
      if (has('orderQty') || has('title')) {
        const qty = number(cells, 'orderQty', { integer: true }) ?? 1;
        const line: LinePatch = { orderId, lineId: '1', title, qty, amount: amount ?? 0, derived: true };
        const sku = text(cells, 'sku');
        if (sku) line.sku = sku;
        result.lines.push(line);
      }
    }

    const previous = orders.get(orderId);
    // Rows of one order (its items, or its after-sale requests) repeat its order-level cells: the first
    // row's stand, item amounts add up, and the after-sale that needs the seller soonest wins.
    const merged: OrderPatch = previous ? { ...patch, ...previous } : patch;
    if (previous && patch.abnormal && !previous.abnormal) merged.abnormal = patch.abnormal;
    if (previous && patch.afterSale && moreUrgent(patch, previous)) {
      merged.afterSaleFromExport = patch.afterSaleFromExport;
      merged.afterSale = patch.afterSale;
      merged.afterSaleAt = patch.afterSaleAt;
      merged.afterSaleDueAt = patch.afterSaleDueAt;
    }
    if (previous && patch.refundAmount) merged.refundAmount = Math.round(((previous.refundAmount ?? 0) + patch.refundAmount) * 100) / 100;
    if (itemRows && has('createdAt')) merged.amount = Math.round(((previous?.amount ?? 0) + (lineAmount ?? 0)) * 100) / 100;
    orders.set(orderId, merged);
  };

  const mapProductRow = (cells: Record<string, string>) => {
    const product: Record<string, unknown> = { id: id(cells, 'id'), title: text(cells, 'title') ?? '', stock: number(cells, 'stock', { integer: true }) };
    if (product.stock === undefined) throw new RowError(columns.stock, CELL_EMPTY);
    for (const field of ['price', 'cost', 'replenishDays'] as const) {
      // 补货周期 0 would make the safety stock of any product 20% of nothing: the alerts need whole days.
      const value = number(cells, field, { positive: field === 'replenishDays' });
      if (value !== undefined) product[field] = value;
    }
    const sku = text(cells, 'sku');
    if (sku) product.sku = sku;
    result.products.push(checked(ProductSchema, product, columns));
  };

  const mapStatRow = (cells: Record<string, string>) => {
    const counts = {
      uv: number(cells, 'uv') ?? 0,
      pv: number(cells, 'pv'),
      cartUsers: number(cells, 'cartUsers'),
      buyers: number(cells, 'buyers') ?? 0,
      gmv: number(cells, 'gmv') ?? 0,
    };
    if (source.id === 'sycm-traffic') {
      // A 合计/汇总 row is the sum of the channels above it, not a channel.
      if (/^(合计|汇总|总计|全部)$/.test(text(cells, 'channel') ?? '')) return;
      result.trafficSources.push(checked(TrafficSourceSchema, trafficRow(cells, counts), columns));
    } else if (source.id === 'sycm-products') {
      // 生意参谋 writes `-` where a row is not one product.
      if (text(cells, 'productId') === undefined) {
        skippedStats++;
        return;
      }
      const stat = { day: day(cells), productId: id(cells, 'productId'), title: text(cells, 'title'), units: number(cells, 'units'), ...counts };
      result.productStats.push(checked(ProductStatSchema, dropUndefined(stat), columns));
    } else {
      result.daily.push(checked(DailyStatSchema, dropUndefined({ day: day(cells), ...counts }), columns));
    }
  };

  // A channel is paid when the sheet says so (一级来源 付费流量), names an ad product (效果广告, 直通车/关键词推广,
  // 万相台, 精准人群/全站推广, 引力魔方 — the channels of ids 62017804829 and 70631352105) or shows spend.
  const PAID = /付费|广告|直通车|关键词推广|万相台|人群推广|全站推广|引力魔方/;
  const trafficRow = (cells: Record<string, string>, counts: { uv: number; buyers: number; gmv: number }) => {
    const spend = number(cells, 'spend');
    const roi = number(cells, 'roi');
    // 投产 = 支付金额 ÷ 花费: a sheet with 投产 but no 支付金额 still gives the money the channel brought.
    const gmv = has('gmv') ? counts.gmv : spend !== undefined && roi !== undefined ? fenToYuan(Math.round(yuanToFen(spend) * roi)) : undefined;
    const channel = required(cells, 'channel');
    const paid = PAID.test(`${text(cells, 'group') ?? ''} ${channel ?? ''}`) || (spend ?? 0) > 0;
    return dropUndefined({ day: day(cells), channel, paid, uv: counts.uv, buyers: has('buyers') ? counts.buyers : undefined, gmv, spend });
  };

  // Ad rows of one product and day (its plans, keywords, crowds) add up, in 分.
  const adDays = new Map<string, { stat: Record<string, unknown>; spend: number; gmv: number }>();
  const mapAdRow = (cells: Record<string, string>) => {
    // Summary rows: 全部/汇总 in the 日期 column, or neither a day nor a product (id 55193903745).
    const dayText = text(cells, 'day');
    const noProduct = text(cells, 'productId') === undefined;
    if ((dayText && /^(全部|汇总)$/.test(dayText)) || (dayText === undefined && noProduct)) return;
    // Spend of a day that names no product (a plan's own row) cannot be set against a margin.
    if (noProduct) {
      unmatchedSpend++;
      return;
    }
    const d = day(cells);
    const productId = id(cells, 'productId');
    const plan = optionalId(cells, 'plan');
    const counts = { impressions: number(cells, 'impressions', { integer: true }), clicks: number(cells, 'clicks', { integer: true }), orders: number(cells, 'orders', { integer: true }) ?? 0, carts: number(cells, 'carts', { integer: true }) };
    const spend = yuanToFen(number(cells, 'spend') ?? 0);
    const gmv = yuanToFen(number(cells, 'gmv') ?? 0);
    const key = `${d}|${productId}|${plan ?? ''}`;
    const previous = adDays.get(key);
    if (!previous) {
      adDays.set(key, { stat: dropUndefined({ day: d, productId, plan, title: text(cells, 'title'), ...counts }), spend, gmv });
      return;
    }
    previous.spend += spend;
    previous.gmv += gmv;
    for (const [field, n] of Object.entries(counts)) if (n !== undefined) previous.stat[field] = ((previous.stat[field] as number | undefined) ?? 0) + n;
  };

  // 联盟 rows of one order and product (its SKUs) add up.
  const commissionRows = new Map<string, Commission>();
  const mapCommissionRow = (cells: Record<string, string>) => {
    const status = text(cells, 'status') ?? '';
    const actual = number(cells, 'actual');
    const estimated = number(cells, 'estimated');
    const paidAt = time(cells, 'paidAt', true)!;
    // 实际佣金支出 is 0.00 until the order settles; a refunded or 失效 order pays none.
    const refunded = /退款|退货|失效|取消|关闭/.test(status);
    const settled = /结算/.test(status) || (actual ?? 0) > 0;
    const row = {
      orderId: id(cells, 'orderId'),
      productId: id(cells, 'productId'),
      day: chinaDay(paidAt),
      paidAt,
      author: text(cells, 'author'),
      amount: number(cells, 'amount') ?? 0,
      rate: number(cells, 'rate'),
      commission: refunded ? 0 : ((settled ? actual : estimated) ?? actual ?? 0),
      settled,
      refunded,
    };
    const commission = checked(CommissionSchema, dropUndefined(row), { ...columns, commission: columns.estimated });
    const key = `${commission.orderId}|${commission.productId}`;
    const previous = commissionRows.get(key);
    if (previous) {
      previous.amount = fenToYuan(yuanToFen(previous.amount) + yuanToFen(commission.amount));
      previous.commission = fenToYuan(yuanToFen(previous.commission) + yuanToFen(commission.commission));
    } else commissionRows.set(key, commission);
  };

  let skippedStats = 0;
  let unmatchedSpend = 0;
  const MAPPERS: Record<ImportKind, (cells: Record<string, string>) => void> = { orders: mapOrderRow, products: mapProductRow, stats: mapStatRow, ads: mapAdRow, commissions: mapCommissionRow };
  const map = MAPPERS[source.kind];
  const every = options.yieldEvery ?? 5000;
  for (let i = 0; i < table.rows.length; i++) {
    if (options.progress && i % every === 0) await options.progress(i, table.rows.length);
    const row = table.rows[i]!;
    const { cells } = row;
    line = row.line;
    numbers = row.numbers;
    // Summary rows (合计/总计) close some reports.
    if (Object.values(cells).some((c) => /^(合计|总计)[:：]?$/.test(c.trim()))) continue;
    try {
      map(cells);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      result.rejected.push({ file: table.file, row: line, column: error.column, reason: error.reason });
    }
  }
  if (skippedStats) result.notices.push({ file: table.file, row: 0, column: columns.productId, reason: { en: `${skippedStats} rows with 商品ID "-" skipped: they are not one product`, zh: `跳过了 ${skippedStats} 行商品ID为“-”的数据：它们不是某一个商品` } });
  if (unmatchedSpend) result.notices.push({ file: table.file, row: 0, column: columns.productId, reason: { en: `${unmatchedSpend} rows with no 主体ID/宝贝ID skipped: their spend is not matched to a product`, zh: `跳过了 ${unmatchedSpend} 行没有主体ID/宝贝ID的数据：其花费对应不到商品` } });
  await options.progress?.(table.rows.length, table.rows.length);
  result.orders = [...orders.values()];
  // Every summand passed its cell checks: the sums fit the schema by construction.
  for (const { stat, spend, gmv } of adDays.values()) result.adStats.push(AdStatSchema.parse({ ...stat, spend: fenToYuan(spend), gmv: fenToYuan(gmv) }));
  result.commissions = [...commissionRows.values()];
  return result;
}

/**
 * Bounds on what one cell can hold. Counts (库存, 件数, 访客数) are whole numbers up to 1e9; amounts
 * in 元 up to 1e10 (100亿, above any shop's day), so that sums over 100k rows stay exact in 分 (2^53 分
 * is 9e13 元). A 23-digit 库存 is a column mixed up, not stock.
 */
const MAX_COUNT = 1e9;
const MAX_AMOUNT = 1e10;

/** A record through its schema; what the schema refuses is the row's error, in the column of the field. */
function checked<T>(schema: z.ZodType<T>, value: unknown, columns: Partial<Record<string, string>>): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  // The refused row only: parsed again for zod's Chinese wording of the same first issue.
  const zh = schema.safeParse(value, { error: zhCN().localeError }).error?.issues[0]?.message ?? issue.message;
  throw new RowError(columns[field], { en: `${field} ${issue.message}`, zh });
}

const URGENCY: Record<string, number> = { dispute: 5, 'refund-pending': 4, 'buyer-turn': 3, refunded: 2, exchange: 1, none: 0 };

/** Whether `next`'s after-sale needs the seller before `current`'s (two pending: the earlier deadline). */
function moreUrgent(next: OrderPatch, current: OrderPatch): boolean {
  const a = URGENCY[next.afterSale ?? 'none']!, b = URGENCY[current.afterSale ?? 'none']!;
  if (a !== b) return a > b;
  return next.afterSaleDueAt !== undefined && (current.afterSaleDueAt === undefined || next.afterSaleDueAt < current.afterSaleDueAt);
}
