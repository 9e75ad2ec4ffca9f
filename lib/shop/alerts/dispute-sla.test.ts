import rule from './dispute-sla';
import { at, hoursAgo, order, testAlert } from './test-alert';

testAlert(rule, [
  { name: 'refund, not a dispute', shop: { orders: [order({ id: '1', afterSale: 'refund-pending' })] }, alerts: [] },
  {
    name: 'opened Thursday: 3 working days skip the weekend',
    shop: { orders: [order({ id: '6974054999917376989', platform: 'douyin', status: 'completed', afterSale: 'dispute', afterSaleAt: at('2026-11-19 15:00:00') })] },
    alerts: [{ entityId: '6974054999917376989', severity: 'error', dueAt: at('2026-11-24 15:00:00') }],
  },
  {
    name: 'opened Saturday',
    shop: { orders: [order({ id: '1', afterSale: 'dispute', afterSaleAt: at('2026-11-21 09:00:00') })], now: at('2026-11-21 10:00:00') },
    alerts: [{ dueAt: at('2026-11-25 09:00:00') }],
  },
]);

testAlert(rule, [
  { name: 'the export’s own deadline wins over 3 working days', shop: { orders: [order({ id: '1', afterSale: 'dispute', afterSaleAt: hoursAgo(1), afterSaleDueAt: hoursAgo(-20) })] }, alerts: [{ dueAt: hoursAgo(-20) }] },
]);
