// Generates test/fixtures/shop/: the demo shop "山野集" (a small outdoor-apparel seller on 淘宝 and 抖店)
// as the files its seller would export on 2026-11-20 10:00 China time — 4 weeks of orders, ~30
// products, a day of 生意参谋 numbers and a month of daily traffic — each with the real export's
// headers and quirks as public parsers and ERP connectors show them (shared/field/EVIDENCE.md
// "Exports"; the source of each layout is named where it is written). Written by us, modelled on that
// evidence. Deterministic (seeded), so `npx tsx scripts/gen-shop-fixtures.ts` always writes the same
// data (the XLSX files differ only in their zip entries' timestamps).
// `--now ISO8601 --out DIR` writes the same shop moved to another moment (the e2e test uses the real
// clock, because the extension judges at the browser's time).
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { xlsFile, xlsxFile, type SheetValue } from '../test/sheets';

const DEMO_NOW = '2026-11-20T10:00:00+08:00';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CST = 8 * HOUR;
const args = parseArgs({ options: { now: { type: 'string' }, out: { type: 'string' } } }).values;
const NOW = Date.parse(args.now ?? DEMO_NOW);
if (Number.isNaN(NOW)) throw new Error(`--now "${args.now}" is not an ISO 8601 time`);
/** Whole days between the demo moment and NOW: every date below moves by this much. */
const SHIFT = (Math.floor((NOW + CST) / DAY) - Math.floor((Date.parse(DEMO_NOW) + CST) / DAY)) * DAY;
const OUT = args.out ? pathToFileURL(args.out.replace(/\/?$/, '/')) : new URL('../test/fixtures/shop/', import.meta.url);
mkdirSync(OUT, { recursive: true });
const dayAt = (text: string) => Date.parse(text) + SHIFT;

