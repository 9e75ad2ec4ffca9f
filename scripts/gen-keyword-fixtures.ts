// Writes the binary and GBK keyword fixtures of test/fixtures/keywords/ (the UTF-8 text ones are
// written by hand): search-term exports laid out as the public evidence shows each layout — which
// source, and its date, is in test/fixtures/keywords/README.md. The figures are invented; the
// columns, cell formats, title rows, totals rows and file names are the evidence's.
// `npx tsx scripts/gen-keyword-fixtures.ts` writes the same data every time (XLSX files differ only in
// their zip entries' timestamps).
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

const OUT = new URL('../test/fixtures/keywords/', import.meta.url);
const write = (name: string, bytes: Uint8Array) => writeFileSync(new URL(name, OUT), bytes);

async function xlsx(name: string, rows: unknown[][], preamble: unknown[][] = []) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ShopLint fixtures';
  workbook.created = workbook.modified = new Date('2026-09-01T00:00:00Z');
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of [...preamble, ...rows]) sheet.addRow(row);
  write(name, Buffer.from(await workbook.xlsx.writeBuffer()));
}

// 抖店罗盘 市场 > 搜索 > 行业热词, downloaded as 行业热词明细数据_<date>.xlsx: one header row, every figure
// a lower–upper range, the top one open (upper -1; money ¥-0.01).
await xlsx('行业热词明细数据_2026_08_24.xlsx', [
  ['搜索词', '搜索结果曝光人数', '搜索人数', '搜索用户支付金额', '商品曝光人数', '商品点击率（人数）', '商品点击-成交转化率（人数）'],
  ['防晒衣', '100万--1', '50万-100万', '¥100万-¥-0.01', '100万--1', '10%-15%', '5%-7.5%'],
  ['防晒衣女', '50万-100万', '25万-50万', '¥50万-¥100万', '50万-100万', '10%-15%', '7.5%-10%'],
  ['冰丝防晒衣', '25万-50万', '10万-25万', '¥25万-¥50万', '25万-50万', '15%-20%', '5%-7.5%'],
  ['防晒衣女夏季薄款', '10万-25万', '5万-10万', '¥10万-¥25万', '10万-25万', '15%-20%', '7.5%-10%'],
  ['防晒服女', '10万-25万', '5万-10万', '¥5万-¥10万', '10万-25万', '10%-15%', '2.5%-5%'],
  ['皮肤衣', '5万-10万', '2.5万-5万', '¥5万-¥10万', '5万-10万', '7.5%-10%', '2.5%-5%'],
  ['防晒衣女长款', '5万-10万', '2.5万-5万', '¥2.5万-¥5万', '5万-10万', '10%-15%', '5%-7.5%'],
  ['防晒衣女连帽', '2.5万-5万', '1万-2.5万', '¥1万-¥2.5万', '2.5万-5万', '10%-15%', '5%-7.5%'],
  ['防晒衣男', '2.5万-5万', '1万-2.5万', '¥1万-¥2.5万', '2.5万-5万', '7.5%-10%', '2.5%-5%'],
  ['骑行防晒衣', '1万-2.5万', '5000-1万', '¥5000-¥1万', '1万-2.5万', '15%-20%', '7.5%-10%'],
  ['防晒衣女宽松', '1万-2.5万', '5000-1万', '-', '1万-2.5万', '10%-15%', '-'],
  ['防晒衣儿童', '5000-1万', '2500-5000', '¥2500-¥5000', '5000-1万', '5%-7.5%', '2.5%-5%'],
]);

// 观数 plugin on 生意参谋 搜索排行, saved as 观数-搜索排行-搜索词-搜索人气-<类目 path>-<from>-<to>.xlsx: the
// platform's 搜索人气 range beside the plugin's 预估 figures, 点击率 with %, 预估支付转化率 a fraction.
await xlsx('观数-搜索排行-搜索词-搜索人气-服饰-女装-防晒衣-20260401-20260430.xlsx', [
  ['排名', '搜索词', '搜索人气', '预估搜索人气', '点击率', '预估支付转化率'],
  [1, '防晒衣', '50000~100000', 74120, '59.2%', 0.0185],
  [2, '防晒衣女', '25000~50000', 38640, '61.4%', 0.0342],
  [3, '冰丝防晒衣', '10000~25000', 17230, '72.8%', 0.0211],
  [4, '防晒衣女夏季薄款', '10000~25000', 15980, '64.1%', 0.0407],
  [5, '防晒服', '10000~25000', 12460, '55.3%', 0.0164],
  [6, '冰丝防晒衣女', '5000~10000', 8870, '68.9%', 0.0376],
  [7, '皮肤衣', '5000~10000', null, '57.5%', 0.0152],
  [8, '防晒衣女长款', '5000~10000', 6120, '63.0%', 0.0198],
  [9, '防晒衣女连帽', '2500~5000', 3410, '66.2%', 0.0289],
  [10, 'upf50+防晒衣', '2500~5000', 3380, '70.4%', 0.0233],
  [11, '骑行防晒衣', '1000~2500', 1790, '74.6%', 0.0261],
  [12, '防晒衣女透气', '-', '-', '65.1%', '-'],
]);

