// Runs every registered alert rule over one snapshot and returns the alerts, most urgent first.
import type { z } from 'zod';
import type { Alert } from '../../schemas/shop';
import type { Locale, Localized } from '../../schemas/common';
import type { ShopSettings } from '../../schemas/settings';
import type { ShopSnapshot } from '../snapshot';
import { alertRules } from './index';
import type { AlertContext, AlertRule } from './define-alert';
import { byUrgency } from '../urgent';

// A shop with thousands of SKUs gets thousands of alerts from one rule, so each message template is
// split into text and placeholders once (the same `{name}` rule as the engine's formatMessage).
const compiled = new Map<string, string[]>();
function fill(template: string, data: Record<string, string | number | Localized> = {}, lang: Locale): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = data[parts[i]!];
    out += (value === undefined ? `{${parts[i]}}` : typeof value === 'object' ? value[lang] : String(value)) + parts[i + 1]!;
  }
  return out;
}

export function runAlertRule(rule: AlertRule, snapshot: ShopSnapshot, options: unknown, memo: Map<string, unknown>, out: Alert[]): void {
  const context: AlertContext = {
    now: snapshot.now,
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
    report(r) {
      const template = rule.meta.messages[r.messageId];
      if (!template) throw new Error(`${rule.meta.id}: unknown messageId "${r.messageId}"`);
      const alert: Alert = {
        type: rule.meta.id,
        severity: r.severity ?? rule.meta.severity,
        entityId: r.entityId,
        messageId: r.messageId,
        message: fill(template.zh, r.data, 'zh'),
        messageEn: fill(template.en, r.data, 'en'),
      };
      if (r.dueAt !== undefined) alert.dueAt = r.dueAt;
      out.push(alert);
    },
  };
  rule.check(snapshot, options as never, context);
}

/** The rules of one run: all, the deadline rules (`meta.deadline`, the 15-minute alarm's), or the rest (whole China days). */
export type AlertPart = 'all' | 'deadline' | 'day';

export const inPart = (rule: AlertRule, part: AlertPart) => part === 'all' || (part === 'deadline') === (rule.meta.deadline === true);

export function computeAlerts(snapshot: ShopSnapshot, settings: Pick<ShopSettings, 'alerts'> = { alerts: {} }, part: AlertPart = 'all'): Alert[] {
  const memo = new Map<string, unknown>();
  const alerts: Alert[] = [];
  for (const rule of alertRules as readonly AlertRule[]) {
    if (!inPart(rule, part)) continue;
    const own = settings.alerts[rule.meta.id];
    if (own === 'off') continue;
    const options = (rule.meta.options as z.ZodObject).parse(own?.options ?? {});
    runAlertRule(rule, snapshot, options, memo, alerts);
  }
  return alerts.sort(byUrgency);
}
