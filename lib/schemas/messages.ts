// The messages content scripts and the popup send to the background, validated with zod on arrival.
// One discriminated union on `type`: to add a message, define its schema next to the others (or in
// your own area's file) and add it to `Message` — the background's handler map is typed from it.
import { z } from 'zod';
import { AuditRows, AuditVerdict } from './audit';

/** Where captured rows come from: the list pages whose rows the seller already sees. */
export const CapturePage = z.enum(['qianniu-sold', 'doudian-orders']);
export type CapturePage = z.infer<typeof CapturePage>;

/**
 * Rows a content script read off a list page, keyed by the export's header names (订单编号, 订单状态 …)
 * so the background runs them through the same parsers as an imported file.
 */
export const CaptureRows = z.object({
  type: z.literal('shop/capture-rows'),
  page: CapturePage,
  rows: z.array(z.record(z.string().max(40), z.string().max(500))).min(1).max(500),
});

/** The popup wrote an import: recompute the alerts now. */
export const Imported = z.object({ type: z.literal('shop/imported') });

/** Recompute the alerts (after settings change, or on demand). */
export const RefreshAlerts = z.object({ type: z.literal('shop/refresh-alerts') });

export const Message = z.discriminatedUnion('type', [CaptureRows, Imported, RefreshAlerts, AuditRows]);
export type Message = z.infer<typeof Message>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** What the background answers. */
export const Reply = z.union([
  z.object({ ok: z.literal(true), alerts: z.number().int().optional(), urgent: z.number().int().optional(), captured: z.number().int().optional(), audit: z.array(AuditVerdict).optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;