// 观数 相关分析, saved as 搜索需求分析.xlsx: 相关搜索词 with the plugin's 预估 counts; every rate a fraction.
await xlsx('搜索需求分析.xlsx', [
  ['相关搜索词', '预估搜索人气', '预估点击人数', '预估支付买家数', '点击率', '需求供给比', '天猫商品点击占比', '预估支付转化率'],
  ['保温杯', 132450, 93979, 1523, 0.7096, 0.0412, 0.4127, 0.0115],
  ['保温杯女', 84320, 52345, 2917, 0.6208, 0.054, 0.3892, 0.0346],
  ['保温杯大容量', 58640, 36124, 1185, 0.616, 0.0696, 0.3666, 0.0202],
  ['316不锈钢保温杯', 46230, 33411, 1771, 0.7227, 0.1121, 0.5203, 0.0383],
  ['保温杯带吸管', 28460, 18569, 1477, 0.6525, 0.0737, 0.2987, 0.0519],
  ['保温杯茶水分离', 21830, 12449, 506, 0.5703, 0.1648, 0.4721, 0.0232],
  ['保温杯儿童', 52140, 36933, 2205, 0.7083, 0.0464, 0.3348, 0.0423],
  ['保温杯车载', 9640, 6213, 110, 0.6445, 0.0775, 0.2511, 0.0177],
]);

// 生意参谋 市场 > 搜索分析 > 相关分析, downloaded with its title rows above the header; the free
// version's ranges, a 环比 beside each figure, 需求供给比 and 天猫商品点击占比.
await xlsx(
  '【生意参谋平台】搜索分析_相关分析_冰丝防晒衣_2026-09-01_2026-09-07.xlsx',
  [
    ['相关搜索词', '搜索人气', '搜索人气环比', '点击率', '点击率环比', '免费点击率', '支付转化率', '支付买家数', '需求供给比', '天猫商品点击占比'],
    ['冰丝防晒衣', '5000 ~ 1万', '30%', '63.21%', '-4.10%', '58.02%', '1% ~ 2.5%', '50 ~ 100', 1.82, '41.25%'],
    ['冰丝防晒衣女', '2500 ~ 5000', '12%', '71.05%', '2.31%', '66.40%', '2.5% ~ 5%', '50 ~ 100', 2.47, '38.10%'],
    ['防晒衣女冰丝', '1000 ~ 2500', '-8%', '58.33%', '0.52%', '51.90%', '1% ~ 2.5%', '20 ~ 50', 0.96, '35.71%'],
    ['冰丝防晒衣女夏季薄款', '1000 ~ 2500', '45%', '66.67%', '10.02%', '60.15%', '2.5% ~ 5%', '20 ~ 50', 3.15, '29.41%'],
    ['冰丝防晒衣男', '1000 ~ 2500', '3%', '49.12%', '-1.76%', '47.00%', '1% ~ 2.5%', '20 ~ 50', 0.74, '44.44%'],
    ['冰丝防晒衣女长款', '500 ~ 1000', '-', '62.50%', '-', '55.55%', '1% ~ 2.5%', '0 ~ 20', 1.21, '33.33%'],
    ['冰丝防晒衣女连帽', '500 ~ 1000', '-', '67.74%', '-', '61.29%', '-', '0 ~ 20', 1.64, '-'],
    ['冰丝防晒衣女宽松', '150 ~ 300', '-', '60.00%', '-', '60.00%', '0% ~ 1%', '0 ~ 20', 0.88, '25.00%'],
  ],
  [['生意参谋-市场-搜索分析-相关分析'], ['搜索词：冰丝防晒衣'], ['统计时间：2026-09-01 ~ 2026-09-07'], ['终端：所有终端'], []],
);

