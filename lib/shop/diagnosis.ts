// Why visitors or conversion fell, as far as the shop's own data can say: which 流量来源 fell (生意参谋
// 店铺来源 rows), at which funnel stage (访客 → 加购 → 支付, from the daily stats), and which listings
// changed their title or gained an error in an edit during the 7 days before (ShopLint's listing audit;
// the manual: 标题违规被降权 → 7 天内重新优化标题).
// What no import shows (competitors' promotions, platform rule changes) is named as unchecked, so a
// seller does not read "nothing found" as "nothing happened".
import type { Localized } from '../schemas/common';
import type { AuditRecord } from '../schemas/audit';
import type { DailyStat, TrafficSource } from '../schemas/shop';
import { percent } from './numbers';
import type { ShopSnapshot } from './snapshot';
import { DAY, fullDaysBefore, parseChinaTime } from './time';
import { lastDayTrend } from './trend';

/** The manual: a title change is judged by the platform within 7 days (标题违规被降权 → 7 天内重新优化标题). */
export const CHANGE_DAYS = 7;
/** At most this many listings (or channels) are named in one alert; the rest are counted. */
const MAX_NAMED = 3;
/** A channel "fell" past the day-to-day noise of one channel (traffic-drop's note: 日常波动约 ±15%). */
const CHANNEL_FALL = 0.15;

interface Stage {
  id: 'visitors' | 'cart' | 'pay' | 'conversion';
  name: Localized;
  value: (d: DailyStat) => number | undefined;
}

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);

const VISITORS: Stage = { id: 'visitors', name: { zh: '访客数', en: 'visitors' }, value: (d) => d.uv };
/** With 加购人数 the rate splits in two: a page that stopped persuading (加购率) or a checkout that stopped closing (加购后支付). */
const WITH_CART: Stage[] = [
  VISITORS,
  { id: 'cart', name: { zh: '加购率', en: 'add-to-cart rate' }, value: (d) => ratio(d.cartUsers, d.uv) },
  { id: 'pay', name: { zh: '加购后支付率', en: 'cart-to-paid rate' }, value: (d) => ratio(d.buyers, d.cartUsers) },
];
const WITHOUT_CART: Stage[] = [VISITORS, { id: 'conversion', name: { zh: '支付转化率', en: 'conversion' }, value: (d) => ratio(d.buyers, d.uv) }];

export type Drop = 'visitors' | 'conversion';

export interface StageChange {
  stage: Stage['id'];
  name: Localized;
  /** Relative change against the trailing average: −0.3 is a 30% fall. */
  change: number;
}

/** Each funnel stage of `day` (the last full day) against the trailing days; the 加购 split only when that day has 加购人数. */
export function funnelChanges(daily: readonly DailyStat[], now: number, day: string, trailing: number): StageChange[] {
  const stages = daily.find((d) => d.day === day)?.cartUsers !== undefined ? WITH_CART : WITHOUT_CART;
  return stages.flatMap((s) => {
    const trend = lastDayTrend(daily, now, s.value, trailing);
    return trend ? [{ stage: s.id, name: s.name, change: trend.change }] : [];
  });
}

export interface ListingChange {
  id: string;
  title: string;
  changedAt: number;
  /** The title before, when the title is what changed. */
  titleBefore?: string;
  /** Error findings the change brought (not in the audit before it). */
  newErrors: Localized[];
}

/** Listings whose title changed or that gained an error in a change at `from` ≤ changedAt < `to`, latest first. */
export function listingChanges(records: readonly AuditRecord[], from: number, to: number): ListingChange[] {
  return records
    .filter((r) => r.changedAt !== undefined && r.changedAt >= from && r.changedAt < to)
    .flatMap((r) => {
      const before = new Set(r.previous?.findingIds ?? []);
      const newErrors = r.findings.filter((f, i) => f.severity === 'error' && !before.has(r.findingIds[i]!)).map((f) => ({ zh: f.message, en: f.messageEn }));
      const titleChanged = r.previous !== undefined && r.previous.title !== r.title;
      if (!titleChanged && !newErrors.length) return [];
      return [{ id: r.id, title: r.title, changedAt: r.changedAt!, ...(titleChanged && { titleBefore: r.previous!.title }), newErrors }];
    })
    .sort((a, b) => b.changedAt - a.changedAt || (a.id < b.id ? -1 : 1));
}