let seed = 20261120;
function random(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (a: number, b: number) => a + random() * (b - a);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

/** China wall-clock text in the given style. */
function cst(time: number, style: 'slash' | 'dash' = 'dash'): string {
  const iso = new Date(time + CST).toISOString();
  return style === 'slash' ? `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)} ${iso.slice(11, 16)}` : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
const dayOf = (time: number) => new Date(time + CST).toISOString().slice(0, 10);
const money = (n: number) => n.toFixed(2);
const thousands = (n: number, decimals = 2) => n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

// ---- products ------------------------------------------------------------------------------------
interface Product {
  id: string;
  title: string;
  sku: string;
  platform: 'taobao' | 'douyin';
  price: number;
  cost: number;
  weight: number;
  spec: string;
}
const TAOBAO_TITLES: [string, number][] = [
  ['冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', 129],
  ['三合一冲锋衣男女秋冬可拆卸抓绒内胆防风防水登山服', 399],
  ['轻量羽绒服女短款立领90白鸭绒保暖外套冬季通勤', 359],
  ['速干T恤男短袖运动健身跑步透气冰感圆领上衣', 59],
  ['户外登山鞋男防滑耐磨徒步鞋低帮透气越野跑鞋', 289],
  ['抓绒衣女加厚保暖摇粒绒开衫秋冬户外内胆外套', 139],
  ['软壳裤男秋冬加绒防风防泼水户外登山徒步长裤', 169],
  ['速干裤女夏季薄款弹力宽松户外徒步运动九分裤', 99],
  ['美利奴羊毛袜子男女加厚保暖徒步滑雪运动长袜', 49],
  ['防晒冰袖女夏季冰丝护臂防紫外线骑行开车袖套', 19.9],
  ['户外渔夫帽男女夏季防晒大檐遮阳帽可折叠速干', 45],
  ['登山杖碳纤维超轻伸缩折叠徒步手杖户外装备', 159],
  ['双肩包男户外登山包40L大容量防水徒步旅行背包', 229],
  ['保暖打底衣男女秋冬德绒加厚内衣套装运动上衣', 89],
  ['防风手套男女冬季触屏加绒骑行保暖户外手套', 59],
  ['户外腰包男女多功能跑步手机包防水斜挎小包', 39],
  ['露营折叠椅户外便携月亮椅钓鱼椅沙滩椅', 119],
  ['保温杯316不锈钢大容量户外运动水杯男女', 79],
  ['防水鞋套雨天防滑加厚耐磨户外骑行雨鞋套', 29.9],
  ['魔术头巾男女户外骑行防晒面罩运动围脖', 25],
];
const DOUYIN_TITLES: [string, number][] = [
  ['【山野集】冰丝防晒衣女UPF50+连帽外套', 99],
  ['【山野集】三合一冲锋衣男女可拆卸内胆', 369],
  ['【山野集】速干T恤男短袖冰感运动上衣', 49.9],
  ['【山野集】德绒保暖内衣套装男女加厚', 79],
  ['【山野集】轻量羽绒服女短款90白鸭绒', 329],
  ['【山野集】防晒冰袖冰丝护臂2双装', 15.9],
  ['【山野集】户外速干裤女弹力九分裤', 89],
  ['【山野集】抓绒衣女摇粒绒开衫外套', 119],
  ['【山野集】羊毛徒步袜男女加厚3双装', 59],
  ['【山野集】户外渔夫帽男女防晒可折叠', 39],
];
// Popularity falls off like a real shop's: a few products make most of the sales.
const products: Product[] = [
  ...TAOBAO_TITLES.map(([title, price], i) => ({
    id: '7' + digits(11),
    title,
    sku: `SYJ-TB-${String(i + 1).padStart(3, '0')}`,
    platform: 'taobao' as const,
    price,
    cost: Math.round(price * between(0.38, 0.55) * 100) / 100,
    weight: 1 / Math.pow(i + 1, 1.15),
    spec: pick(['黑色;M', '灰色;L', '浅蓝;S', '军绿;XL', '卡其;均码']),
  })),
  ...DOUYIN_TITLES.map(([title, price], i) => ({
    id: '36' + digits(17),
    title,
    sku: `SYJ-DY-${String(i + 1).padStart(3, '0')}`,
    platform: 'douyin' as const,
    price,
    cost: Math.round(price * between(0.4, 0.58) * 100) / 100,
    weight: 1 / Math.pow(i + 1, 1.1),
    spec: pick(['黑色;M', '灰色;L', '白色;均码']),
  })),
];
const byPlatform = (p: Product['platform']) => products.filter((x) => x.platform === p);
function weightedProduct(platform: Product['platform']): Product {
  const list = byPlatform(platform);
  const total = list.reduce((s, p) => s + p.weight, 0);
  let r = random() * total;
  for (const p of list) if ((r -= p.weight) <= 0) return p;
  return list.at(-1)!;
}

// ---- orders --------------------------------------------------------------------------------------
type Status = 'unpaid' | 'paid' | 'shipped' | 'completed' | 'closed';
type AfterSale = 'none' | 'pending' | 'dispute' | 'refunded';
interface Line {
  subId: string;
  product: Product;
  qty: number;
  amount: number;
}
interface Order {
  id: string;
  platform: Product['platform'];
  buyer: string;
  receiver: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  street: string;
  createdAt: number;
  paidAt?: number;
  shippedAt?: number;
  completedAt?: number;
  status: Status;
  afterSale: AfterSale;
  /** When the buyer asked (refund/return), when there is an after-sale. */
  afterSaleAt?: number;
  refund: number;
  lines: Line[];
  amount: number;
  trackingNo?: string;
  carrier?: string;
  message: string;
}
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '晓燕', '子涵', '浩然', '雨欣', '梓萱', '一诺', '思远'];
const PLACES: [string, string, string, string[]][] = [
  ['浙江省', '杭州市', '西湖区', ['文三路478号华星时代广场A座', '古墩路702号赞成中心东楼', '天目山路398号古荡新村12幢2单元']],
  ['广东省', '深圳市', '南山区', ['科技园南区高新南七道18号', '桃园路南头古城博物馆旁花园小区5栋', '后海大道2388号怡化金融科技大厦']],
  ['上海市', '上海市', '浦东新区', ['张杨路500号时代广场', '世纪大道1568号中建大厦', '东方路1381号兰村大厦']],
  ['北京市', '北京市', '朝阳区', ['建国路88号SOHO现代城2号楼', '望京街10号望京SOHO T1', '酒仙桥路4号798艺术区']],
  ['四川省', '成都市', '武侯区', ['人民南路四段27号商鼎国际', '天府大道北段1700号环球中心', '科华北路65号']],
  ['湖北省', '武汉市', '洪山区', ['珞喻路1037号华中科技大学', '光谷大道77号金融港B区', '雄楚大道1号']],
  ['江苏省', '南京市', '鼓楼区', ['中山北路30号城市名人酒店旁', '汉中门大街301号', '广州路188号苏宁环球']],
  ['云南省', '昆明市', '五华区', ['青年路432号', '东风西路11号三合营', '人民中路16号']],
];
const buyers: { nick: string; receiver: string; phone: string; place: (typeof PLACES)[number]; street: string }[] = [];
function buyerFor(): (typeof buyers)[number] {
  // About one order in six is from a returning buyer.
  if (buyers.length > 20 && random() < 0.16) return pick(buyers);
  const place = pick(PLACES);
  const b = {
    nick: pick(['tb', 'xiao', 'ai', 'momo', 'qq', 'sunny', 'lucky']) + digits(random() < 0.5 ? 6 : 8),
    receiver: pick([...SURNAMES]) + pick(GIVEN),
    phone: '1' + pick(['3', '5', '7', '8', '9']) + digits(9),
    place,
    street: pick(place[3]),
  };
  buyers.push(b);
  return b;
}

const orders: Order[] = [];
const START = dayAt('2026-10-23T00:00:00+08:00');
for (let dayStart = START; dayStart < NOW; dayStart += DAY) {
  const date = new Date(dayStart + CST);
  const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
  const yesterday = dayStart === dayAt('2026-11-19T00:00:00+08:00');
  for (const platform of ['taobao', 'douyin'] as const) {
    // 11-19: a competitor's promotion took traffic (the demo's traffic and conversion drop).
    const base = (platform === 'taobao' ? 17 : 9) * (weekend ? 1.2 : 1) * (yesterday && platform === 'taobao' ? 0.45 : 1);
    const count = Math.round(base * between(0.85, 1.15));
    for (let k = 0; k < count; k++) {
      // Shoppers buy from morning to midnight, most in the evening.
      const hour = Math.min(23.99, Math.max(7, 7 + 17 * Math.sqrt(random())));
      const createdAt = dayStart + Math.floor(hour * HOUR + random() * 50_000);
      if (createdAt >= NOW) continue;
      orders.push(makeOrder(platform, createdAt));
    }
  }
}

function makeOrder(platform: Product['platform'], createdAt: number): Order {
  const b = buyerFor();
  const lineCount = random() < 0.14 ? 2 : 1;
  const lines: Line[] = [];
  const id = platform === 'taobao' ? pick(['2', '3', '4']) + digits(18) : '69' + digits(17);
  for (let i = 0; i < lineCount; i++) {
    const product = weightedProduct(platform);
    if (lines.some((l) => l.product === product)) continue;
    const qty = random() < 0.8 ? 1 : random() < 0.7 ? 2 : 3;
    const discount = random() < 0.3 ? 0.9 : 1;
    lines.push({ subId: platform === 'taobao' ? pick(['2', '3', '4']) + digits(18) : '69' + digits(17), product, qty, amount: Math.round(product.price * qty * discount * 100) / 100 });
  }
  const order: Order = {
    id,
    platform,
    buyer: b.nick,
    receiver: b.receiver,
    phone: b.phone,
    province: b.place[0],
    city: b.place[1],
    district: b.place[2],
    street: b.street,
    createdAt,
    status: 'unpaid',
    afterSale: 'none',
    refund: 0,
    lines,
    amount: Math.round(lines.reduce((s, l) => s + l.amount, 0) * 100) / 100,
    message: random() < 0.1 ? pick(['请尽快发货，谢谢', '发顺丰可以吗', '送人的，不要放价格单', '尺码偏大吗？']) : '',
  };
  const age = NOW - createdAt;
  // Unpaid: some recent carts are still waiting; older ones closed by the platform.
  if (random() < (age < 2 * HOUR ? 0.45 : 0.06)) {
    order.status = age < (platform === 'taobao' ? 24 * HOUR : 30 * 60_000) ? 'unpaid' : 'closed';
    return order;
  }
  order.paidAt = createdAt + Math.floor(between(0.5, 12) * 60_000);
  if (order.paidAt >= NOW) {
    order.paidAt = undefined;
    return order;
  }
  order.status = 'paid';
  // Most parcels leave within a day; a few wait for stock and run late.
  const late = random() < 0.06;
  const shipAt = order.paidAt + Math.floor((late ? between(44, 60) : between(3, 30)) * HOUR);
  if (shipAt < NOW) {
    order.shippedAt = shipAt;
    order.status = 'shipped';
    order.carrier = pick(['中通快递', '圆通速递', '韵达快递', '申通快递', '顺丰速运']);
    order.trackingNo = order.carrier === '顺丰速运' ? 'SF' + digits(13) : pick(['7', '3', '4']) + digits(14);
    const doneAt = shipAt + Math.floor(between(2.5, 7) * DAY);
    if (doneAt < NOW) {
      order.completedAt = doneAt;
      order.status = 'completed';
    }
  }
  if (order.status !== 'paid' && random() < 0.05) {
    order.afterSale = 'refunded';
    order.afterSaleAt = (order.shippedAt ?? order.paidAt) + DAY;
    order.refund = order.lines[0]!.amount;
    if (platform === 'taobao' && order.lines.length === 1) order.status = 'closed';
  }
  return order;
}

// The cases the alerts exist for, placed on plausible orders rather than invented ones.
const recent = (platform: Product['platform'], status: Status) =>
  orders.filter((o) => o.platform === platform && o.status === status && o.afterSale === 'none').sort((a, b) => b.createdAt - a.createdAt);
{
  // Receivers who cannot be reached: a mistyped phone (淘宝) and a vague address (抖店).
  const [tb] = recent('taobao', 'paid');
  if (tb) tb.phone = '1381234';
  const [dy] = recent('douyin', 'paid');
  if (dy) dy.street = '地址不详';
  // Refunds waiting for the seller, and one the platform has stepped into.
  recent('taobao', 'shipped').slice(2, 4).forEach((o, i) => Object.assign(o, { afterSale: 'pending', afterSaleAt: NOW - (10 + 9 * i) * HOUR }));
  recent('douyin', 'shipped').slice(1, 3).forEach((o, i) => Object.assign(o, { afterSale: 'pending', afterSaleAt: NOW - (6 + 30 * i) * HOUR }));
  const [dispute] = recent('douyin', 'completed');
  if (dispute) Object.assign(dispute, { afterSale: 'dispute', afterSaleAt: NOW - 30 * HOUR });
  // Parcels still waiting at their 48 h promise: one due within the shift, one past it. Placed here so
  // the demo shows them at any hour it is moved to (the random late parcels alone leave some hours without one).
  recent('taobao', 'shipped').slice(5, 7).forEach((o, i) => {
    const paidAt = NOW - (40 + 12 * i) * HOUR;
    Object.assign(o, { createdAt: paidAt - 4 * 60_000, paidAt, status: 'paid', shippedAt: undefined, carrier: undefined, trackingNo: undefined, completedAt: undefined });
  });
}
orders.sort((a, b) => b.createdAt - a.createdAt);

// ---- stock: set from what sold, so the sheet tells a story ---------------------------------------
const soldLast7 = new Map<Product, number>();
for (const o of orders)
  if (o.paidAt && o.status !== 'closed' && o.paidAt >= NOW - 8 * DAY)
    for (const l of o.lines) soldLast7.set(l.product, (soldLast7.get(l.product) ?? 0) + l.qty);
const stock = new Map<Product, number>();
for (const [i, p] of products.entries()) {
  const daily = (soldLast7.get(p) ?? 0) / 7;
  // The best sellers run low (补货 takes 3–7 days); one sold out; the tail sits on stock.
  const s = i === 1 ? 0 : i === 0 || i === 20 ? Math.floor(daily * 2.2) : i < 6 ? Math.round(daily * between(8, 20)) : Math.round(between(40, 260));
  stock.set(p, s);
}

// ---- writers -------------------------------------------------------------------------------------
function csv(rows: (string | number)[][]): string {
  return Papa.unparse(rows, { newline: '\r\n' });
}
function write(name: string, data: string | Uint8Array | Buffer) {
  writeFileSync(new URL(name, OUT), data);
  console.log(`wrote ${new URL(name, OUT).pathname}`);
}

const QN_STATUS: Record<Status, string> = {
  unpaid: '等待买家付款',
  paid: '买家已付款，等待卖家发货',
  shipped: '卖家已发货，等待买家确认',
  completed: '交易成功',
  closed: '交易关闭',
};
const DY_STATUS: Record<Status, string> = { unpaid: '待支付', paid: '待发货', shipped: '已发货', completed: '已完成', closed: '已关闭' };
const taobaoOrders = orders.filter((o) => o.platform === 'taobao');
const douyinOrders = orders.filter((o) => o.platform === 'douyin');
const qnAddress = (o: Order) => `${o.province} ${o.city} ${o.district} ${o.street}(000000)`;

// 千牛 legacy 订单报表 (ExportOrderList): GBK, ="…" around long numbers so Excel keeps them, trailing spaces
// in several headers, ' before phones, dates as 2026/11/18 10:50, statuses with a full-width comma —
// and a few rows with the ASCII comma, as older exports wrote it.
const LEGACY_HEADERS = ['订单编号', '买家会员名', '买家支付宝账号', '买家应付货款', '买家应付邮费', '买家支付积分', '总金额', '返点积分', '买家实际支付金额', '买家实际支付积分', '订单状态', '买家留言', '收货人姓名', '收货地址 ', '运送方式', '联系电话 ', '联系手机', '订单创建时间', '订单付款时间 ', '宝贝标题 ', '宝贝种类 ', '物流单号 ', '物流公司', '订单备注', '宝贝总数量', '店铺Id', '店铺名称', '订单关闭原因', '卖家服务费', '买家服务费', '发票抬头', '是否手机订单', '退款金额'];
function legacyOrderRow(o: Order, i: number): string[] {
  const status = QN_STATUS[o.status].replace('，', i % 7 === 3 ? ',' : '，');
  const paid = o.paidAt ? money(o.amount) : '0.00';
  return [
    `="${o.id}"`, o.buyer, '**', money(o.amount), '0.00', '0', money(o.amount), '0', paid, '0', status, o.message, o.receiver, qnAddress(o), '快递', '', `'${o.phone}`,
    cst(o.createdAt, 'slash'), o.paidAt ? cst(o.paidAt, 'slash') : '', o.lines.map((l) => l.product.title).join('，'), String(o.lines.length),
    o.trackingNo ? `No:${o.trackingNo}` : '', o.carrier ?? '', '', String(o.lines.reduce((s, l) => s + l.qty, 0)), '1234567890', '山野集户外', o.status === 'closed' && !o.paidAt ? '买家未付款' : o.status === 'closed' ? '退款' : '',
    '0', '0', '', pick(['手机订单', '手机订单', '']), money(o.refund),
  ];
}
write('qianniu-orders-legacy.csv', iconv.encode(csv([LEGACY_HEADERS, ...taobaoOrders.map(legacyOrderRow)]).replace(/"=""(\d+)"""/g, '="$1"'), 'gbk'));

// 千牛 legacy 宝贝报表 (ExportOrderDetailList): one row per item, GBK, no times.
const LEGACY_ITEM_HEADERS = ['订单编号', '标题', '价格', '购买数量', '外部系统编号', '商品属性', '套餐信息', '备注', '订单状态', '商家编码'];
const legacyItems = taobaoOrders.flatMap((o) =>
  o.lines.map((l) => [`="${o.id}"`, l.product.title, money(l.product.price), String(l.qty), l.product.sku, `颜色分类：${l.product.spec.split(';')[0]};尺码：${l.product.spec.split(';')[1]}`, '', '', QN_STATUS[o.status], l.product.sku]),
);
write('qianniu-items-legacy.csv', iconv.encode(csv([LEGACY_ITEM_HEADERS, ...legacyItems]).replace(/"=""(\d+)"""/g, '="$1"'), 'gbk'));

// 千牛 current exports (XLSX), ids written as number cells with every digit (EVIDENCE.md: "XLSX cells
// may hold long ids as numbers"), times as Excel dates. The 订单报表 with the newer columns 预售订单,
// 发货时间, 延迟发货自动赔付金额 (id 12369233323); 预售 goods (the down jacket) ship by their own date.
const excelTime = (t: number | undefined): SheetValue => (t === undefined ? '' : { date: cst(t) });
const presale = (p: Product) => p.platform === 'taobao' && p.title.includes('羽绒服');
write(
  'qianniu-orders.xlsx',
  xlsxFile(
    [
      ['订单编号', '买家会员名', '买家应付货款', '买家实际支付金额', '订单状态', '买家留言', '收货人姓名', '收货地址', '联系手机', '订单创建时间', '订单付款时间', '宝贝标题', '宝贝种类', '宝贝总数量', '物流单号', '物流公司', '退款金额', '延迟发货自动赔付金额', '预售订单', '发货时间'],
      ...taobaoOrders.map((o): SheetValue[] => [
        { n: o.id }, o.buyer, o.amount, o.paidAt ? o.amount : 0, QN_STATUS[o.status], o.message, o.receiver, qnAddress(o), o.phone,
        excelTime(o.createdAt), excelTime(o.paidAt), o.lines.map((l) => l.product.title).join('，'), o.lines.length,
        o.lines.reduce((s, l) => s + l.qty, 0), o.trackingNo ?? '', o.carrier ?? '', o.refund, 0, o.lines.some((l) => presale(l.product)) ? '是' : '否', excelTime(o.shippedAt),
      ]),
    ],
    { sheetName: '订单报表' },
  ),
);
// The new 宝贝报表: one row per item, 无退款申请 for no refund in both 退款状态 and 退款金额, 买家实付金额
// per item (ids 43249146549, 27333823660).
const QN_REFUND: Record<AfterSale, string> = { none: '无退款申请', pending: '买家已经申请退款，等待卖家同意', dispute: '客服介入中', refunded: '退款成功' };
write(
  'qianniu-items.xlsx',
  xlsxFile(
    [
      ['子订单编号', '主订单编号', '商品标题', '商品价格', '购买数量', '外部系统编号', '商品属性', '套餐信息', '备注', '订单状态', '商家编码', '支付单号', '买家应付货款', '买家实付金额', '退款状态', '退款金额', '订单创建时间', '订单付款时间', '商品ID'],
      ...taobaoOrders.flatMap((o) =>
        o.lines.map((l): SheetValue[] => [
          { n: l.subId }, { n: o.id }, l.product.title, l.product.price, l.qty, l.product.sku, l.product.spec, '', '', QN_STATUS[o.status], l.product.sku, o.paidAt ? '2026' + o.id.slice(-14) : '',
          Math.round(l.product.price * l.qty * 100) / 100, l.amount, QN_REFUND[o.afterSale], o.afterSale === 'refunded' && l === o.lines[0] ? o.refund : o.afterSale === 'none' ? '无退款申请' : 0,
          excelTime(o.createdAt), excelTime(o.paidAt), { n: l.product.id },
        ]),
      ),
    ],
    { sheetName: '宝贝报表' },
  ),
);

// 千牛 退款管理 export: 订单编号, 退款状态, 售中或售后, 买家退款金额 (id 18020103415), GBK with ="…" ids.
const refundOrders = taobaoOrders.filter((o) => o.afterSale !== 'none');
write(
  'qianniu-refunds.csv',
  iconv.encode(
    csv([
      ['订单编号', '退款编号', '买家会员名', '订单付款时间', '退款状态', '售中或售后', '买家退款金额', '退款的申请时间', '退款原因'],
      ...refundOrders.map((o) => [`="${o.id}"`, `="${'19' + o.id.slice(2)}"`, o.buyer, o.paidAt ? cst(o.paidAt) : '', QN_REFUND[o.afterSale] === '无退款申请' ? '没有申请退款' : QN_REFUND[o.afterSale], o.status === 'shipped' || o.status === 'completed' ? '售后' : '售中', money(o.afterSale === 'refunded' ? o.refund : o.lines[0]!.amount), cst(o.afterSaleAt ?? o.shippedAt ?? o.createdAt), ['尺码不合适', '不想要了', '质量问题', '发错货'][o.lines[0]!.qty % 4]!]),
    ]).replace(/"=""(\d+)"""/g, '="$1"'),
    'gbk',
  ),
);

// 抖店 order export: UTF-8 with BOM, one row per 子订单, every cell prefixed with a tab, `-` for empty,
// amounts with thousands commas; the columns in the export's order (id 68603176596), with the order's
// own promise (承诺发货时间 from the product's 24 h / 48 h / 预售 setting, 预约发货时间 where the buyer
// booked a date, 订单类型) and the single 快递信息 column (ids 47180160648, 55055902293). Receivers are
// masked as the platform masks them: 张*, 138****5678, `##…`/`$$…$$` tokens, virtual numbers with an
// extension (ids 70111616388, 70460770877, 56205729254).
const DY_AFTER: Record<AfterSale, string> = { none: '-', pending: '待商家处理', dispute: '平台处理中', refunded: '退款成功' };
/** The seller's promise per 抖店 product: the T-shirt and the ice sleeves ship in 24 h, the down jacket is 预售 7 days. */
const dyPromise = (p: Product): { hours: number; type: string } =>
  p.title.includes('羽绒服') ? { hours: 7 * 24, type: '预售订单(7天内发货)' } : p.title.includes('速干T恤') || p.title.includes('冰袖') ? { hours: 24, type: '普通订单' } : { hours: 48, type: '普通订单' };
const DOUDIAN_HEADERS = ['主订单编号', '子订单编号', '支付方式', '选购商品', '货号', '商品ID', '商家编码', '商品数量', '商品金额', '订单提交时间', '支付完成时间', '订单完成时间', '承诺发货时间', '预约发货时间', '买家留言', '旗帜颜色', '商家备注', 'APP渠道', '订单状态', '取消原因', '售后状态', '订单类型', '发货时间', '订单应付金额', '运费', '优惠总金额', '平台优惠', '商家优惠', '收件人', '收件人手机号', '省', '市', '区', '街道', '详细地址', '是否修改过地址', '快递信息', '达人ID', '达人昵称', '流量来源', '建议发货时间（起）', '建议发货时间（止）'];
const token = (id: string, n: number) => [...id.slice(-n)].map((d) => 'AbCdEfGhJk'[Number(d)]).join('') + id.slice(-4);
const maskedReceiver = (o: Order, i: number): [string, string, string] => {
  if (o.street.includes('不详')) return [o.receiver[0] + '*', `${o.phone.slice(0, 3)}****${o.phone.slice(-4)}`, o.street];
  if (i % 3 === 0) return [`##${token(o.id, 6)}`, `$$${token(o.id, 8)}$$`, `##${token(o.id, 10)}`];
  if (i % 3 === 1) return [o.receiver[0] + '*', `${o.phone.slice(0, 7)}${o.phone.slice(-4)}-${o.id.slice(-4)}`, o.street.slice(0, 2) + '***'];
  return [o.receiver[0] + '*', `${o.phone.slice(0, 3)}****${o.phone.slice(-4)}`, o.street.slice(0, 2) + '***'];
};
const douyinRows = douyinOrders.flatMap((o, i) => {
  const promise = dyPromise(o.lines[0]!.product);
  const booked = o.status === 'paid' && i % 9 === 4 && o.paidAt !== undefined ? o.paidAt + 4 * DAY : undefined;
  const [name, phone, street] = maskedReceiver(o, i);
  return o.lines.map((l) =>
    [
      o.id, l.subId, o.paidAt ? ['抖音支付', '微信', '支付宝', '抖音月付'][i % 4]! : '-', l.product.title, l.product.sku.replace('SYJ-', ''), l.product.id, l.product.sku, String(l.qty), thousands(l.product.price * l.qty),
      cst(o.createdAt), o.paidAt ? cst(o.paidAt) : '-', o.completedAt ? cst(o.completedAt) : '-', o.paidAt ? cst(o.paidAt + promise.hours * HOUR) : '-', booked ? cst(booked) : '-', o.message || '-', '-', '-', '抖音',
      o.status === 'paid' && i % 3 === 0 ? '备货中' : DY_STATUS[o.status], o.status === 'closed' ? '超时未支付' : '-', DY_AFTER[o.afterSale], promise.type, o.shippedAt ? cst(o.shippedAt) : '-',
      thousands(l.amount), '0.00', thousands(l.product.price * l.qty - l.amount), '0.00', thousands(l.product.price * l.qty - l.amount), name, phone, o.province, o.city, o.district, '-', street, '否',
      o.trackingNo ? `${o.carrier}:${o.trackingNo}` : '-', i % 5 === 0 ? String(7_000_000_000 + i) : '-', i % 5 === 0 ? '户外老张' : '-', ['直播', '短视频', '商品卡', '搜索'][i % 4]!,
      o.paidAt ? cst(o.paidAt) : '-', o.paidAt ? cst(o.paidAt + promise.hours * HOUR) : '-',
    ].map((c) => '\t' + c),
  );
});
write('doudian-orders.csv', '\uFEFF' + csv([DOUDIAN_HEADERS, ...douyinRows]));

// 抖店 售后 export (XLSX): one row per 售后单 with the platform's 自动处理截止时间 — 48 h for the seller to
// answer a request, the 仲裁 deadline for a dispute — and the 发货物流状态 (id 68603176596).
const DY_AFTER_STATE: Record<AfterSale, string> = { none: '售后关闭', pending: '待商家处理', dispute: '售后处理中', refunded: '同意退款，退款成功' };
write(
  'doudian-aftersale.xlsx',
  xlsxFile(
    [
      ['售后单号', '订单号', '商品单号', '商品名称', '商品ID', '应付金额（元）', '商品发货状态', '售后类型', '退商品金额（元）', '售后状态', '售后申请时间', '退款方式', '售后原因', '自动处理截止时间', '同意售后申请时间', '商家退款时间', '售后关闭时间', '仲裁状态', '发货物流单号', '发货物流状态', '商家编码'],
      ...douyinOrders
        .filter((o) => o.afterSale !== 'none')
        .map((o): SheetValue[] => {
          const l = o.lines[0]!;
          const due = o.afterSale === 'pending' ? o.afterSaleAt! + 48 * HOUR : o.afterSale === 'dispute' ? o.afterSaleAt! + 3 * DAY : undefined;
          return [
            { n: '7' + o.id.slice(1) }, { n: o.id }, { n: l.subId }, l.product.title, { n: l.product.id }, l.amount, o.shippedAt ? '已发货' : '未发货', o.shippedAt ? '退货退款' : '仅退款', o.afterSale === 'refunded' ? o.refund : l.amount,
            DY_AFTER_STATE[o.afterSale], excelTime(o.afterSaleAt), '原路退回', '不想要了', due === undefined ? '-' : excelTime(due), o.afterSale === 'refunded' ? excelTime(o.afterSaleAt! + 2 * HOUR) : '-',
            o.afterSale === 'refunded' ? excelTime(o.afterSaleAt! + 3 * HOUR) : '-', '-', o.afterSale === 'dispute' ? '仲裁中' : '-', o.trackingNo ?? '-', o.completedAt ? '已签收' : o.shippedAt ? '运输中' : '-', l.product.sku,
          ];
        }),
    ],
    { sheetName: '售后表' },
  ),
);

// Products & stock: the seller's own sheet, one row per product.
write(
  'products.csv',
  '\uFEFF' +
    csv([
      ['商品ID', '商品名称', '商家编码', '平台', '库存', '售价', '成本价', '补货周期'],
      ...products.map((p, i) => [p.id, p.title, p.sku, p.platform === 'taobao' ? '淘宝' : '抖店', String(stock.get(p)), money(p.price), money(p.cost), i % 4 === 2 ? '7' : '']),
    ]),
);

// 淘宝助理 / 千牛 商品 CSV for the 淘宝 products: a version line and the English header row above the
// Chinese one; 数字ID is the id and 宝贝数量 the stock (ids 10871820875, 11700853877).
write(
  'taobao-assistant-items.csv',
  '\uFEFF' +
    csv([
      ['version 1.00'],
      ['title', 'cid', 'seller_cids', 'stuff_status', 'location_state', 'location_city', 'item_type', 'price', 'auction_increment', 'num', 'valid_thru', 'freight_payer', 'outer_id', 'num_id', 'approve_status'],
      ['宝贝名称', '宝贝类目', '店铺类目', '新旧程度', '省', '城市', '出售方式', '宝贝价格', '加价幅度', '宝贝数量', '有效期', '运费承担', '商家编码', '数字ID', '宝贝状态'],
      ...byPlatform('taobao').map((p) => [p.title, '50013228', '', '1', '浙江', '杭州', '1', money(p.price), '0', String(stock.get(p)), '7', '2', p.sku, p.id, '1']),
    ]),
);

// 生意参谋 → 品类 → 商品排行 download for 11-19 (one day): a binary .xls named as the platform names it,
// four title rows, the header on row 5 with the real columns, and a row whose 商品ID is `-` (panying1990/
// python 天猫店铺流量来源转换.py; ids 58980719255, 44421088375); and the same sheet saved as CSV.
const dayStart = dayAt('2026-11-19T00:00:00+08:00');
const day = dayOf(dayStart);
const paidThatDay = taobaoOrders.filter((o) => o.paidAt && o.paidAt >= dayStart && o.paidAt < dayStart + DAY);
const SYCM_HEADERS = ['统计日期', '商品ID', '商品访客数', '商品浏览量', '平均停留时长', '商品详情页跳出率', '商品收藏人数', '商品加购件数', '商品加购人数', '下单买家数', '下单件数', '下单金额', '下单转化率', '支付买家数', '支付件数', '支付金额', '商品支付转化率', '成功退款金额', '搜索引导访客数'];
const sycmRows: (string | number)[][] = byPlatform('taobao').map((p) => {
  const lines = paidThatDay.flatMap((o) => o.lines.filter((l) => l.product === p).map((l) => ({ o, l })));
  const buyersCount = new Set(lines.map((x) => x.o.buyer)).size;
  const uv = Math.round(Math.max(buyersCount, 1) / between(0.015, 0.03)) + Math.round(between(20, 200));
  const gmv = Math.round(lines.reduce((s, x) => s + x.l.amount, 0) * 100) / 100;
  const units = lines.reduce((s, x) => s + x.l.qty, 0);
  const cart = Math.round(uv * between(0.05, 0.1));
  return [day, p.id, uv, Math.round(uv * between(1.3, 1.8)), Number(between(12, 40).toFixed(2)), Number(between(0.45, 0.75).toFixed(4)), Math.round(uv * 0.03), cart + 3, cart, buyersCount, units, gmv, Number((buyersCount / uv).toFixed(4)), buyersCount, units, gmv, Number((buyersCount / uv).toFixed(4)), 0, Math.round(uv * 0.4)];
});
sycmRows.push([day, '-', 37, 52, 8.5, 0.81, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]);
const SYCM_PREAMBLE = [['生意参谋 | 品类 | 商品排行'], [`统计时间：${day} ~ ${day}`], ['终端：所有终端'], []];
write(`sycm-products.xls`, xlsFile([...SYCM_PREAMBLE, SYCM_HEADERS, ...sycmRows], '商品排行'));
write(
  'sycm-products.csv',
  '\uFEFF' + csv([...SYCM_PREAMBLE.map((r) => [r[0] ?? '']), SYCM_HEADERS, ...sycmRows.map((r) => r.map((c, k) => (typeof c === 'number' && [2, 3, 6, 7, 8].includes(k) ? thousands(c, 0) : String(c))))]),
);

// Daily traffic (生意参谋 首页 → 日报, 淘宝 shop): 30 days up to yesterday, from the orders themselves.
const dailyRows: (string | number)[][] = [];
for (let t = dayAt('2026-10-21T00:00:00+08:00'); t < dayAt('2026-11-20T00:00:00+08:00'); t += DAY) {
  const paid = taobaoOrders.filter((o) => o.paidAt && o.paidAt >= t && o.paidAt < t + DAY);
  const buyersCount = new Set(paid.map((o) => o.buyer)).size;
  const gmv = paid.reduce((s, o) => s + o.amount, 0);
  // Before the data starts, the shop's trend carries on at its usual rate.
  const paying = paid.length ? buyersCount : Math.round(between(14, 20));
  const conversion = t === dayStart ? 0.021 : between(0.026, 0.031);
  const uv = Math.round(paying / conversion);
  const amount = paid.length ? gmv : paying * between(120, 160);
  dailyRows.push([dayOf(t), thousands(uv, 0), thousands(Math.round(uv * between(2.4, 3.1)), 0), Math.round(uv * between(0.07, 0.09)), paying, thousands(amount), `${((paying / uv) * 100).toFixed(2)}%`, money(amount / paying)]);
}
write('traffic-daily.csv', '\uFEFF' + csv([['日期', '访客数', '浏览量', '加购人数', '支付买家数', '支付金额', '支付转化率', '客单价'], ...dailyRows]));

console.log(`${orders.length} orders (${taobaoOrders.length} 淘宝, ${douyinOrders.length} 抖店), ${products.length} products, demo time ${new Date(NOW).toISOString()}`);
