import { describe, expect, it } from 'vitest';
import type { Alert } from '../schemas/shop';
import { overdueNews } from './overdue';
import { HOUR } from './time';

const NOW = Date.UTC(2026, 4, 6, 4);
const alert = (type: Alert['type'], entityId: string, dueInHours?: number): Alert => ({
  type,
  severity: dueInHours !== undefined && dueInHours <= 0 ? 'error' : 'warn',
  entityId,
  messageId: 'm',
  message: '…',
  messageEn: '…',
  ...(dueInHours !== undefined && { dueAt: NOW + dueInHours * HOUR }),
});

describe('overdueNews', () => {
  it('tells about shipments past their deadline, most overdue first', () => {
    const news = overdueNews([alert('order-ship-deadline', 'a', -1), alert('order-ship-deadline', 'b', -5), alert('order-ship-deadline', 'c', 3)], [], NOW);
    expect(news.fresh.map((a) => a.entityId)).toEqual(['b', 'a']);
    expect(news.notified).toEqual(['a', 'b']);
  });

  it('does not repeat what was told, and tells about one that became overdue since', () => {
    const alerts = [alert('order-ship-deadline', 'a', -1), alert('order-ship-deadline', 'b', 0)];
    const news = overdueNews(alerts, ['a'], NOW);
    expect(news.fresh.map((a) => a.entityId)).toEqual(['b']);
    expect(overdueNews(alerts, news.notified, NOW).fresh).toEqual([]);
  });

  it('forgets a shipment that is no longer overdue (shipped), so the list does not grow', () => {
    expect(overdueNews([alert('order-ship-deadline', 'b', -2)], ['a', 'b'], NOW)).toEqual({ fresh: [], notified: ['b'] });
  });

  it('ignores other alerts, even overdue ones, and deadlines still ahead', () => {
    const news = overdueNews([alert('refund-sla', 'r', -3), alert('logistics-stalled', 'l', -30), alert('order-ship-deadline', 's', 0.5), alert('stock-out', 'p')], [], NOW);
    expect(news).toEqual({ fresh: [], notified: [] });
  });
});