export interface ChannelFall {
  channel: string;
  paid: boolean;
  uv: number;
  average: number;
  change: number;
}

/**
 * The channels whose visitors on `day` fell more than `CHANNEL_FALL` under their average over the
 * trailing days that have 流量来源 rows (a channel absent from such a day had 0), most visitors lost first;
 * undefined when `day` has no rows (the import is missing, not the traffic).
 */
export function channelFalls(rows: readonly TrafficSource[], now: number, day: string, trailing: number): ChannelFall[] | undefined {
  const days = fullDaysBefore(now, trailing + 1).map((d) => d.day);
  if (days.at(-1) !== day || !rows.some((r) => r.day === day)) return undefined;
  const before = new Set(days.slice(0, -1).filter((d) => rows.some((r) => r.day === d)));
  if (!before.size) return undefined;
  const channels = new Map<string, { paid: boolean; uv: number; sum: number }>();
  for (const r of rows) {
    if (r.day !== day && !before.has(r.day)) continue;
    const c = channels.get(r.channel) ?? { paid: r.paid, uv: 0, sum: 0 };
    if (r.day === day) c.uv += r.uv;
    else c.sum += r.uv;
    c.paid ||= r.paid;
    channels.set(r.channel, c);
  }
  return [...channels]
    .map(([channel, c]) => ({ channel, paid: c.paid, uv: c.uv, average: c.sum / before.size, change: c.sum ? (c.uv * before.size - c.sum) / c.sum : 0 }))
    .filter((c) => c.change <= -CHANNEL_FALL)
    .sort((a, b) => b.average - b.uv - (a.average - a.uv) || (a.channel < b.channel ? -1 : 1));
}

/** Signed from the rounded figure: 0.1 − 0.1000000001 is "0%", not "−0%". */
function signed(change: number): string {
  const p = percent(change);
  return `${p > 0 ? '+' : p < 0 ? '−' : ''}${Math.abs(p)}%`;
}
const short = (title: string) => (title.length > 12 ? `${title.slice(0, 12)}…` : title);
const both = (f: (lang: 'zh' | 'en') => string): Localized => ({ zh: f('zh'), en: f('en') });

/** `drop` is what fell: a fall of conversion is placed among the rates, never at the visitors. */
function funnelText(stages: StageChange[], drop: Drop): Localized {
  const worst = stages
    .filter((s) => drop === 'visitors' || s.stage !== 'visitors')
    .reduce<StageChange | undefined>((w, s) => (percent(s.change) < 0 && (!w || s.change < w.change) ? s : w), undefined);
  return both((lang) => {
    const list = stages.map((s) => `${s.name[lang]} ${signed(s.change)}`).join(lang === 'zh' ? '，' : ', ');
    if (lang === 'zh') return `漏斗：${list}${worst ? `，主要落在${worst.name.zh}` : ''}`;
    return `Funnel: ${list}${worst ? `; mostly in ${worst.name.en}` : ''}`;
  });
}

function channelText(falls: ChannelFall[]): Localized {
  const named = falls.slice(0, MAX_NAMED);
  const more = falls.length - named.length;
  return both((lang) => {
    if (!falls.length) return lang === 'zh' ? `流量来源：没有渠道比前几天均值下降超过 ${percent(CHANNEL_FALL)}%` : `Traffic sources: no channel fell more than ${percent(CHANNEL_FALL)}% under its average`;
    const items = named.map((c) => {
      const lost = Math.round(c.average - c.uv);
      if (lang === 'zh') return `${c.channel}${c.paid ? '（付费）' : ''} ${signed(c.change)}（少 ${lost} 访客）`;
      return `${c.channel}${c.paid ? ' (paid)' : ''} ${signed(c.change)} (${lost} fewer visitors)`;
    });
    return lang === 'zh' ? `流量来源下降：${items.join('、')}${more ? `，另有 ${more} 个` : ''}` : `Traffic sources that fell: ${items.join(', ')}${more ? `, ${more} more` : ''}`;
  });
}

