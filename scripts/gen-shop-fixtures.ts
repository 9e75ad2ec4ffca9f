// Generates test/fixtures/shop/: the demo shop "山野集" (a small outdoor-apparel seller on 淘宝 and 抖店)
// as the files its seller would export on 2026-11-20 10:00 China time — 4 weeks of orders, ~30
// products, a day of 生意参谋 numbers and a month of daily traffic — each with the real export's quirks.
// Deterministic (seeded), so `npx tsx scripts/gen-shop-fixtures.ts` always writes the same data (the
// XLSX files differ only in their zip entries' timestamps).
// `--now ISO8601 --out DIR` writes the same shop moved to another moment (the e2e test uses the real
// clock, because the extension judges at the browser's time).
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

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
  for (const o of recent('taobao', 'shipped').slice(2, 4)) o.afterSale = 'pending';
  for (const o of recent('douyin', 'shipped').slice(1, 3)) o.afterSale = 'pending';
  const [dispute] = recent('douyin', 'completed');
  if (dispute) dispute.afterSale = 'dispute';
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

// 千牛 current export (XLSX): 订单报表 with times as Excel dates, and 宝贝销售明细 with 商品ID per item.
async function xlsx(name: string, sheetName: string, rows: unknown[][], preamble: string[][] = []) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ShopLint fixtures';
  workbook.created = new Date(NOW);
  workbook.modified = new Date(NOW);
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of [...preamble, ...rows]) sheet.addRow(row);
  sheet.getRow(preamble.length + 1).font = { bold: true };
  write(name, Buffer.from(await workbook.xlsx.writeBuffer()));
}
/** Excel keeps wall-clock times without a zone: the China time as if it were UTC. */
// Exports keep whole seconds.
const excelTime = (t: number | undefined) => (t === undefined ? null : new Date(Math.floor(t / 1000) * 1000 + CST));

await xlsx('qianniu-orders.xlsx', '订单报表', [
  ['订单编号', '买家会员名', '买家应付货款', '买家实际支付金额', '订单状态', '买家留言', '收货人姓名', '收货地址', '联系手机', '订单创建时间', '订单付款时间', '发货时间', '宝贝标题', '宝贝种类', '宝贝总数量', '物流单号', '物流公司', '退款金额'],
  ...taobaoOrders.map((o) => [
    o.id, o.buyer, o.amount, o.paidAt ? o.amount : 0, QN_STATUS[o.status], o.message, o.receiver, qnAddress(o), o.phone,
    excelTime(o.createdAt), excelTime(o.paidAt), excelTime(o.shippedAt), o.lines.map((l) => l.product.title).join('，'), o.lines.length,
    o.lines.reduce((s, l) => s + l.qty, 0), o.trackingNo ?? '', o.carrier ?? '', o.refund,
  ]),
]);
const QN_REFUND: Record<AfterSale, string> = { none: '没有申请退款', pending: '买家已经申请退款，等待卖家同意', dispute: '客服介入处理中', refunded: '退款成功' };
await xlsx('qianniu-items.xlsx', '宝贝销售明细', [
  ['主订单编号', '子订单编号', '商品ID', '商品标题', '商家编码', '商品属性', '购买数量', '商品价格', '商品实付金额', '订单状态', '退款状态', '订单创建时间', '订单付款时间', '发货时间', '买家会员名'],
  ...taobaoOrders.flatMap((o) =>
    o.lines.map((l) => [o.id, l.subId, l.product.id, l.product.title, l.product.sku, l.product.spec, l.qty, l.product.price, l.amount, QN_STATUS[o.status], QN_REFUND[o.afterSale], cst(o.createdAt), o.paidAt ? cst(o.paidAt) : '', o.shippedAt ? cst(o.shippedAt) : '', o.buyer]),
  ),
]);

