// Why visitors or conversion fell, as far as the shop's own data can say: at which funnel stage
// (访客 → 加购 → 支付, from the daily stats), and which listings changed their title or price and gained
// an error in the 7 days before (ShopLint's listing audit; the manual: 标题违规被降权 → 7 天内重新优化标题).
// What no import shows (competitors' promotions, platform rule changes) is named as unchecked, so a
// seller does not read "nothing found" as "nothing happened".
import type { Localized } from '../schemas/common';
import type { AuditRecord } from '../schemas/audit';
import type { DailyStat } from '../schemas/shop';
import { percent } from './numbers';
import type { ShopSnapshot } from './snapshot';
import { parseChinaTime, DAY } from './time';
import { lastDayTrend } from './trend';

/** The manual: a title change is judged by the platform within 7 days (标题违规被降权 → 7 天内重新优化标题). */
export const CHANGE_DAYS = 7;
/** At most this many listings are named in one alert; the rest are counted. */
const MAX_NAMED = 3;

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

/** Signed from the rounded figure: 0.1 − 0.1000000001 is "0%", not "−0%". */
function signed(change: number): string {
  const p = percent(change);
  return `${p > 0 ? '+' : p < 0 ? '−' : ''}${Math.abs(p)}%`;
}
const short = (title: string) => (title.length > 12 ? `${title.slice(0, 12)}…` : title);
const both = (f: (lang: 'zh' | 'en') => string): Localized => ({ zh: f('zh'), en: f('en') });

function funnelText(stages: StageChange[]): Localized {
  const worst = stages.reduce<StageChange | undefined>((w, s) => (percent(s.change) < 0 && (!w || s.change < w.change) ? s : w), undefined);
  return both((lang) => {
    const list = stages.map((s) => `${s.name[lang]} ${signed(s.change)}`).join(lang === 'zh' ? '，' : ', ');
    if (lang === 'zh') return `漏斗：${list}${worst ? `，主要落在${worst.name.zh}` : ''}`;
    return `Funnel: ${list}${worst ? `; mostly in ${worst.name.en}` : ''}`;
  });
}

function changeText(changes: ListingChange[]): Localized {
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

const UNCHECKED: Localized = { zh: '未检查：竞品促销、平台规则变化（店检看不到）', en: 'Not checked: competitors’ promotions, platform rule changes (ShopLint cannot see them)' };

/** The explanation of a drop on `day` (the last full day): funnel, listing changes in the 7 days before it, what is unchecked. */
export function explainDrop(snapshot: Pick<ShopSnapshot, 'daily' | 'changedListings'>, now: number, day: string, trailing: number): Localized {
  const dayStart = parseChinaTime(day)!;
  const parts = [funnelText(funnelChanges(snapshot.daily, now, day, trailing)), changeText(listingChanges(snapshot.changedListings, dayStart - CHANGE_DAYS * DAY, dayStart + DAY)), UNCHECKED];
  return both((lang) => parts.map((p) => p[lang]).join(lang === 'zh' ? '。' : '. '));
}
