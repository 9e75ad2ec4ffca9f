// The exports sellers really have, recognised by their headers. Each source names the columns it
// reads (every header a version of the export has used) and the ones that identify it. Detection
// tries the most specific sources first, so a 生意参谋 sheet (商品ID + 访客数) is not taken for a
// product sheet (商品ID + 库存).
import type { Localized } from '../../schemas/common';
import { matchColumns } from '../../listing/from-table';

export type ImportKind = 'orders' | 'products' | 'stats' | 'ads' | 'commissions';
export type SourcePlatform = 'taobao' | 'douyin';

export interface Source<F extends string = string> {
  id: string;
  kind: ImportKind;
  platform?: SourcePlatform;
  label: Localized;
  columns: Record<F, readonly string[]>;
  /** Fields that must all be found for the headers to be this source. */
  identify: readonly NoInfer<F>[];
  /** Another set that identifies it too (a version of the export without one of `identify`'s columns). */
  identifyAlso?: readonly NoInfer<F>[];
  /** Which line is the header, for exports with title rows above it. */
  headerRow?: (cells: string[]) => boolean;
}

const source = <F extends string>(s: Source<F>) => s;

// 抖店 → 订单管理 → 批量导出: one row per 子订单, UTF-8 with BOM, cells prefixed with a tab so Excel keeps
// long numbers as text, `-`/`--` for empty. The export's 75 columns include the order's own promise
// (承诺发货时间, 预约发货时间, 订单类型) and on one layout a single 快递信息 column instead of 快递单号
// (ids 68603176596, 47180160648, 55055902293); receivers are masked (`##…`, `$$…$$`, virtual numbers).
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
    trackingNo: ['快递单号', '运单号', '快递信息'],
    // Only the captured order list (lib/sites/order-list.ts) has a tracking-update time; no export does.
    trackingAt: ['物流更新时间', '最新物流时间'],
    refundAmount: ['退款金额'],
    promisedAt: ['承诺发货时间'],
    bookedAt: ['预约发货时间'],
    orderType: ['订单类型'],
  },
  identify: ['id', 'status', 'createdAt', 'qty'],
});

// 抖店 → 售后 → 售后工作台 → 导出: one row per 售后单, with the platform's own deadline for the seller
// (自动处理截止时间) and 仲裁状态 (id 68603176596). It patches the orders it names.
export const doudianAfterSale = source({
  id: 'doudian-aftersale',
  kind: 'orders',
  platform: 'douyin',
  label: { zh: '抖店售后', en: 'Douyin after-sale' },
  columns: {
    id: ['订单号'],
    afterSaleId: ['售后单号'],
    afterSaleType: ['售后类型'],
    afterSale: ['售后状态'],
    afterSaleAt: ['售后申请时间'],
    afterSaleDueAt: ['自动处理截止时间'],
    arbitration: ['仲裁状态'],
    refundAmount: ['退商品金额（元）', '退商品金额(元)', '退款金额'],
    shipLogistics: ['发货物流状态'],
  },
  identify: ['id', 'afterSale', 'afterSaleAt'],
});

// 千牛 → 退款管理 → 导出: 订单编号, 退款状态, 售中或售后, 买家退款金额 (id 18020103415); the newer
// export adds the request time. It patches the orders it names.
export const qianniuRefunds = source({
  id: 'qianniu-refunds',
  kind: 'orders',
  platform: 'taobao',
  label: { zh: '千牛退款', en: 'Taobao refunds' },
  columns: {
    id: ['订单编号'],
    afterSale: ['退款状态'],
    phase: ['售中或售后'],
    refundAmount: ['买家退款金额', '退款金额'],
    afterSaleAt: ['退款的申请时间', '申请时间', '退款申请时间'],
    afterSaleDueAt: ['超时时间', '退款超时时间'],
  },
  identify: ['id', 'afterSale', 'phase'],
});

// 千牛 → 已卖出的宝贝 → 批量导出: the 订单报表 (one row per order; legacy CSV in GBK with ="…" ids and
// trailing spaces in headers, or XLSX; newer ones add 预售订单, 发货时间, 延迟发货自动赔付金额, id
// 12369233323) and the 宝贝报表 (one row per item: 子订单编号, 主订单编号, 商品标题, 商品价格, 购买数量,
// 商家编码, 买家应付货款, 买家实付金额, 订单状态, 退款状态 with `无退款申请`, 退款金额, 订单创建时间,
// 订单付款时间, 商品ID; ids 43249146549, 27333823660; XLSX cells may hold the ids as numbers). Both are
// read by this one source: a row with 购买数量 is an item, a row with 宝贝总数量 is a whole order.
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
    // 宝贝报表 rows are items: their 买家实付金额 is the item's, and the order's is their sum.
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
    // Only the captured order list (lib/sites/order-list.ts) has a tracking-update time; no export does.
    trackingAt: ['物流更新时间', '最新物流时间'],
    refundAmount: ['退款金额'],
    presale: ['预售订单'],
  },
  identify: ['id', 'status'],
  // A 宝贝报表 without 订单状态 still names its 主订单编号, 子订单编号 and 购买数量; its rows patch the orders
  // an order report creates.
  identifyAlso: ['id', 'lineId', 'itemQty'],
});

// 生意参谋 → 品类 → 商品排行 → 下载: a binary .xls (【生意参谋平台】商品_全部_<from>_<to>.xls) with four
// title rows, then the header on row 5; rows whose 商品ID is `-` are not one product (ids 58980719255,
// 44421088375) and are skipped.
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

