// The exports sellers really have, recognised by their headers. Each source names the columns it
// reads (every header a version of the export has used) and the ones that identify it. Detection
// tries the most specific sources first, so a 生意参谋 sheet (商品ID + 访客数) is not taken for a
// product sheet (商品ID + 库存).
import type { Localized } from '../../schemas/common';
import { matchColumns } from '../../listing/from-table';

export type ImportKind = 'orders' | 'products' | 'stats';
export type SourcePlatform = 'taobao' | 'douyin';

export interface Source<F extends string = string> {
  id: string;
  kind: ImportKind;
  platform?: SourcePlatform;
  label: Localized;
  columns: Record<F, readonly string[]>;
  /** Fields that must all be found for the headers to be this source. */
  identify: readonly NoInfer<F>[];
  /** Which line is the header, for exports with title rows above it. */
  headerRow?: (cells: string[]) => boolean;
}

const source = <F extends string>(s: Source<F>) => s;

// 抖店 → 订单管理 → 批量导出: one row per 子订单, UTF-8 with BOM, cells prefixed with a tab so Excel keeps
// long numbers as text, `-`/`--` for empty.
export const doudianOrders = source({
  id: 'doudian-orders',
  kind: 'orders',
  platform: 'douyin',
  label: { zh: '抖店订单', en: 'Douyin orders' },
  columns: {
    id: ['主订单编号'],
    lineId: ['子订单编号'],
    productId: ['商品ID', '商品id'],
    title: ['选购商品', '商品名称'],
    sku: ['商家编码', '商品编码', 'SKU编码'],
    qty: ['商品数量'],
    itemAmount: ['订单应付金额', '商品实付金额', '实付金额'],
    createdAt: ['订单提交时间', '下单时间'],
    paidAt: ['支付完成时间', '支付时间'],
    shippedAt: ['发货时间'],
    status: ['订单状态'],
    afterSale: ['售后状态'],
    buyer: ['用户昵称', '买家昵称'],
    receiver: ['收件人', '收件人姓名'],
    phone: ['收件人手机号', '收件人电话'],
    province: ['省'],
    city: ['市'],
    district: ['区'],
    address: ['详细地址'],
    trackingNo: ['快递单号', '运单号'],
    trackingAt: ['物流更新时间', '最新物流时间'],
    refundAmount: ['退款金额'],
  },
  identify: ['id', 'status', 'createdAt', 'qty'],
});

// 千牛 → 已卖出的宝贝 → 批量导出: the 订单报表 (one row per order; legacy CSV in GBK with ="…" ids and
// trailing spaces in headers, or XLSX) and the 宝贝报表/宝贝销售明细 (one row per item). Both are read
// by this one source: a row with 购买数量 is an item, a row with 宝贝总数量 is a whole order.
export const qianniuOrders = source({
  id: 'qianniu-orders',
  kind: 'orders',
  platform: 'taobao',
  label: { zh: '千牛订单', en: 'Taobao orders' },
  columns: {
    id: ['订单编号', '主订单编号'],
    lineId: ['子订单编号'],
    productId: ['商品ID', '宝贝ID', '商品id'],
    title: ['宝贝标题', '商品标题', '标题'],
    sku: ['商家编码', '外部系统编号'],
    itemQty: ['购买数量'],
    orderQty: ['宝贝总数量'],
    itemAmount: ['商品实付金额', '子订单实付金额'],
    itemPrice: ['价格', '商品价格', '单价'],
    amount: ['买家实际支付金额', '买家实付金额', '实付金额'],
    createdAt: ['订单创建时间', '下单时间', '创建时间'],
    paidAt: ['订单付款时间', '付款时间', '支付时间'],
    shippedAt: ['发货时间'],
    status: ['订单状态'],
    refundStatus: ['退款状态', '售后状态'],
    buyer: ['买家会员名', '买家昵称'],
    receiver: ['收货人姓名', '收货人'],
    phone: ['联系手机', '手机'],
    landline: ['联系电话'],
    address: ['收货地址'],
    trackingNo: ['物流单号', '运单号'],
    trackingAt: ['物流更新时间', '最新物流时间'],
    refundAmount: ['退款金额'],
  },
  identify: ['id', 'status'],
});

// 生意参谋 → 品类 → 商品排行 → 下载: title rows, then the header on row 5.
export const sycmProducts = source({
  id: 'sycm-products',
  kind: 'stats',
  platform: 'taobao',
  label: { zh: '生意参谋商品数据', en: 'Sycm product stats' },
  columns: {
    day: ['统计日期', '日期'],
    productId: ['商品ID', '商品id'],
    title: ['商品名称', '商品标题'],
    uv: ['商品访客数', '访客数'],
    pv: ['商品浏览量', '浏览量'],
    cartUsers: ['商品加购人数', '加购人数'],
    buyers: ['支付买家数'],
    units: ['支付件数'],
    gmv: ['支付金额'],
  },
  identify: ['productId', 'uv', 'gmv'],
  headerRow: (cells) => cells.includes('商品ID') || cells.includes('商品id'),
});

// A daily traffic sheet (生意参谋 首页/流量 daily download, or the seller's own): one row per day.
export const dailyStats = source({
  id: 'daily-stats',
  kind: 'stats',
  label: { zh: '每日流量', en: 'Daily traffic' },
  columns: {
    day: ['日期', '统计日期'],
    uv: ['访客数', '商品访客数'],
    pv: ['浏览量'],
    cartUsers: ['加购人数'],
    buyers: ['支付买家数'],
    gmv: ['支付金额'],
  },
  identify: ['day', 'uv', 'gmv'],
});

// The products/inventory sheet (千牛 商品 export, 抖店 商品 export, or the seller's stock sheet).
export const productSheet = source({
  id: 'products',
  kind: 'products',
  label: { zh: '商品库存', en: 'Products & stock' },
  columns: {
    id: ['商品ID', '宝贝ID', '商品id', '宝贝id'],
    title: ['商品名称', '标题', '宝贝标题', '商品标题'],
    sku: ['商家编码', 'SKU', 'sku', '货号'],
    stock: ['库存', '库存数量', '可售库存', '总库存'],
    price: ['售价', '价格', '一口价'],
    cost: ['成本价', '成本'],
    replenishDays: ['补货周期', '补货天数'],
    platform: ['平台'],
  },
  identify: ['id', 'stock'],
});

export const SOURCES: readonly Source[] = [sycmProducts, doudianOrders, qianniuOrders, dailyStats, productSheet];

/** The source whose identifying columns are all among `headers`, with the header found for each field. */
export function detectSource(headers: readonly string[]): { source: Source; columns: Partial<Record<string, string>> } | undefined {
  for (const s of SOURCES) {
    const columns = matchColumns(headers, s.columns);
    if (s.identify.every((f) => columns[f] !== undefined)) return { source: s, columns };
  }
  return undefined;
}

/** Any line that could be a header: for files whose header is not the first line. */
export const anyHeaderRow = (cells: string[]): boolean => detectSource(cells) !== undefined;
