// How old the seller's keyword data is. Search demand moves with the season (防晒衣 peaks in May and
// is gone by October), so figures older than a month steer titles wrong; the overlay shows the age.
import type { Localized } from '../schemas/common';
import { chinaDate } from './dates';

/** After this many days the data is called stale (生意参谋 搜索分析 offers 30-day windows). */
export const STALE_DAYS = 30;

export interface DataAge {
  days: number;
  stale: boolean;
  text: Localized;
}

/** The age of data covering `dataDate` (YYYY-MM-DD), counted in China calendar days at `now`. */
export function dataAge(dataDate: string, now: Date): DataAge {
  const days = Math.max(0, Math.round((Date.parse(chinaDate(now)) - Date.parse(dataDate)) / 86_400_000));
  const stale = days > STALE_DAYS;
  const text: Localized =
    days === 0
      ? { zh: '数据为今天', en: 'Data from today' }
      : stale
        ? { zh: `数据已 ${days} 天未更新`, en: `Data not updated for ${days} days` }
        : { zh: `数据更新于 ${days} 天前`, en: `Data updated ${days} day${days === 1 ? '' : 's'} ago` };
  return { days, stale, text };
}