// 阿里妈妈 万相台/直通车 → 报表 → 下载: one row per day and plan (or keyword, crowd, 主体), money in 元
// with thousands separators, a 合计 row at the end, dates as 2026-11-18 or 20261118 (ids 63390305308,
// 55193903745, 24936702733). The 货品/主体 views name the product (主体ID, 宝贝ID; ids 55748495831,
// 55170285970); a plan-only report does not, and is refused with what to download instead.
export const alimamaAds = source({
  id: 'alimama-ads',
  kind: 'ads',
  platform: 'taobao',
  label: { zh: '万相台/直通车推广报表', en: 'Alimama ad report' },
  columns: {
    day: ['日期', '统计日期'],
    productId: ['主体ID', '宝贝ID', '商品ID', '商品id', '主体id'],
    plan: ['计划ID', '计划id'],
    title: ['主体名称', '宝贝名称', '商品名称'],
    spend: ['花费'],
    impressions: ['展现量'],
    clicks: ['点击量'],
    gmv: ['总成交金额'],
    orders: ['总成交笔数'],
    carts: ['总购物车数'],
  },
  identify: ['day', 'spend', 'gmv', 'orders'],
});

// 抖店 → 精选联盟 → 订单明细 → 导出: one row per order and product sold through a 达人, ids with a trailing
// tab, 佣金率 as "32.00%", 作者账号 `-` for the shop's own sales; 实际佣金支出 stays 0.00 until the order
// settles (id 56410129369, 2026-06).
export const doudianCommissions = source({
  id: 'doudian-commissions',
  kind: 'commissions',
  platform: 'douyin',
  label: { zh: '抖店联盟佣金', en: 'Douyin affiliate commissions' },
  columns: {
    orderId: ['订单id', '订单ID'],
    productId: ['商品id', '商品ID'],
    author: ['作者账号', '达人昵称'],
    amount: ['支付金额'],
    rate: ['佣金率'],
    estimated: ['预估佣金支出'],
    actual: ['实际佣金支出'],
    status: ['订单状态'],
    paidAt: ['付款时间', '支付时间'],
  },
  identify: ['orderId', 'author', 'rate'],
});

// 生意参谋 → 流量 → 店铺来源 (流量来源) download or copy: one row per channel and day — 流量来源 (手淘搜索,
// 手淘推荐, 效果广告 …), 访客数, 支付买家数, 支付金额, and for the ad channels 花费 and 投产. Like the other
// 生意参谋 downloads, title rows come above the header (【生意参谋平台】无线店铺流量来源-<day>_<day>.xls, header on
// row 6: panying1990/python 天猫店铺流量来源转换.py, 2018); the old 流量来源 table lists 手淘搜索 and 效果广告 with
// 访客数 and 支付买家数 (read_file id 62017804829, 2026); per-channel 花费(元)/销售额/投产/访客数 for 关键词推广
// (直通车), 万相台, 精准人群推广, 全站推广 (read_file id 70631352105, 2026). Checked before the daily sheet, which
// shares 日期 + 访客数 + 支付金额.
export const sycmTraffic = source({
  id: 'sycm-traffic',
  kind: 'stats',
  platform: 'taobao',
  label: { zh: '生意参谋流量来源', en: 'Sycm traffic sources' },
  columns: {
    day: ['统计日期', '日期'],
    channel: ['流量来源', '来源名称', '二级来源'],
    group: ['来源类型', '一级来源', '流量类型'],
    uv: ['访客数'],
    buyers: ['支付买家数'],
    gmv: ['支付金额', '销售额'],
    spend: ['花费', '花费(元)', '推广花费'],
    roi: ['投产', '投入产出比'],
  },
  identify: ['day', 'channel', 'uv'],
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

// The products/inventory sheet (千牛 商品 export, 抖店 商品 export, or the seller's stock sheet), and the
// 淘宝助理/千牛 商品 CSV: a `version 1.00` line and an English header row (title, price, num, outer_id,
// num_id …) above the Chinese one, 数字ID for the id and 宝贝数量 for the stock (ids 10871820875,
// 11700853877).
export const productSheet = source({
  id: 'products',
  kind: 'products',
  label: { zh: '商品库存', en: 'Products & stock' },
  columns: {
    id: ['商品ID', '宝贝ID', '商品id', '宝贝id', '数字ID'],
    title: ['商品名称', '标题', '宝贝标题', '商品标题', '宝贝名称'],
    sku: ['商家编码', 'SKU', 'sku', '货号'],
    stock: ['库存', '库存数量', '可售库存', '总库存', '宝贝数量'],
    price: ['售价', '价格', '一口价', '宝贝价格'],
    cost: ['成本价', '成本'],
    replenishDays: ['补货周期', '补货天数'],
    platform: ['平台'],
  },
  identify: ['id', 'stock'],
});

export const SOURCES: readonly Source[] = [sycmTraffic, sycmProducts, doudianCommissions, doudianAfterSale, doudianOrders, qianniuRefunds, qianniuOrders, alimamaAds, dailyStats, productSheet];

/** The source whose identifying columns are all among `headers`, with the header found for each field. */
export function detectSource(headers: readonly string[]): { source: Source; columns: Partial<Record<string, string>> } | undefined {
  for (const s of SOURCES) {
    const columns = matchColumns(headers, s.columns);
    if ([s.identify, s.identifyAlso ?? []].some((set) => set.length && set.every((f) => columns[f] !== undefined))) return { source: s, columns };
  }
  return undefined;
}

/** Any line that could be a header: for files whose header is not the first line. */
export const anyHeaderRow = (cells: string[]): boolean => detectSource(cells) !== undefined;
