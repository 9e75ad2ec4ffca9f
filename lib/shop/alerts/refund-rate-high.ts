// Share of the paid orders of the last 30 full China days that were refunded or are being refunded. A high rate drags
// the shop's 体验分 and usually points at one product (size, quality, description).
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { refundRate } from '../metrics';
import { percent } from '../numbers';

export default defineAlert({
  meta: {
    id: 'refund-rate-high',
    severity: 'warn',
    description: { zh: '30 天退款率偏高', en: '30-day refund rate high' },
    options: z.object({ max: z.number().min(0).max(1).default(0.1), minOrders: z.number().int().min(1).default(20), days: z.number().int().min(1).default(30) }),
    sources: {
      max: 'ShopLint：退款率超过 10% 提醒（手册未给数字，按服饰类常见警戒线，可在设置中调整）',
      minOrders: 'ShopLint：少于 20 单时比例没有意义',
      days: '平台体验分按近 30 天计算；ShopLint 按今天之前的完整自然日（北京时间）计，今天的订单明天计入（0 点时与滚动 30 天相同）',
    },
    inputs: {
      zh: '近 30 天已付款订单及其售后状态、退款金额（订单导出、宝贝报表、售后/退款导出）。换货不算退款。',
      en: 'Paid orders of the last 30 days with their after-sale state and refund amount (order exports, 宝贝报表, after-sale/refund exports). Exchanges are not refunds.',
    },
    messages: {
      high: {
        zh: '近 {days} 天退款率 {rate}%（{refunded}/{orders} 单），超过 {max}%：按商品查看退款原因，修正尺码表与描述',
        en: 'Refund rate over {days} days is {rate}% ({refunded} of {orders} orders), above {max}%: check refund reasons per product and fix size charts and descriptions',
      },
    },
  },
  check(snapshot, options, context) {
    const r = refundRate(snapshot, options.days);
    if (r.orders < options.minOrders || r.rate <= options.max) return;
    context.report({ entityId: 'shop', messageId: 'high', data: { days: options.days, rate: percent(r.rate), refunded: r.refunded, orders: r.orders, max: percent(options.max) } });
  },
});
