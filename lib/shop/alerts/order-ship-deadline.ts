// Ship by the order's own deadline. The platforms judge each order by what was promised for it — the
// export's 承诺发货时间 or 预约发货时间, a 预售 date, 当日发 or a 24-hour promise (EVIDENCE.md "Platform
// rules"; lib/shop/import/promise.ts) — and 48 h after payment is only the default (抖音 rule, also
// 淘宝's default promise; 运营手册), replaced by the seller's own promise per product in settings.
// A 预售 order whose export gives no date is not judged: its date is on the product, not in the file.
// What counts is the courier's pickup (揽收, 体验分's 48小时揽收及时率): an order marked shipped whose
// parcel the export says is still waiting for pickup is judged as not yet shipped (虚假发货 risk).
import { z } from 'zod';
import type { Localized } from '../../schemas/common';
import type { Order, OrderLine } from '../../schemas/shop';
import { defineAlert } from './define-alert';
import { HOUR, formatChinaTime } from '../time';
import { round1 } from '../numbers';

const BASIS: Record<NonNullable<Order['shipBasis']>, Localized> = {
  promise: { zh: '承诺发货时间', en: 'promised ship time' },
  booked: { zh: '预约发货时间', en: 'booked ship time' },
  presale: { zh: '预售发货时间', en: 'pre-sale ship date' },
  'same-day': { zh: '当日发', en: 'same-day promise' },
  hours: { zh: '订单发货承诺', en: "the order's ship-within promise" },
};

export default defineAlert({
  meta: {
    id: 'order-ship-deadline',
    severity: 'warn',
    description: { zh: '已付款未揽收，临近或超过订单的发货时限', en: 'Paid order near or past its own shipping deadline' },
    options: z.object({ shipHours: z.number().positive().default(48), warnHours: z.number().positive().default(12) }),
    sources: {
      shipHours: '抖音电商、淘宝：付款后 48 小时内发货（运营手册），仅在导出没有订单自己的承诺发货时间时使用',
      warnHours: 'ShopLint：剩余 12 小时内提醒，留出一个班次',
    },
    inputs: {
      zh: '订单状态、付款时间；订单自己的时限：抖店订单导出的 承诺发货时间 / 预约发货时间 / 订单类型（当日发、24 小时、预售天数），千牛订单报表的 预售订单；抖店售后导出的 发货物流状态（待揽收）。都没有时用设置里的商品发货时效，再没有用 48 小时。',
      en: "Order status and payment time; the order's own deadline: 承诺发货时间 / 预约发货时间 / 订单类型 (当日发, 24 h, 预售 days) in the 抖店 order export, 预售订单 in the 千牛 order report; 发货物流状态 (待揽收) in the 抖店 after-sale export. Without them, the product's ship-within hours from settings, else 48 h.",
    },
    deadline: true,
    messages: {
      soon: {
        zh: '订单 {id} 需在 {due} 前发货（{basis}，还剩 {left} 小时）：今天优先打单发货',
        en: 'Order {id} must ship by {due} ({basis}, {left} h left): ship it first today',
      },
      overdue: {
        zh: '订单 {id} 已超过发货时限 {over} 小时（{basis}：应于 {due} 前发货）：立即发货并联系买家说明，避免延迟发货处罚',
        en: 'Order {id} is {over} h past its shipping deadline ({basis}: {due}): ship now and message the buyer to avoid a late-shipment penalty',
      },
      notPickedUp: {
        zh: '订单 {id} 已填运单但快递尚未揽收，发货时限 {due}（{basis}）：联系快递上门揽收，未揽收会被判虚假发货',
        en: 'Order {id} has a waybill but the courier has not picked it up; deadline {due} ({basis}): get it collected, or it counts as a fake shipment',
      },
    },
  },
  check(snapshot, options, context) {
    const shipHours = snapshot.settings.shipHours ?? {};
    // The order's lines, only when the seller has set a promise for some product.
    const productsOf = (orderId: string): OrderLine[] =>
      Object.keys(shipHours).length === 0
        ? []
        : (context
            .memo('lines-by-order', () => {
              const map = new Map<string, OrderLine[]>();
              for (const l of snapshot.lines) (map.get(l.orderId) ?? map.set(l.orderId, []).get(l.orderId)!).push(l);
              return map;
            })
            .get(orderId) ?? []);
    for (const order of snapshot.orders) {
      const waitingPickup = order.status === 'shipped' && order.awaitingPickup === true;
      if (order.status !== 'paid' && !waitingPickup) continue;
      let dueAt: number, basis: Localized;
      if (order.shipBy !== undefined) {
        dueAt = order.shipBy;
        basis = BASIS[order.shipBasis ?? 'promise'];
      } else if (order.shipBasis === 'presale') continue;
      else {
        // The seller's promise for the order's products (the shortest when they differ), else the default.
        const own = productsOf(order.id).map((l) => (l.productId === undefined ? undefined : shipHours[l.productId])).filter((h): h is number => h !== undefined);
        const hours = own.length ? Math.min(...own) : options.shipHours;
        dueAt = (order.paidAt ?? order.createdAt) + hours * HOUR;
        basis = own.length ? { zh: `商品发货时效 ${hours} 小时`, en: `the product's ${hours} h promise` } : { zh: `默认付款后 ${hours} 小时`, en: `default ${hours} h after payment` };
      }
      const left = dueAt - context.now;
      const due = formatChinaTime(dueAt);
      if (waitingPickup) context.report({ entityId: order.id, messageId: 'notPickedUp', severity: left <= options.warnHours * HOUR ? 'error' : 'warn', dueAt, data: { id: order.id, due, basis } });
      else if (left > options.warnHours * HOUR) continue;
      else if (left <= 0) context.report({ entityId: order.id, messageId: 'overdue', severity: 'error', dueAt, data: { id: order.id, due, over: round1(-left / HOUR), basis } });
      else context.report({ entityId: order.id, messageId: 'soon', dueAt, data: { id: order.id, due, left: round1(left / HOUR), basis } });
    }
  },
});