// 直通车 报表 > 关键词报表, downloaded as CSV in GBK: a row per day, plan and keyword, rates with %,
// and a 合计 row at the end.
const ztcDays = ['2026-08-05', '2026-08-06', '2026-08-07'];
const ztcWords: [plan: string, word: string, shows: number, clicks: number, spend: number, orders: number, sales: number][] = [
  ['夏季防晒-标准', '防晒衣女', 2140, 61, 73.2, 3, 387.0],
  ['夏季防晒-标准', '冰丝防晒衣', 1530, 52, 58.24, 4, 516.0],
  ['夏季防晒-标准', '防晒衣女夏季薄款', 980, 37, 40.7, 2, 258.0],
  ['夏季防晒-标准', '防晒衣', 3020, 44, 66.0, 1, 129.0],
  ['夏季防晒-智能', '防晒衣女', 1210, 35, 38.5, 1, 129.0],
  ['夏季防晒-智能', '骑行防晒衣', 410, 16, 17.6, 1, 139.0],
  ['夏季防晒-智能', '防晒衣男', 690, 12, 14.4, 0, 0],
];
const ztcRows: string[][] = [];
const totals = [0, 0, 0, 0, 0];
ztcDays.forEach((day, d) => {
  for (const [plan, word, shows, clicks, spend, orders, sales] of ztcWords) {
    // Each day a little different, so that summing and re-deriving the rates is tested.
    const f = [1, 0.9, 1.15][d]!;
    const s = Math.round(shows * f);
    const c = Math.round(clicks * f);
    const cost = Math.round(spend * f * 100) / 100;
    const o = d === 1 ? Math.max(0, orders - 1) : orders;
    const gmv = o ? Math.round((sales / Math.max(orders, 1)) * o * 100) / 100 : 0;
    [s, c, cost, o, gmv].forEach((v, i) => (totals[i]! += v));
    ztcRows.push([day, plan, '冰丝防晒衣女夏季薄款UPF50+', word, String(s), String(c), cost.toFixed(2), `${((100 * c) / s).toFixed(2)}%`, c ? (cost / c).toFixed(2) : '0.00', gmv.toFixed(2), String(o), c ? `${((100 * o) / c).toFixed(2)}%` : '0.00%', cost ? (gmv / cost).toFixed(2) : '0.00']);
  }
});
const [ts, tc, tcost, to, tgmv] = totals as [number, number, number, number, number];
ztcRows.push(['合计', '', '', '', String(ts), String(tc), tcost.toFixed(2), `${((100 * tc) / ts).toFixed(2)}%`, (tcost / tc).toFixed(2), tgmv.toFixed(2), String(to), `${((100 * to) / tc).toFixed(2)}%`, (tgmv / tcost).toFixed(2)]);
const ztcHeader = ['日期', '计划名称', '宝贝名称', '关键词', '展现量', '点击量', '花费', '点击率', '平均点击花费', '总成交金额', '总成交笔数', '点击转化率', '投入产出比'];
write('直通车_关键词报表_20260805_20260807.csv', iconv.encode(Papa.unparse([ztcHeader, ...ztcRows], { newline: '\r\n' }) + '\r\n', 'gbk'));

// 直通车 as the CRM tools name the report's columns (总花费, 成交额, 成交笔数, 收藏次数, 投资回报率), as an
// .xlsx with 总计 as its last row.
await xlsx('关键词报表-保温杯-2026-08-01_2026-08-07.xlsx', [
  ['日期', '关键词', '展现量', '点击量', '点击率', '平均点击花费', '总花费', '成交额', '成交笔数', '收藏次数', '点击转化率', '投资回报率'],
  ['2026-08-01', '保温杯女', 1820, 55, '3.02%', 1.12, 61.6, 358.0, 4, 6, '7.27%', 5.81],
  ['2026-08-01', '316不锈钢保温杯', 940, 31, '3.30%', 1.54, 47.74, 267.0, 3, 2, '9.68%', 5.59],
  ['2026-08-01', '保温杯大容量', 1210, 26, '2.15%', 1.31, 34.06, 89.0, 1, 1, '3.85%', 2.61],
  ['2026-08-07', '保温杯女', 1640, 49, '2.99%', 1.09, 53.41, 268.5, 3, 4, '6.12%', 5.03],
  ['2026-08-07', '316不锈钢保温杯', 1010, 35, '3.47%', 1.5, 52.5, 445.0, 5, 3, '14.29%', 8.48],
  ['2026-08-07', '保温杯车载', 380, 9, '2.37%', 0.98, 8.82, 0, 0, 0, '0.00%', 0],
  ['总计', '', 7000, 205, '2.93%', 1.29, 258.13, 1427.5, 16, 16, '7.80%', 5.53],
]);
