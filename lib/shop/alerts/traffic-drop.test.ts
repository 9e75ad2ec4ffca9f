import { expect } from 'vitest';
import rule from './traffic-drop';
import { at, day, testAlert } from './test-alert';
import { auditRow } from '../../audit/audit';

const week = ['2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18'].map((d) => day(d, 1000, 30));
const NO_CHANGE = '前 7 天店检体检未见商品改标题或新增违规（只含在商品列表页看到过的商品）。未检查：流量来源（导入生意参谋 店铺来源 表可看哪些渠道下降）、竞品促销、平台规则变化（店检看不到）';

// The seller rewrote a clean title on 11-16 with 全网最好 in it (an absolute term, 广告法 第九条): a title
// the platform demotes. The audit saw the listing on 11-01 and again after the change.
const first = auditRow('taobao', { id: '712345678901', title: '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', price: 129 }, undefined, at('2026-11-01 09:00')).record;
const retitled = auditRow('taobao', { id: '712345678901', title: '全网最好的冰丝防晒衣女夏季薄款防晒衣', price: 129 }, first, at('2026-11-16 21:30')).record;
// Changed long before the window: not named.
const old = { ...auditRow('taobao', { id: '700000000001', title: '全网最好的防晒帽', price: 39 }, { ...first, id: '700000000001', key: 'taobao:700000000001' }, at('2026-11-05 10:00')).record };

testAlert(rule, [
  {
    name: '30% is the line; the funnel says where, no listing changed',
    shop: { daily: [...week, day('2026-11-19', 700, 20)], auditedListings: 40 },
    alerts: [{ entityId: 'shop', messageId: 'drop', message: `2026-11-19 访客数 700，比前 7 天均值 1000 下降 30%：查看生意参谋流量来源，检查直通车/引力魔方计划与主推款排名。漏斗：访客数 −30%，支付转化率 −4.8%，主要落在访客数。${NO_CHANGE}` }],
  },
  {
    name: 'traffic fell after a title change: the listing is named with its old and new title and the new error',
    shop: { daily: [...week, day('2026-11-19', 600, 18)], changedListings: [retitled, old] },
    alerts: [
      {
        entityId: 'shop',
        message:
          '2026-11-19 访客数 600，比前 7 天均值 1000 下降 40%：查看生意参谋流量来源，检查直通车/引力魔方计划与主推款排名。漏斗：访客数 −40%，支付转化率 0%，主要落在访客数。' +
          '前 7 天改动的商品：712345678901 改了标题「冰丝防晒衣女夏季薄款UP…」→「全网最好的冰丝防晒衣女夏…」，新增违规：「最好」属于绝对化用语，违反广告法 第九条第三项，建议删除或改为：很好、好评如潮、口碑好' +
          '（标题违规会被降权：7 天内重新优化标题）。未检查：流量来源（导入生意参谋 店铺来源 表可看哪些渠道下降）、竞品促销、平台规则变化（店检看不到）',
        messageEn: expect.stringContaining('Listings changed in the 7 days before: 712345678901 title changed “冰丝防晒衣女夏季薄款UP…” → “全网最好的冰丝防晒衣女夏…”, new errors: "最好"'),
      },
    ],
  },
  {
    name: 'no product list ever seen: listing changes are named as unchecked',
    shop: { daily: [...week, day('2026-11-19', 700, 20)] },
    alerts: [{ message: expect.stringMatching(/主要落在访客数。未检查：流量来源（.*）、商品改动（打开千牛\/抖店商品列表页，店检才能记下标题改动）、竞品促销/) }],
  },
  { name: '29% is noise', shop: { daily: [...week, day('2026-11-19', 710, 20)] }, alerts: [] },
  { name: 'today (partial) is not judged', shop: { daily: [...week, day('2026-11-19', 1000, 30), day('2026-11-20', 100, 1)] }, alerts: [] },
  { name: 'too little history', shop: { daily: [...week.slice(-2), day('2026-11-19', 100, 1)] }, alerts: [] },
  { name: 'no stats', shop: {}, alerts: [] },
]);