// 抖店 order export: UTF-8 with BOM, one row per 子订单, every cell prefixed with a tab, `-` for empty,
// amounts with thousands commas, receivers masked by the platform.
const DY_AFTER: Record<AfterSale, string> = { none: '-', pending: '售后待处理', dispute: '平台介入中', refunded: '退款成功' };
const DOUDIAN_HEADERS = ['主订单编号', '子订单编号', '选购商品', '商品规格', '商品数量', '商品ID', '商家编码', '商品单价', '订单应付金额', '运费', '平台实际承担优惠金额', '商家实际承担优惠金额', '支付方式', '订单提交时间', '支付完成时间', '订单完成时间', '发货时间', '订单状态', '售后状态', '取消原因', '收件人', '收件人手机号', '省', '市', '区', '街道', '详细地址', '快递公司', '快递单号', '商家备注', '买家留言', '流量来源'];
const mask = (name: string) => name[0] + '*'.repeat(name.length - 1);
const douyinRows = douyinOrders.flatMap((o) =>
  o.lines.map((l) =>
    [
      o.id, l.subId, l.product.title, l.product.spec.replace(';', '；'), String(l.qty), l.product.id, l.product.sku, thousands(l.product.price), thousands(l.amount), '0.00', '0.00', thousands(l.product.price * l.qty - l.amount),
      o.paidAt ? pick(['抖音支付', '微信', '支付宝', '抖音月付']) : '-', cst(o.createdAt), o.paidAt ? cst(o.paidAt) : '-', o.completedAt ? cst(o.completedAt) : '-', o.shippedAt ? cst(o.shippedAt) : '-',
      o.status === 'paid' && random() < 0.3 ? '备货中' : DY_STATUS[o.status], DY_AFTER[o.afterSale], o.status === 'closed' ? '超时未支付' : '-', mask(o.receiver), `${o.phone.slice(0, 3)}****${o.phone.slice(-4)}`,
      o.province, o.city, o.district, '--', o.street.includes('不详') ? o.street : o.street.slice(0, 2) + '***', o.carrier ?? '-', o.trackingNo ?? '-', '-', o.message || '-', pick(['直播', '短视频', '商品卡', '搜索']),
    ].map((c) => '\t' + c),
  ),
);
write('doudian-orders.csv', '\uFEFF' + csv([DOUDIAN_HEADERS, ...douyinRows]));

// Products & stock: the seller's own sheet, one row per product.
write(
  'products.csv',
  '\uFEFF' +
    csv([
      ['商品ID', '商品名称', '商家编码', '平台', '库存', '售价', '成本价', '补货周期'],
      ...products.map((p, i) => [p.id, p.title, p.sku, p.platform === 'taobao' ? '淘宝' : '抖店', String(stock.get(p)), money(p.price), money(p.cost), i % 4 === 2 ? '7' : '']),
    ]),
);

// 生意参谋 商品排行 for 11-19 (one day), as .xlsx and as .csv: four title rows, header on row 5.
const dayStart = dayAt('2026-11-19T00:00:00+08:00');
const day = dayOf(dayStart);
const paidThatDay = taobaoOrders.filter((o) => o.paidAt && o.paidAt >= dayStart && o.paidAt < dayStart + DAY);
const SYCM_HEADERS = ['商品ID', '商品名称', '商品访客数', '商品浏览量', '平均停留时长', '商品详情页跳出率', '商品加购人数', '支付买家数', '支付件数', '支付金额', '商品支付转化率'];
const sycmRows = byPlatform('taobao').map((p) => {
  const lines = paidThatDay.flatMap((o) => o.lines.filter((l) => l.product === p).map((l) => ({ o, l })));
  const buyersCount = new Set(lines.map((x) => x.o.buyer)).size;
  const uv = Math.round(Math.max(buyersCount, 1) / between(0.015, 0.03)) + Math.round(between(20, 200));
  const gmv = lines.reduce((s, x) => s + x.l.amount, 0);
  return [p.id, p.title, uv, Math.round(uv * between(1.3, 1.8)), `${between(12, 40).toFixed(2)}`, `${between(45, 75).toFixed(2)}%`, Math.round(uv * between(0.05, 0.1)), buyersCount, lines.reduce((s, x) => s + x.l.qty, 0), gmv, `${((buyersCount / uv) * 100).toFixed(2)}%`];
});
const SYCM_PREAMBLE = [['生意参谋 | 商品排行'], [`统计时间：${day} ~ ${day}`], ['店铺名称：山野集户外'], []];
await xlsx('sycm-products.xlsx', '商品排行', [SYCM_HEADERS, ...sycmRows], SYCM_PREAMBLE);
write(
  'sycm-products.csv',
  '\uFEFF' + csv([...SYCM_PREAMBLE.map((r) => [r[0] ?? '']), SYCM_HEADERS, ...sycmRows.map((r) => r.map((c, k) => (typeof c === 'number' && k !== 0 ? thousands(c, k === 9 ? 2 : 0) : String(c))))]),
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