function changeText(changes: ListingChange[], audited: number): Localized | undefined {
  // Never seen a product list: "no change" would be a claim about listings it has not seen.
  if (!audited) return undefined;
  const named = changes.slice(0, MAX_NAMED);
  const more = changes.length - named.length;
  return both((lang) => {
    if (!changes.length) {
      return lang === 'zh'
        ? `前 ${CHANGE_DAYS} 天店检体检未见商品改标题或新增违规（只含在商品列表页看到过的商品）`
        : `No listing changed its title or gained an error in the ${CHANGE_DAYS} days before (of those seen on the product list)`;
    }
    const items = named.map((c) => {
      const parts: string[] = [];
      if (c.titleBefore !== undefined) parts.push(lang === 'zh' ? `改了标题「${short(c.titleBefore)}」→「${short(c.title)}」` : `title changed “${short(c.titleBefore)}” → “${short(c.title)}”`);
      if (c.newErrors.length) parts.push(lang === 'zh' ? `新增违规：${c.newErrors.map((e) => e.zh).join('；')}` : `new errors: ${c.newErrors.map((e) => e.en).join('; ')}`);
      return `${c.id} ${parts.join(lang === 'zh' ? '，' : ', ')}`;
    });
    if (lang === 'zh') return `前 ${CHANGE_DAYS} 天改动的商品：${items.join('；')}${more ? `；另有 ${more} 个` : ''}（标题违规会被降权：7 天内重新优化标题）`;
    return `Listings changed in the ${CHANGE_DAYS} days before: ${items.join('; ')}${more ? `; ${more} more` : ''} (a violating title gets demoted: fix it within 7 days)`;
  });
}

const UNSEEN = {
  sources: { zh: '流量来源（导入生意参谋 店铺来源 表可看哪些渠道下降）', en: 'traffic sources (import the 生意参谋 店铺来源 sheet to see which channels fell)' },
  listings: { zh: '商品改动（打开千牛/抖店商品列表页，店检才能记下标题改动）', en: 'listing changes (open the 千牛/抖店 product list so ShopLint can record title changes)' },
  outside: { zh: '竞品促销、平台规则变化（店检看不到）', en: 'competitors’ promotions, platform rule changes (ShopLint cannot see them)' },
} satisfies Record<string, Localized>;

function uncheckedText(items: Localized[]): Localized {
  return both((lang) => (lang === 'zh' ? `未检查：${items.map((i) => i.zh).join('、')}` : `Not checked: ${items.map((i) => i.en).join(', ')}`));
}

/** The explanation of a drop on `day` (the last full day): channels, funnel, listing changes in the 7 days before it, what is unchecked. */
export function explainDrop(snapshot: Pick<ShopSnapshot, 'daily' | 'trafficSources' | 'changedListings' | 'auditedListings'>, now: number, day: string, trailing: number, drop: Drop): Localized {
  const dayStart = parseChinaTime(day)!;
  const falls = channelFalls(snapshot.trafficSources, now, day, trailing);
  const changes = changeText(listingChanges(snapshot.changedListings, dayStart - CHANGE_DAYS * DAY, dayStart + DAY), snapshot.auditedListings);
  const parts = [
    ...(falls ? [channelText(falls)] : []),
    funnelText(funnelChanges(snapshot.daily, now, day, trailing), drop),
    ...(changes ? [changes] : []),
    uncheckedText([...(falls ? [] : [UNSEEN.sources]), ...(changes ? [] : [UNSEEN.listings]), UNSEEN.outside]),
  ];
  return both((lang) => parts.map((p) => p[lang]).join(lang === 'zh' ? '。' : '. '));
}
