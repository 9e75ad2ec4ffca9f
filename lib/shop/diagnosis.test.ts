import { describe, expect, it } from 'vitest';
import { auditRow } from '../audit/audit';
import { at, day, NOW } from './alerts/test-alert';
import { channelFalls, explainDrop, funnelChanges, listingChanges } from './diagnosis';
import type { TrafficSource } from '../schemas/shop';

// Seven ordinary days: 1000 visitors, 100 加购 (10%), 30 paid (30% of the carts, 3% overall).
const week = ['2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18'].map((d) => day(d, 1000, 30, 3000, 100));
const changes = (daily: ReturnType<typeof day>[]) => funnelChanges(daily, NOW, '2026-11-19', 7).map((s) => [s.stage, Math.round(s.change * 1000) / 1000]);

describe('funnelChanges', () => {
  it.each([
    // Fewer visitors, same rates: the fall is at the top of the funnel.
    ['visitors', day('2026-11-19', 600, 18, 1800, 60), [['visitors', -0.4], ['cart', 0], ['pay', 0]]],
    // Same visitors, half the carts, carts pay as before: the page stopped persuading (50/1000 = 5% vs 10%).
    ['加购', day('2026-11-19', 1000, 15, 1500, 50), [['visitors', 0], ['cart', -0.5], ['pay', 0]]],
    // Same carts, fewer paid: checkout (coupon, price, stock) — 15/100 = 15% vs 30%.
    ['支付', day('2026-11-19', 1000, 15, 1500, 100), [['visitors', 0], ['cart', 0], ['pay', -0.5]]],
  ] as const)('a fall at %s', (_, last, want) => expect(changes([...week, last])).toEqual(want));

  it('without 加购人数 on the day, visitors and 支付转化率 only', () => {
    expect(changes([...week, day('2026-11-19', 1000, 24)])).toEqual([['visitors', 0], ['conversion', -0.2]]);
  });
});

describe('listingChanges', () => {
  const clean = auditRow('taobao', { id: '1', title: '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', price: 129 }, undefined, at('2026-11-01 09:00')).record;
  const from = at('2026-11-12 00:00');
  const to = at('2026-11-20 00:00');
  it('names title changes and new errors inside the window, latest first; a price change without a new error is not named', () => {
    const retitled = auditRow('taobao', { id: '1', title: '全网最好的冰丝防晒衣女夏季薄款', price: 129 }, clean, at('2026-11-16 21:30')).record;
    const repriced = auditRow('taobao', { id: '2', title: clean.title, price: 99 }, { ...clean, id: '2' }, at('2026-11-18 08:00')).record;
    const early = auditRow('taobao', { id: '3', title: '防晒衣女', price: 129 }, { ...clean, id: '3' }, at('2026-11-11 23:59')).record;
    const later = auditRow('taobao', { id: '4', title: '防晒衣女', price: 129 }, { ...clean, id: '4' }, to).record;
    const titleOnly = auditRow('taobao', { id: '5', title: '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线外套', price: 129 }, { ...clean, id: '5' }, at('2026-11-12 00:00')).record;
    const out = listingChanges([early, titleOnly, repriced, retitled, later], from, to);
    expect(out.map((c) => c.id)).toEqual(['1', '5']);
    expect(out[0]).toMatchObject({ titleBefore: clean.title, changedAt: at('2026-11-16 21:30') });
    expect(out[0]!.newErrors.map((e) => e.zh).join()).toContain('最好');
    expect(out[1]!.newErrors).toEqual([]);
  });

  it('a listing never seen changing (no changedAt, as before v5) is not named', () => {
    expect(listingChanges([clean], from, to)).toEqual([]);
  });
});

