// Rows of a recognised export → orders, order lines, products or stats, and the rows rejected with
// why. Pure and synchronous per row; `yieldEvery` lets the popup's worker report progress.
import type { DailyStat, Order, OrderLine, Product, ProductStat } from '../../schemas/shop';
import { DailyStat as DailyStatSchema, Product as ProductSchema, ProductStat as ProductStatSchema } from '../../schemas/shop';
import { InputError } from '../../tables/errors';
import type { Table } from '../../tables/read';
import { chinaDay, parseChinaTime } from '../time';
import { afterSale, cellNumber, cellText, orderStatus } from './cells';
import { addressProblem, buyerKey, phoneProblem } from './receiver';
import { detectSource, type ImportKind, type Source, type SourcePlatform } from './sources';

/** What an order row says about its order; merged into what is stored (lib/db/write.ts). */
export type OrderPatch = Partial<Omit<Order, 'seenAt'>> & Pick<Order, 'id' | 'platform'>;
/** A line before the order's time and status are copied onto it. */
export type LinePatch = Omit<OrderLine, 'paidAt' | 'status'>;

export interface Rejected {
  file: string;
  row: number;
  column?: string;
  reason: string;
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
  rejected: Rejected[];
}

export interface ParseOptions {
  /** Called every `yieldEvery` rows (default 5000) and awaited: a chance to report progress and yield. */
  progress?: (done: number, total: number) => void | Promise<void>;
  yieldEvery?: number;
}

class RowError extends Error {
  constructor(
    readonly column: string | undefined,
    reason: string,
  ) {
    super(reason);
  }
}

