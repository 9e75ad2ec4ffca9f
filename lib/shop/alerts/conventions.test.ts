// Every alert rule follows the conventions of lib/rules: id = alert type = file name, registered in
// sorted order, a table test beside it, zh and en messages, a source for every numeric default —
// and every alert type the contract names (CONTRACTS.md §2) has its rule.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AlertType } from '../../schemas/shop';
import type { AlertRule } from './define-alert';
import { alertRules } from './index';
import { runAlertRule } from './run';
import { NOW, order, snapshotOf } from './test-alert';
import type { Alert } from '../../schemas/shop';
import { renderAlertsDoc } from '../../../scripts/alerts-doc';

const dir = new URL('./', import.meta.url);
const HELPERS = ['index.ts', 'define-alert.ts', 'run.ts', 'test-alert.ts'];
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !HELPERS.includes(f));
const registry = alertRules as readonly AlertRule[];

describe('alert rule conventions', () => {
  it('registers every rule file, sorted by id, once', () => {
    const ids = registry.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => `${id}.ts`).sort()).toEqual(files.sort());
  });

  it('has a rule for every alert type of the contract', () => {
    expect(registry.map((r) => r.meta.id).sort()).toEqual([...AlertType.options].sort());
  });

  it.each(files)('%s: id = file name, test beside it, messages and sources complete', async (file) => {
    const rule = (await import(`./${file}`)).default as AlertRule;
    expect(rule.meta.id).toBe(file.replace(/\.ts$/, ''));
    expect(existsSync(new URL(`./${rule.meta.id}.test.ts`, dir))).toBe(true);
    expect(registry).toContain(rule);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(rule.meta.messages)) {
      expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(message.en).toMatch(/[a-z]/i);
      // Every placeholder used in one language is used in the other.
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(message.en)).toEqual(names(message.zh));
    }
    expect(rule.meta.description.zh).toBeTruthy();
    const defaults = rule.meta.options.parse({});
    for (const key of Object.keys(rule.meta.options.shape))
      if (typeof defaults[key] === 'number') expect(rule.meta.sources[key] ?? rule.meta.sources.rule, `${rule.meta.id}.${key}`).toBeTruthy();
    const test = readFileSync(new URL(`./${rule.meta.id}.test.ts`, dir), 'utf8');
    expect(test).toMatch(/testAlert\(/);
  });

  it('deadline rules read only now, the open orders, their lines and the settings (the 15-minute alarm gives them nothing else)', () => {
    const deadline = registry.filter((r) => r.meta.deadline);
    expect(deadline.map((r) => r.meta.id)).toEqual(['dispute-sla', 'logistics-stalled', 'order-abnormal', 'order-ship-deadline', 'order-unpaid', 'refund-sla']);
    const shop = snapshotOf({
      orders: [order({ id: '1', status: 'unpaid', createdAt: NOW - 3_600_000 }), order({ id: '2', abnormal: 'phone' }), order({ id: '3', afterSale: 'dispute' }), order({ id: '4', afterSale: 'refund-pending' }), order({ id: '5', status: 'shipped', trackingAt: NOW - 30 * 3_600_000 })],
      lines: [{ orderId: '2', lineId: '1', productId: 'p1', title: '冲锋衣', qty: 1, amount: 100, status: 'paid' }],
      settings: { shipHours: { p1: 1 } },
    });
    const allowed = new Set(['now', 'orders', 'lines', 'settings']);
    const guarded = new Proxy(shop, {
      get(target, key) {
        if (typeof key === 'string' && !allowed.has(key)) throw new Error(`a deadline rule read snapshot.${key}`);
        return target[key as keyof typeof target];
      },
    });
    for (const rule of deadline) {
      const out: Alert[] = [];
      runAlertRule(rule, guarded, rule.meta.options.parse({}), new Map(), out);
      expect(out.length, rule.meta.id).toBeGreaterThan(0);
    }
  });

  it('docs/alerts.md is up to date (npm run docs)', () => {
    expect(readFileSync(new URL('../../../docs/alerts.md', import.meta.url), 'utf8')).toBe(renderAlertsDoc());
  });
});
