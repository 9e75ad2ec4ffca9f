import { expect } from 'vitest';
import rule from './conversion-drop';
import { day, testAlert } from './test-alert';

const week = ['2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18'].map((d) => day(d, 1000, 30));

testAlert(rule, [
  { name: '3% → 2.4% is a 20% drop', shop: { daily: [...week, day('2026-11-19', 1000, 24)], auditedListings: 40 }, alerts: [{ entityId: 'shop', message: '2026-11-19 支付转化率 2.4%，比前 7 天均值 3% 下降 20%：检查价格与优惠是否失效、差评、主图详情和客服响应。漏斗：访客数 0%，支付转化率 −20%，主要落在支付转化率。前 7 天店检体检未见商品改标题或新增违规（只含在商品列表页看到过的商品）。未检查：流量来源（导入生意参谋 店铺来源 表可看哪些渠道下降）、竞品促销、平台规则变化（店检看不到）' }] },
  {
    name: 'with 加购人数 the funnel says the carts stopped paying',
    shop: { daily: [...week.map((d) => ({ ...d, cartUsers: 100 })), day('2026-11-19', 1000, 21, 2100, 100)] },
    alerts: [{ entityId: 'shop', message: expect.stringContaining('。漏斗：访客数 0%，加购率 0%，加购后支付率 −30%，主要落在加购后支付率。') }],
  },
  { name: 'fewer visitors, same rate', shop: { daily: [...week, day('2026-11-19', 500, 15)] }, alerts: [] },
  { name: 'no visitors that day', shop: { daily: [...week, day('2026-11-19', 0, 0)] }, alerts: [] },
]);
