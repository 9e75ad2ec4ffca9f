// 复购率 = buyers with 2 or more paid orders / all buyers over the 90 full China days before today
// (运营手册: target ≥ 30%), from the day summaries (lib/shop/summaries.ts).
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { repurchase } from '../metrics';
import { percent } from '../numbers';

export default defineAlert({
  meta: {
    id: 'repurchase-low',
    severity: 'info',
    description: { zh: '复购率低于目标', en: 'Repurchase rate below target' },
    options: z.object({ min: z.number().min(0).max(1).default(0.3), minBuyers: z.number().int().min(1).default(20) }),
    sources: {
      min: '运营手册：复购率目标 ≥ 30%',
      minBuyers: 'ShopLint：少于 20 位买家时比例没有意义',
      rule: 'ShopLint：近 90 天按今天之前的 90 个完整自然日（北京时间）计，今天的订单明天计入（0 点时与滚动 90 天相同）',
    },
    inputs: {
      zh: '近 90 天订单的买家（买家会员名，或收件人+手机号的哈希）。',
      en: 'Buyers of the last 90 days of orders (member name, or a hash of receiver and phone).',
    },
    messages: {
      low: {
        zh: '近 90 天复购率 {rate}%（{repeat}/{buyers} 位买家复购），低于 {min}%：给老客发专属券，做会员/粉丝群回访',
        en: '90-day repurchase rate is {rate}% ({repeat} of {buyers} buyers came back), under {min}%: send returning-customer coupons and follow up in your fan group',
      },
    },
  },
  check(snapshot, options, context) {
    const r = repurchase(snapshot);
    if (r.buyers < options.minBuyers || r.rate >= options.min) return;
    context.report({ entityId: 'shop', messageId: 'low', data: { rate: percent(r.rate), repeat: r.repeat, buyers: r.buyers, min: percent(options.min) } });
  },
});
