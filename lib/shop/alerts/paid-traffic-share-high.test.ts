import rule from './paid-traffic-share-high';
import { testAlert } from './test-alert';
import type { TrafficSource } from '../../schemas/shop';

// Judged at 2026-11-20 10:00: the 7 full days are 11-13 … 11-19.
const DAYS = ['2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'];
const week = (channel: string, uv: number, paid = false): TrafficSource[] => DAYS.map((day) => ({ day, channel, paid, uv }));

testAlert(rule, [
  {
    // 7 × (60 + 20) = 560 paid of 7 × 180 = 1260: 44.4%.
    name: 'paid channels over 40% of the week',
    shop: { trafficSources: [...week('手淘搜索', 100), ...week('效果广告', 60, true), ...week('万相台', 20, true)] },
    alerts: [
      {
        entityId: 'shop',
        messageId: 'high',
        message: '近 7 天 1260 个访客中 560 个来自付费渠道（44.4%，超过 40%）：效果广告 33.3%, 万相台 11.1%。优化免费流量：标题关键词与主图点击率、搜索排名、老客复购与内容种草，免费流量起来后再逐步降低推广预算',
      },
    ],
  },
  // 7 × 40 = 280 of 700: exactly 40% is the line, not over it.
  { name: 'exactly 40% does not fire', shop: { trafficSources: [...week('手淘搜索', 60), ...week('效果广告', 40, true)] }, alerts: [] },
  { name: 'a lower threshold from the settings', options: { maxShare: 0.3 }, shop: { trafficSources: [...week('手淘搜索', 60), ...week('效果广告', 40, true)] }, alerts: [{ messageId: 'high' }] },
  // The paid days before the window (11-12) and today (partial) do not count.
  {
    name: 'only the 7 full days count',
    shop: { trafficSources: [...week('手淘搜索', 100), { day: '2026-11-12', channel: '效果广告', paid: true, uv: 5000 }, { day: '2026-11-20', channel: '效果广告', paid: true, uv: 5000 }] },
    alerts: [],
  },
  { name: 'too few visitors to judge', shop: { trafficSources: [{ day: '2026-11-19', channel: '效果广告', paid: true, uv: 60 }, { day: '2026-11-19', channel: '手淘搜索', paid: false, uv: 30 }] }, alerts: [] },
  { name: 'no 流量来源 imported', shop: {}, alerts: [] },
]);
