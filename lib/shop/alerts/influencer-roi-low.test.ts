import { expect } from 'vitest';
import rule from './influencer-roi-low';
import { at, testAlert } from './test-alert';
import type { Commission } from '../../schemas/shop';

const sale = (orderId: string, author: string | undefined, day: string, amount: number, rate: number, fields: Partial<Commission> = {}): Commission => ({
  orderId, productId: 'p1', day, paidAt: at(`${day} 20:00`), ...(author && { author }), amount, rate, commission: Math.round(amount * rate * 100) / 100, settled: false, refunded: false, ...fields,
});
const days = ['2026-11-17', '2026-11-18', '2026-11-19'];
// 50%: 297 of GMV for 148.50 of commission, ROI 2
const half = days.map((d, i) => sale(`b${i}`, '露营老李', d, 99, 0.5));
// 20%: ROI 5
const fifth = days.map((d, i) => sale(`a${i}`, '山野户外小王', d, 369, 0.2));

testAlert(rule, [
  {
    name: 'a 50% 达人 is under 3',
    shop: { commissions: [...half, ...fifth] },
    alerts: [{ entityId: '露营老李', messageId: 'low', message: '达人「露营老李」近 30 天带货 297.00 元（3 单），佣金 148.50 元，ROI 2，低于 3：与达人重谈佣金率或改按 ROI 结算，效果不回升就停止合作' }],
  },
  // 1 ÷ 3: GMV exactly 3 × commission is not under it
  { name: 'ROI exactly at the threshold', shop: { commissions: days.map((d, i) => sale(`c${i}`, '达人C', d, 90, 1 / 3)) }, alerts: [] },
  { name: 'a refunded order is not counted: too few orders left', shop: { commissions: [...half.slice(0, 2), { ...half[2]!, refunded: true, commission: 0 }] }, alerts: [] },
  { name: "the shop's own sales are no 达人's", shop: { commissions: days.map((d, i) => sale(`s${i}`, undefined, d, 99, 0)) }, alerts: [] },
  { name: 'the seller’s threshold', shop: { commissions: fifth }, options: { minRoi: 6 }, alerts: [{ entityId: '山野户外小王', message: expect.stringContaining('ROI 5，低于 6') }] },
  { name: 'orders older than the window or of today do not count', shop: { commissions: [sale('o1', '露营老李', '2026-10-20', 99, 0.5), sale('o2', '露营老李', '2026-11-20', 99, 0.5), ...half.slice(1)] }, alerts: [] },
]);
