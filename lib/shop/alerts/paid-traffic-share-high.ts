// The share of the shop's visitors bought through ad channels (生意参谋 流量来源, `paid`) over the
// trailing full days. The manual: 付费流量占比过高就得优化免费流量 — a shop that lives on ads loses its
// traffic the day the budget stops, and pays for every visitor the search would have sent for free.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { paidTraffic } from '../paid-traffic';
import { percent } from '../numbers';

export default defineAlert({
  meta: {
    id: 'paid-traffic-share-high',
    severity: 'warn',
    description: { zh: '付费流量占访客比例过高', en: 'Too many of the visitors are paid for' },
    options: z.object({
      maxShare: z.number().min(0).max(1).default(0.4),
      days: z.number().int().min(1).default(7),
      minVisitors: z.number().int().min(0).default(100),
    }),
    sources: {
      rule: '运营手册：付费流量占比过高就得优化免费流量',
      maxShare:
        'ShopLint：手册没有给出数字，默认 40%（免费流量仍占多数），可在设置中调整。参照：公开的生意参谋诊断脚本（search 工具 read_file id 70631352105，2026）把推广花费占销售额 30% 以上标红——那是花费占比而非访客占比，故只作参照',
      days: '与流量下滑同：前 7 个完整日',
      minVisitors: 'ShopLint：7 天不足 100 个访客时比例起伏太大，不提醒',
    },
    inputs: {
      zh: '生意参谋 流量来源（店铺来源）表：日期、流量来源、访客数（花费可选）。效果广告、直通车/关键词推广、万相台、人群/全站推广、引力魔方，或有花费的渠道算付费。',
      en: 'The 生意参谋 流量来源 (店铺来源) sheet: 日期, 流量来源, 访客数 (花费 optional). 效果广告, 直通车/关键词推广, 万相台, 人群/全站推广, 引力魔方, or any channel with spend counts as paid.',
    },
    messages: {
      high: {
        zh: '近 {days} 天 {total} 个访客中 {paid} 个来自付费渠道（{share}%，超过 {max}%）：{channels}。优化免费流量：标题关键词与主图点击率、搜索排名、老客复购与内容种草，免费流量起来后再逐步降低推广预算',
        en: 'Over {days} days {paid} of {total} visitors came through paid channels ({share}%, over {max}%): {channels}. Grow free traffic — title keywords and main-image click rate, search ranking, repeat buyers and content — then lower the ad budget step by step',
      },
    },
  },
  check(snapshot, options, context) {
    const traffic = paidTraffic(snapshot.trafficSources, context.now, options.days);
    if (!traffic) return;
    const { total, paid } = traffic;
    // The epsilon keeps a share of exactly the threshold from firing by a rounding error.
    if (total < Math.max(1, options.minVisitors) || paid / total <= options.maxShare + 1e-9) return;
    const channels = traffic.channels.map(([channel, uv]) => `${channel} ${percent(uv / total)}%`).join(', ');
    context.report({ entityId: 'shop', messageId: 'high', data: { days: options.days, total, paid, share: percent(paid / total), max: percent(options.maxShare), channels } });
  },
});
