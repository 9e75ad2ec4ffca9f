import { describe, expect, it } from 'vitest';
import { AlertSummary, type Alert, type Metrics } from '../schemas/shop';
import type { Severity } from '../schemas/common';
import { byType, hasShopData, HEAD, summarizeAlerts, urgentCount } from './alert-summary';
import { urgentAlerts } from './urgent';
import { HOUR } from './time';

const NOW = Date.UTC(2026, 4, 6, 4);
const METRICS: Metrics = { series: [], rfm: { important: 0, potential: 0, buyers: 0 }, orders: 3, products: 0 };
let n = 0;
const alert = (type: Alert['type'], severity: Severity, dueInHours?: number): Alert => ({
  type,
  severity,
  entityId: String(++n),
  messageId: 'm',
  message: '…',
  messageEn: '…',
  ...(dueInHours !== undefined && { dueAt: NOW + dueInHours * HOUR }),
});

describe('summarizeAlerts', () => {
  it('groups by severity (error, warn, info), then by type in list order, with the first alerts of each type', () => {
    const ship = Array.from({ length: 10 }, (_, i) => alert('order-ship-deadline', 'warn', i + 1));
    const stock = [alert('stock-out', 'error'), alert('stock-out', 'error')];
    const info = alert('repurchase-low', 'info');
    const alerts = [info, ship[0]!, stock[0]!, ...ship.slice(1), alert('refund-sla', 'warn', 20), stock[1]!];
    const summary = summarizeAlerts(alerts, METRICS, NOW);
    expect(AlertSummary.parse(summary)).toEqual(summary);
    expect(summary.total).toBe(alerts.length);
    expect(summary.groups.map((g) => [g.severity, g.count])).toEqual([['error', 2], ['warn', 11], ['info', 1]]);
    const warn = summary.groups[1]!;
    expect(warn.types.map((t) => [t.type, t.count])).toEqual([['order-ship-deadline', 10], ['refund-sla', 1]]);
    expect(warn.types[0]!.head).toEqual(ship.slice(0, HEAD));
    expect(summary.groups[0]!.types[0]!.head).toEqual(stock);
    expect(summary.metrics).toBe(METRICS);
  });

  it('shows every alert of a type with one more than the head, instead of folding a single one', () => {
    const four = Array.from({ length: HEAD + 1 }, () => alert('slow-mover', 'warn'));
    expect(summarizeAlerts(four, METRICS, NOW).groups[0]!.types[0]!.head).toEqual(four);
    const five = [...four, alert('slow-mover', 'warn')];
    expect(summarizeAlerts(five, METRICS, NOW).groups[0]!.types[0]!.head).toHaveLength(HEAD);
  });

  it('is bounded by the number of types, not the number of alerts', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => alert('order-ship-deadline', i % 2 ? 'warn' : 'error', i % 2 ? 30 : -1));
    const summary = summarizeAlerts(many, METRICS, NOW);
    expect(summary.groups.flatMap((g) => g.types.flatMap((t) => t.head))).toHaveLength(2 * HEAD);
    expect(summary.total).toBe(50_000);
  });

  it('has no groups when there is nothing to do', () => {
    expect(summarizeAlerts([], METRICS, NOW)).toEqual({ computedAt: NOW, total: 0, groups: [], dueAts: [], metrics: METRICS });
  });
});

describe('urgentCount', () => {
  it('counts what urgentAlerts finds, at any clock', () => {
    const alerts = [alert('stock-out', 'error'), alert('order-ship-deadline', 'error', -2), alert('order-ship-deadline', 'warn', 3), alert('order-ship-deadline', 'warn', 12), alert('order-ship-deadline', 'warn', 30), alert('refund-sla', 'info', 40), alert('slow-mover', 'warn')];
    const summary = summarizeAlerts(alerts, METRICS, NOW);
    for (const hoursLater of [0, 1, 18, 29, 48]) {
      const now = NOW + hoursLater * HOUR;
      expect(urgentCount(summary, now)).toBe(urgentAlerts(alerts, now).length);
    }
    expect(urgentCount(summary, NOW)).toBe(4);
  });
});

describe('byType', () => {
  it('keeps the list order within a type', () => {
    const [a, b, c] = [alert('slow-mover', 'warn'), alert('stock-out', 'warn'), alert('slow-mover', 'warn')];
    expect([...byType([a!, b!, c!, alert('slow-mover', 'info')], 'warn')]).toEqual([['slow-mover', [a, c]], ['stock-out', [b]]]);
  });
});

describe('hasShopData', () => {
  it('is true once orders, products, daily numbers or 推广 numbers are stored', () => {
    // A commission export alone can raise influencer-roi-low.
    expect(hasShopData({ ...METRICS, orders: 0, ads: { day: '2026-05-05', spend: 0, gmv: 0, orders: 0, commission: 49.5, products: [], series: [] } })).toBe(true);
    expect(hasShopData(METRICS)).toBe(true);
    // A 流量来源 sheet alone can raise paid-traffic-share-high.
    expect(hasShopData({ ...METRICS, orders: 0, paidShare: 0.5 })).toBe(true);
    expect(hasShopData({ ...METRICS, orders: 0 })).toBe(false);
    expect(hasShopData({ ...METRICS, orders: 0, products: 2 })).toBe(true);
    expect(hasShopData({ ...METRICS, orders: 0, series: [{ day: '2026-05-05', uv: 10, gmv: 0, buyers: 0 }] })).toBe(true);
  });
});
