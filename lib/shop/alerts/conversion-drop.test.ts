import rule from './conversion-drop';
import { day, testAlert } from './test-alert';

const week = ['2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18'].map((d) => day(d, 1000, 30));

testAlert(rule, [
  { name: '3% → 2.4% is a 20% drop', shop: { daily: [...week, day('2026-11-19', 1000, 24)] }, alerts: [{ entityId: 'shop', message: '2026-11-19 支付转化率 2.4%，比前 7 天均值 3% 下降 20%：检查价格与优惠是否失效、差评、主图详情和客服响应' }] },
  { name: 'fewer visitors, same rate', shop: { daily: [...week, day('2026-11-19', 500, 15)] }, alerts: [] },
  { name: 'no visitors that day', shop: { daily: [...week, day('2026-11-19', 0, 0)] }, alerts: [] },
]);
