// An alert rule is one file, like a listing rule (lib/engine/define-rule.ts): meta (id = alert type =
// file name, severity, zh/en messages that say what to do, options with defaults and where each
// threshold comes from) and `check(snapshot, options, context)` that reports alerts.
import type { z } from 'zod';
import type { Localized, Severity } from '../../schemas/common';
import type { AlertType } from '../../schemas/shop';
import type { ShopSnapshot } from '../snapshot';

export interface AlertMeta<O extends z.ZodObject> {
  id: AlertType;
  severity: Severity;
  description: Localized;
  options: O;
  /** Where each default comes from (the operating manual, a platform rule), keyed by option or 'rule'. */
  sources: Record<string, string>;
  messages: Record<string, Localized>;
  /** What the alert needs as input, and which imports or captured pages give it (docs/alerts.md). */
  inputs: Localized;
  /**
   * Judges open orders against deadlines, so its alerts change with the clock: it runs at every
   * recompute, the 15-minute alarm included. Every other rule judges whole China days (sales, stats,
   * summaries of paid orders up to yesterday) and is judged again only when the day or its data changes
   * (lib/db/alerts.ts). A deadline rule reads only `now`, `orders`, `lines` and `settings`.
   */
  deadline?: true;
}

export interface AlertReport {
  entityId: string;
  messageId: string;
  /** Placeholder values; a Localized value fills each language with its own text. */
  data?: Record<string, string | number | Localized>;
  severity?: Severity;
  dueAt?: number;
}

export interface AlertContext {
  now: number;
  /** Derived data shared by the rules of one run (sales per product …). */
  memo<T>(key: string, compute: () => T): T;
  report(report: AlertReport): void;
}

export interface AlertRule<O extends z.ZodObject = z.ZodObject> {
  meta: AlertMeta<O>;
  check(snapshot: ShopSnapshot, options: z.infer<O>, context: AlertContext): void;
}

export function defineAlert<O extends z.ZodObject>(rule: AlertRule<O>): AlertRule<O> {
  return rule;
}
