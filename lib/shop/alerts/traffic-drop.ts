// Yesterday's visitors against the trailing 7 days: a sudden drop is a lost 坑位, a failed ad plan or
// a listing problem, worth finding the same morning.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { explainDrop } from '../diagnosis';
import { lastDayTrend } from '../trend';
import { percent } from '../numbers';

export default defineAlert({
  meta: {
    id: 'traffic-drop',
    severity: 'warn',
    description: { zh: '访客数较前 7 天均值明显下降', en: 'Visitors dropped against the trailing 7 days' },
    options: z.object({ drop: z.number().min(0).max(1).default(0.3), trailingDays: z.number().int().min(3).default(7) }),
    sources: { trailingDays: '运营手册：流量与前 7 天对比', drop: 'ShopLint：下降 30% 以上才提醒（日常波动约 ±15%），可在设置中调整' },
    inputs: {
      zh: '每日流量表（日期、访客数）的最近 8 天；说明原因时还用加购人数（漏斗各环节）和店检商品体检（千牛/抖店商品列表页）记下的前 7 天改标题与新增违规。',
      en: 'The daily traffic sheet (日期, 访客数), last 8 days; the explanation also uses 加购人数 (the funnel stages) and the listing audit (the 千牛/抖店 product lists) for title changes and new errors in the 7 days before.',
    },
    messages: {
      drop: {
        zh: '{day} 访客数 {uv}，比前 7 天均值 {average} 下降 {change}%：查看生意参谋流量来源，检查直通车/引力魔方计划与主推款排名。{why}',
        en: '{day}: {uv} visitors, {change}% under the 7-day average of {average}: check traffic sources, ad plans and your top product ranking. {why}',
      },
    },
  },
  check(snapshot, options, context) {
    const trend = lastDayTrend(snapshot.daily, context.now, (d) => d.uv, options.trailingDays);
    // The epsilon keeps a drop of exactly the threshold (3% → 2.4%) from missing by a rounding error.
    if (!trend || -trend.change < options.drop - 1e-9) return;
    context.report({ entityId: 'shop', messageId: 'drop', data: { day: trend.day, uv: trend.value, average: Math.round(trend.average), change: percent(-trend.change), why: explainDrop(snapshot, context.now, trend.day, options.trailingDays, 'visitors') } });
  },
});
