// The messages content scripts and the popup send to the background, validated with zod on arrival.
// One discriminated union on `type`: to add a message, define its schema next to the others (or in
// your own area's file) and add it to `Message` — the background's handler map is typed from it.
import { z } from 'zod';
import type { PageScore } from '../critique/score';
import { KeywordBank } from '../keywords/schema';
import type { StoredBank } from '../engine/listing-checker';
import { Platform } from './common';
import type { Finding } from './finding';
import { PageModel } from './page';
import { ShopProfile } from './shop-profile';
import { AuditRows, AuditVerdict } from './audit';
import { ProductAdCosts } from './shop';
import { UNREAD_PAGES, UNREAD_PARTS } from '../sites/unread';

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

/** The overlay's shop profile for a platform, written by the background once it is valid. */
export const SaveProfile = z.object({ type: z.literal('editor/save-profile'), platform: Platform, profile: ShopProfile });

/** A product page read into plain data by the critique content script: the background judges it. */
export const CritiquePage = z.object({ type: z.literal('engine/critique'), page: PageModel });

/** The popup read a keyword bank (file or pasted list): the background stores it, replacing the category's. */
export const SaveKeywords = z.object({ type: z.literal('keywords/save'), bank: KeywordBank });
export const ListKeywords = z.object({ type: z.literal('keywords/list') });
/** An editor page asks for every stored bank (terms included): it checks titles against them itself. */
export const GetKeywordBanks = z.object({ type: z.literal('keywords/banks') });
export const DeleteKeywords = z.object({ type: z.literal('keywords/delete'), key: z.string().min(1).max(300) });

/** A page ShopLint serves shows parts it cannot read (a redesign), or — `missing` empty — reads them again. */
export const PageUnread = z.object({ type: z.literal('page/unread'), page: z.enum(UNREAD_PAGES), missing: z.array(z.enum(UNREAD_PARTS)).max(UNREAD_PARTS.length) });

/** An edit page asks for its listing's ad and 达人 costs of the last week (the 到手价 panel's profit after ads). */
export const AdCosts = z.object({ type: z.literal('shop/ad-costs'), productId: z.string().regex(/^\d{1,30}$/) });

export const Message = z.discriminatedUnion('type', [CaptureRows, Imported, RefreshAlerts, AuditRows, SaveProfile, CritiquePage, SaveKeywords, ListKeywords, GetKeywordBanks, DeleteKeywords, PageUnread, AdCosts]);
export type Message = z.infer<typeof Message>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/**
 * What a content script may ask. A content script reads a page the seller opened, which may be
 * hostile; it never imports, edits the keyword banks or triggers a recompute, so the background
 * refuses those from it (only the popup and options pages send them).
 */
const FROM_PAGES: ReadonlySet<Message['type']> = new Set(['shop/capture-rows', 'audit/rows', 'editor/save-profile', 'engine/critique', 'keywords/banks', 'page/unread', 'shop/ad-costs']);

/** A message as the background accepts it, from an extension page or from a content script on `page`. */
export function readMessage(raw: unknown, sender: 'extension' | 'page'): { ok: true; message: Message } | { ok: false; error: string } {
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message ?? ''}` };
  if (sender === 'page' && !FROM_PAGES.has(parsed.data.type)) return { ok: false, error: `${parsed.data.type} is not accepted from a web page` };
  return { ok: true, message: parsed.data };
}

/** What the background answers to the shop messages (the popup checks it with this schema). */
export const Reply = z.union([
  z.object({ ok: z.literal(true), alerts: z.number().int().optional(), urgent: z.number().int().optional(), captured: z.number().int().optional(), audit: z.array(AuditVerdict).optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;
export type Failure = Extract<Reply, { ok: false }>;

/**
 * The answer to `shop/ad-costs`: the week's costs when the product has ad spend or 达人 orders in it, and
 * its 成本 from the imported product sheet, in 分, when the sheet gives one.
 */
export const AdCostsReply = z.union([
  z.object({ ok: z.literal(true), costs: ProductAdCosts.optional(), sheetCostFen: z.number().int().nonnegative().optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type AdCostsReply = z.infer<typeof AdCostsReply>;

/** A stored keyword bank as the popup lists it (the terms stay in the background). */
export const KeywordBankInfo = z.object({
  key: z.string(),
  category: z.string(),
  /** The category's name in the lexicons (服饰), or the category itself when it is not a lexicon id. */
  label: z.string(),
  dataDate: z.string(),
  importedAt: z.string(),
  source: KeywordBank.shape.source,
  approximate: z.boolean(),
  terms: z.number().int(),
  age: z.object({ days: z.number().int(), stale: z.boolean(), text: z.object({ zh: z.string(), en: z.string() }) }),
});
export type KeywordBankInfo = z.infer<typeof KeywordBankInfo>;

/** What the background answers to the keyword messages: the banks stored after the change. */
export const KeywordsReply = z.union([z.object({ ok: z.literal(true), banks: z.array(KeywordBankInfo) }), z.object({ ok: z.literal(false), error: z.string() })]);
export type KeywordsReply = z.infer<typeof KeywordsReply>;

/** A page's critique without the page (the content script has it). */
export interface PageCheck {
  ok: true;
  score: number;
  breakdown: PageScore;
  findings: Finding[];
}

/**
 * What the background answers to each message. Content scripts trust their own background's answers
 * (they cannot carry zod); the background validates what it receives.
 */
export interface Replies {
  'shop/capture-rows': Reply;
  'shop/imported': Reply;
  'shop/refresh-alerts': Reply;
  'audit/rows': Reply;
  'editor/save-profile': { ok: true } | Failure;
  'engine/critique': PageCheck | Failure;
  'keywords/save': KeywordsReply;
  'keywords/list': KeywordsReply;
  'keywords/banks': { ok: true; banks: StoredBank[] } | Failure;
  'keywords/delete': KeywordsReply;
  'page/unread': { ok: true } | Failure;
  'shop/ad-costs': AdCostsReply;
}
export type ReplyTo<T extends Message['type']> = Replies[T];