describe('explainDrop', () => {
  it('a conversion drop is placed among the rates even when visitors fell more', () => {
    const daily = [...week, day('2026-11-19', 500, 12, 1200, 50)];
    expect(explainDrop({ daily, trafficSources: [], changedListings: [], auditedListings: 0 }, NOW, '2026-11-19', 7, 'conversion').zh).toMatch(/^漏斗：访客数 −50%，加购率 0%，加购后支付率 −20%，主要落在加购后支付率。/);
    expect(explainDrop({ daily, trafficSources: [], changedListings: [], auditedListings: 0 }, NOW, '2026-11-19', 7, 'visitors').zh).toMatch(/主要落在访客数。/);
  });

  it('says what it could not check in both languages', () => {
    const why = explainDrop({ daily: [...week, day('2026-11-19', 600, 18, 1800, 60)], trafficSources: [], changedListings: [], auditedListings: 120 }, NOW, '2026-11-19', 7, 'visitors');
    expect(why.zh).toBe('漏斗：访客数 −40%，加购率 0%，加购后支付率 0%，主要落在访客数。前 7 天店检体检未见商品改标题或新增违规（只含在商品列表页看到过的商品）。未检查：流量来源（导入生意参谋 店铺来源 表可看哪些渠道下降）、竞品促销、平台规则变化（店检看不到）');
    expect(why.en).toMatch(/^Funnel: visitors −40%, add-to-cart rate 0%, cart-to-paid rate 0%; mostly in visitors\. No listing .* Not checked: traffic sources \(import the 生意参谋 店铺来源 sheet to see which channels fell\), competitors’ promotions, platform rule changes/);
  });

  it('an audit that never saw a product list claims no "no change": listing changes are unchecked', () => {
    const why = explainDrop({ daily: [...week, day('2026-11-19', 600, 18, 1800, 60)], trafficSources: [], changedListings: [], auditedListings: 0 }, NOW, '2026-11-19', 7, 'visitors');
    expect(why.zh).toBe('漏斗：访客数 −40%，加购率 0%，加购后支付率 0%，主要落在访客数。未检查：流量来源（导入生意参谋 店铺来源 表可看哪些渠道下降）、商品改动（打开千牛/抖店商品列表页，店检才能记下标题改动）、竞品促销、平台规则变化（店检看不到）');
  });
});

describe('channelFalls', () => {
  const src = (d: string, channel: string, uv: number, paid = false): TrafficSource => ({ day: d, channel, paid, uv });
  const days = ['2026-11-16', '2026-11-17', '2026-11-18'];
  const before = days.flatMap((d) => [src(d, '手淘搜索', 500), src(d, '手淘推荐', 200), src(d, '效果广告', 100, true)]);
  it.each([
    // Search lost 300 of 500 (−60%), ads 20 of 100 (−20%): both named, search first; 推荐 −10% is noise.
    ['two channels fell', [src('2026-11-19', '手淘搜索', 200), src('2026-11-19', '手淘推荐', 180), src('2026-11-19', '效果广告', 80, true)], [['手淘搜索', -0.6, 300], ['效果广告', -0.2, 20]]],
    // A channel with no row on the day had 0 visitors.
    ['a channel gone', [src('2026-11-19', '手淘搜索', 500), src('2026-11-19', '手淘推荐', 200)], [['效果广告', -1, 100]]],
    ['nothing fell', [src('2026-11-19', '手淘搜索', 480), src('2026-11-19', '手淘推荐', 200), src('2026-11-19', '效果广告', 100, true)], []],
  ] as const)('%s', (_, last, want) => {
    const out = channelFalls([...before, ...last], NOW, '2026-11-19', 7)!;
    expect(out.map((c) => [c.channel, Math.round(c.change * 100) / 100, Math.round(c.average - c.uv)])).toEqual(want);
  });

  it('no rows for the day: unknown (undefined), not "nothing fell"', () => {
    expect(channelFalls(before, NOW, '2026-11-19', 7)).toBeUndefined();
  });

  it('the explanation names the channels and no longer lists sources as unchecked', () => {
    const why = explainDrop({ daily: [...week, day('2026-11-19', 460, 14, 1400, 46)], trafficSources: [...before, src('2026-11-19', '手淘搜索', 200), src('2026-11-19', '手淘推荐', 180), src('2026-11-19', '效果广告', 80, true)], changedListings: [], auditedListings: 120 }, NOW, '2026-11-19', 7, 'visitors');
    expect(why.zh).toMatch(/^流量来源下降：手淘搜索 −60%（少 300 访客）、效果广告（付费） −20%（少 20 访客）。漏斗：访客数 −54%/);
    expect(why.zh).toMatch(/未检查：竞品促销、平台规则变化（店检看不到）$/);
    expect(why.en).toMatch(/^Traffic sources that fell: 手淘搜索 −60% \(300 fewer visitors\), 效果广告 \(paid\) −20% \(20 fewer visitors\)\. Funnel/);
  });
});
