// Yesterday's 支付转化率 (支付买家数 / 访客数) against the trailing 7 days.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { explainDrop } from '../diagnosis';
import { conversionOf, lastDayTrend } from '../trend';
import { percent, round2 } from '../numbers';

export default defineAlert({
  meta: {
    id: 'conversion-drop',
    severity: 'warn',
    description: { zh: '支付转化率较前 7 天均值明显下降', en: 'Conversion dropped against the trailing 7 days' },
    options: z.object({ drop: z.number().min(0).max(1).default(0.2), trailingDays: z.number().int().min(3).default(7) }),
    sources: { trailingDays: '运营手册：转化率与前 7 天对比', drop: 'ShopLint：相对下降 20% 以上才提醒，可在设置中调整' },
    inputs: {
      zh: '每日流量表（日期、访客数、支付买家数）的最近 8 天；说明原因时还用加购人数（漏斗各环节）和店检商品体检（千牛/抖店商品列表页）记下的前 7 天改标题与新增违规。',
      en: 'The daily traffic sheet (日期, 访客数, 支付买家数), last 8 days; the explanation also uses 加购人数 (the funnel stages) and the listing audit (the 千牛/抖店 product lists) for title changes and new errors in the 7 days before.',
    },
    messages: {
      drop: {
        zh: '{day} 支付转化率 {rate}%，比前 7 天均值 {average}% 下降 {change}%：检查价格与优惠是否失效、差评、主图详情和客服响应。{why}',
        en: '{day}: conversion {rate}%, {change}% under the 7-day average of {average}%: check prices and coupons, new bad reviews, the main image and replies. {why}',
      },
    },
  },
  check(snapshot, options, context) {
    const trend = lastDayTrend(snapshot.daily, context.now, conversionOf, options.trailingDays);
    // The epsilon keeps a drop of exactly the threshold (3% → 2.4%) from missing by a rounding error.
    if (!trend || -trend.change < options.drop - 1e-9) return;
    context.report({ entityId: 'shop', messageId: 'drop', data: { day: trend.day, rate: round2(trend.value * 100), average: round2(trend.average * 100), change: percent(-trend.change), why: explainDrop(snapshot, context.now, trend.day, options.trailingDays, 'conversion') } });
  },
});