export async function parseImport(table: Table, options: ParseOptions = {}): Promise<ParsedImport> {
  const detected = detectSource(table.headers);
  if (!detected)
    throw new InputError('not a recognised export: no order (订单编号/主订单编号 + 订单状态), product (商品ID + 库存) or stats (商品ID/日期 + 访客数 + 支付金额) headers', {
      file: table.file,
    });
  const { source, columns } = detected;
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
    rejected: [],
  };
  const has = (field: string) => columns[field] !== undefined;
  const cell = (cells: Record<string, string>, field: string) => (has(field) ? cells[columns[field]!] : undefined);

  const time = (cells: Record<string, string>, field: string, required = false): number | undefined => {
    const raw = cell(cells, field);
    const t = parseChinaTime(raw ?? '');
    if (t === undefined && required && has(field)) throw new RowError(columns[field], 'is empty');
    if (t !== undefined && Number.isNaN(t)) throw new RowError(columns[field], `"${raw}" is not a date and time`);
    return t;
  };
  const number = (cells: Record<string, string>, field: string, { integer = false } = {}): number | undefined => {
    const raw = cell(cells, field);
    const n = cellNumber(raw);
    if (n === undefined) return undefined;
    if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) throw new RowError(columns[field], `"${raw}" is not ${integer ? 'a whole number' : 'an amount'} of at least 0`);
    return n;
  };
  const text = (cells: Record<string, string>, field: string) => cellText(cell(cells, field));
  const required = (cells: Record<string, string>, field: string) => {
    const value = text(cells, field);
    if (value === undefined) throw new RowError(columns[field], 'is empty');
    return value;
  };

  // 生意参谋 files are one day each; the day is in a title row when there is no 统计日期 column.
  let fileDay: string | undefined;
  if (source.id === 'sycm-products' && !has('day')) {
    const dates = (table.preamble ?? []).join(' ').match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    if (!dates.length) throw new InputError('no 统计日期 column and no 统计时间 line above the header', { file: table.file });
    if (new Set(dates).size > 1) throw new InputError(`covers ${dates[0]} ~ ${dates.at(-1)}: download one day at a time (统计时间 选择"日")`, { file: table.file });
    fileDay = dates[0];
  }
  const day = (cells: Record<string, string>) => {
    if (fileDay) return fileDay;
    const t = time(cells, 'day', true);
    return chinaDay(t!);
  };

  const orders = new Map<string, OrderPatch>();
  const lineCount = new Map<string, number>();
  const itemRows = source.kind === 'orders' && (has('itemQty') || (source.platform === 'douyin' && has('qty')));
  const platform = source.platform === 'douyin' ? 'douyin' : 'taobao';

  const mapOrderRow = (cells: Record<string, string>) => {
    const id = required(cells, 'id');
    const statusRaw = cell(cells, 'status');
    const status = orderStatus(statusRaw, platform);
    if (!status) throw new RowError(columns.status, `unknown order status "${cellText(statusRaw) ?? ''}"`);
    const patch: OrderPatch = { id, platform, status };
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
    if (amount !== undefined) patch.amount = amount;
    const refundAmount = number(cells, 'refundAmount');
    if (refundAmount) patch.refundAmount = refundAmount;
    if (has('afterSale') || has('refundStatus')) patch.afterSale = afterSale(cell(cells, has('afterSale') ? 'afterSale' : 'refundStatus'));
    if (!patch.afterSale && refundAmount) patch.afterSale = 'refunded';
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

    const previous = orders.get(id);
    // Item rows of one order repeat its order-level cells: the first row's stand, the amounts add up.
    const merged: OrderPatch = previous ? { ...patch, ...previous } : patch;
    if (previous && patch.abnormal && !previous.abnormal) merged.abnormal = patch.abnormal;
    orders.set(id, merged);

    const title = text(cells, 'title') ?? '';
    if (itemRows) {
      const qty = number(cells, source.platform === 'douyin' ? 'qty' : 'itemQty', { integer: true }) ?? 0;
      const price = number(cells, 'itemPrice');
      const lineAmount = number(cells, 'itemAmount') ?? (price !== undefined ? Math.round(price * qty * 100) / 100 : 0);
      const n = (lineCount.get(id) ?? 0) + 1;
      lineCount.set(id, n);
      const line: LinePatch = { orderId: id, lineId: text(cells, 'lineId') ?? String(n), title, qty, amount: lineAmount };
      const productId = text(cells, 'productId');
      if (productId) line.productId = productId;
      const sku = text(cells, 'sku');
      if (sku) line.sku = sku;
      result.lines.push(line);
      // Item reports without times (宝贝报表) do not know what the order cost in the end.
      if (!has('amount') && has('createdAt')) merged.amount = Math.round(((previous?.amount ?? 0) + lineAmount) * 100) / 100;
    } else if (has('orderQty') || has('title')) {
      const qty = number(cells, 'orderQty', { integer: true }) ?? 1;
      const line: LinePatch = { orderId: id, lineId: '1', title, qty, amount: amount ?? 0, derived: true };
      const sku = text(cells, 'sku');
      if (sku) line.sku = sku;
      result.lines.push(line);
    }
  };

  const mapProductRow = (cells: Record<string, string>) => {
    const product: Record<string, unknown> = { id: required(cells, 'id'), title: text(cells, 'title') ?? '', stock: number(cells, 'stock', { integer: true }) };
    if (product.stock === undefined) throw new RowError(columns.stock, 'is empty');
    for (const field of ['price', 'cost', 'replenishDays'] as const) {
      const value = number(cells, field);
      if (value !== undefined) product[field] = value;
    }
    const sku = text(cells, 'sku');
    if (sku) product.sku = sku;
    result.products.push(ProductSchema.parse(product));
  };

  const mapStatRow = (cells: Record<string, string>) => {
    const counts = {
      uv: number(cells, 'uv') ?? 0,
      pv: number(cells, 'pv'),
      cartUsers: number(cells, 'cartUsers'),
      buyers: number(cells, 'buyers') ?? 0,
      gmv: number(cells, 'gmv') ?? 0,
    };
    if (source.id === 'sycm-products') {
      const stat = { day: day(cells), productId: required(cells, 'productId'), title: text(cells, 'title'), units: number(cells, 'units'), ...counts };
      result.productStats.push(ProductStatSchema.parse(dropUndefined(stat)));
    } else {
      result.daily.push(DailyStatSchema.parse(dropUndefined({ day: day(cells), ...counts })));
    }
  };

  const map = source.kind === 'orders' ? mapOrderRow : source.kind === 'products' ? mapProductRow : mapStatRow;
  const every = options.yieldEvery ?? 5000;
  for (let i = 0; i < table.rows.length; i++) {
    if (options.progress && i % every === 0) await options.progress(i, table.rows.length);
    const { line, cells } = table.rows[i]!;
    // Summary rows (合计/总计) close some reports.
    if (Object.values(cells).some((c) => /^(合计|总计)[:：]?$/.test(c.trim()))) continue;
    try {
      map(cells);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      result.rejected.push({ file: table.file, row: line, column: error.column, reason: error.message });
    }
  }
  await options.progress?.(table.rows.length, table.rows.length);
  result.orders = [...orders.values()];
  return result;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

