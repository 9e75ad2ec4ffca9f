// The ship-by time an export gives an order. 抖店's order export carries the order's own promise:
// 承诺发货时间, 预约发货时间 (a booked date), and 订单类型 naming 当日发, a 24/48-hour promise or 预售
// with its days or weeks (ids 47180160648, 68603176596; sellers set 当日/24h/48h or 预售 per product,
// ids 53208062556, 58415834191). 千牛's 订单报表 marks 预售订单 (id 12369233323) without a date.
// 48 h after payment applies only where the export says nothing (lib/shop/alerts/order-ship-deadline.ts).
import type { Order } from '../../schemas/shop';
import { DAY, HOUR, chinaDayStart } from '../time';

export interface PromiseCells {
  promisedAt?: number;
  bookedAt?: number;
  orderType?: string;
  presale?: string;
  paidAt?: number;
}

export type ShipPromise = Pick<Order, 'shipBy' | 'shipBasis'>;

export function shipPromise({ promisedAt, bookedAt, orderType = '', presale = '', paidAt }: PromiseCells): ShipPromise | undefined {
  if (promisedAt !== undefined) return { shipBy: promisedAt, shipBasis: 'promise' };
  if (bookedAt !== undefined) return { shipBy: bookedAt, shipBasis: 'booked' };
  const type = orderType.replace(/\s/g, '');
  if (/预售/.test(type) || /^(是|预售|yes|true|1)/i.test(presale.trim())) {
    const days = /(\d+)(天|日)/.exec(type), weeks = /(\d+)周/.exec(type);
    const span = days ? Number(days[1]) * DAY : weeks ? Number(weeks[1]) * 7 * DAY : undefined;
    return span !== undefined && paidAt !== undefined ? { shipBy: paidAt + span, shipBasis: 'presale' } : { shipBasis: 'presale' };
  }
  if (paidAt === undefined) return undefined;
  // 当日发: by the end of the China day of payment.
  if (/当日发|当天发/.test(type)) return { shipBy: chinaDayStart(paidAt) + DAY - 1000, shipBasis: 'same-day' };
  const hours = /(\d+)(小时|h)/i.exec(type);
  if (hours) return { shipBy: paidAt + Number(hours[1]) * HOUR, shipBasis: 'hours' };
  return undefined;
}
