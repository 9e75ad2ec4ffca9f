// Cell readers for export quirks: `="…"` and tab-prefixed ids, `-`/`--`/`无退款申请` for empty,
// "11,269", "3.25%", a leading apostrophe before phones — and every status text the platforms write,
// mapped to what it means for the seller. A status not in these tables is reported, never guessed.
import type { AfterSale, OrderStatus } from '../../schemas/shop';
import { readDecimal } from '../../pricing/money';
import { isBlank } from '../../tables/blank';

/** Text without the quirks around it; undefined when blank. */
export function cellText(raw: string | undefined): string | undefined {
  if (isBlank(raw)) return undefined;
  // Most cells carry no wrapping beyond a leading tab: only those with =, an apostrophe or an inner tab go through the replaces.
  const trimmed = raw!.trim();
  if (!/[=\t']/.test(trimmed)) return trimmed;
  return raw!.replace(/^\s*=\s*"(.*)"\s*$/, '$1').replace(/^[\t']+/, '').replace(/\t/g, '').trim();
}

/** A number as exports write it: "11,269", "¥1,299.00", "3.25%" (→ 0.0325). NaN when unreadable or in another convention (1.299,00: pricing/money.ts). */
export function cellNumber(raw: string | undefined): number | undefined {
  if (isBlank(raw)) return undefined;
  const text = raw!.replace(/[¥￥元\s\t"'=]/g, '');
  const percent = text.endsWith('%');
  const n = readDecimal(percent ? text.slice(0, -1) : text);
  return percent ? n / 100 : n;
}

/** Status texts compared without commas, spaces or full stops (exports write either comma). */
const statusKey = (raw: string | undefined) => (cellText(raw) ?? '').replace(/[，,、。.\s:：]/g, '');

// 订单状态 (交易状态) texts. 千牛 订单报表 writes the Taobao Open Platform's trade-status texts
// (taobao.trade.get status: 等待买家付款, 买家已付款，等待卖家发货, 卖家部分发货, 卖家已发货，等待买家确认,
// 买家已签收, 交易成功, 付款以后用户退款成功，交易自动关闭, 付款以前，卖家或买家主动关闭交易); the newer
// 千牛 UI and its exports shorten them to the tab names (待付款, 待发货, 已发货, 交易成功, 交易关闭; ERP
// import profiles map 待发货/已发货/已完成/已取消, id 55177487035). 抖店 writes its order-list states.
export const QIANNIU_STATUS: Record<string, OrderStatus> = {
  等待买家付款: 'unpaid',
  待付款: 'unpaid',
  付款确认中: 'unpaid',
  买家已付款等待卖家发货: 'paid',
  等待卖家发货: 'paid',
  买家已付款: 'paid',
  待发货: 'paid',
  卖家部分发货: 'paid',
  部分发货: 'paid',
  卖家已发货等待买家确认: 'shipped',
  等待买家确认收货: 'shipped',
  卖家已发货: 'shipped',
  已发货: 'shipped',
  买家已签收: 'shipped',
  交易成功: 'completed',
  已完成: 'completed',
  交易关闭: 'closed',
  交易已关闭: 'closed',
  已取消: 'closed',
  付款以后用户退款成功交易自动关闭: 'closed',
  付款以前卖家或买家主动关闭交易: 'closed',
};
export const DOUDIAN_STATUS: Record<string, OrderStatus> = {
  待支付: 'unpaid',
  待付款: 'unpaid',
  待发货: 'paid',
  备货中: 'paid',
  部分发货: 'paid',
  已支付: 'paid',
  待确认: 'paid',
  已发货: 'shipped',
  待收货: 'shipped',
  已签收: 'shipped',
  已完成: 'completed',
  交易成功: 'completed',
  已关闭: 'closed',
  已取消: 'closed',
  交易关闭: 'closed',
};

export function orderStatus(raw: string | undefined, platform: 'taobao' | 'douyin'): OrderStatus | undefined {
  return (platform === 'taobao' ? QIANNIU_STATUS : DOUDIAN_STATUS)[statusKey(raw)];
}

/**
 * 售后状态 / 退款状态 → whose turn it is. `refund-pending`: the seller must act (agree, refuse with
 * evidence, or confirm the returned parcel) before the platform acts alone; `buyer-turn`: the seller
 * has answered and waits on the buyer (return the parcel, or accept the refusal) — no seller SLA runs;
 * `exchange`: goods swapped, no money back; `refunded`; `dispute`: the platform is judging.
 * Sources: 淘宝 refund states (taobao.refund status texts, ids 26276596735, 38091102610, 9639946120:
 * 买家已经申请退款，等待卖家同意 / 卖家已经同意退款，等待买家退货 / 买家已经退货，等待卖家确认收货 /
 * 卖家拒绝退款 / 退款关闭 / 退款成功 / 同意退款，待打款 / 卖家拒绝确认收货 / 没有申请退款); the new 千牛
 * 宝贝报表's `无退款申请`; the 千牛 order list's 退款中 and its 退款管理 tabs; 抖店's 售后 export
 * (同意退款，退款成功 / 售后关闭 / 换货成功 / 售后处理中, id 68603176596) and its 售后 list states
 * (待商家处理, 待买家退货, 待商家收货, 平台处理中 …; ids 26888452583, 71578861674).
 */
export const AFTER_SALE: Record<string, AfterSale> = {
  // nothing asked, or closed
  无: 'none',
  无售后: 'none',
  没有申请退款: 'none',
  无退款申请: 'none',
  退款关闭: 'none',
  售后关闭: 'none',
  售后已关闭: 'none',
  买家撤销: 'none',
  买家已撤销: 'none',
  已撤销: 'none',
  客户撤销申请: 'none',
  退款失败: 'none',
  客户未处理平台自动关闭售后: 'none',
  // the seller's turn
  买家已经申请退款等待卖家同意: 'refund-pending',
  等待卖家同意: 'refund-pending',
  买家已经退货等待卖家确认收货: 'refund-pending',
  等待卖家确认收货: 'refund-pending',
  退款中: 'refund-pending',
  售后待处理: 'refund-pending',
  售后处理中: 'refund-pending',
  待商家处理: 'refund-pending',
  待商家审核: 'refund-pending',
  待商家收货: 'refund-pending',
  待商家确认收货: 'refund-pending',
  客户申请售后待商家处理: 'refund-pending',
  客户修改申请信息待商家处理: 'refund-pending',
  客户已寄回商品待商家收货: 'refund-pending',
  仅退款待处理: 'refund-pending',
  退货退款待处理: 'refund-pending',
  换货待处理: 'refund-pending',
  换货待商家收货: 'refund-pending',
  // the buyer's turn (or the platform's payout after the seller agreed)
  卖家已经同意退款等待买家退货: 'buyer-turn',
  等待买家退货: 'buyer-turn',
  待买家退货: 'buyer-turn',
  待买家寄回: 'buyer-turn',
  待买家寄货: 'buyer-turn',
  商家同意退货退款待客户寄回商品: 'buyer-turn',
  商家同意换货待客户寄回商品: 'buyer-turn',
  卖家拒绝退款: 'buyer-turn',
  商家拒绝: 'buyer-turn',
  卖家拒绝确认收货: 'buyer-turn',
  商家不同意申请待客户处理: 'buyer-turn',
  商家拒绝退款待客户处理: 'buyer-turn',
  同意退款待打款: 'refunded',
  商家已同意退款: 'refunded',
  // done
  退款成功: 'refunded',
  同意退款退款成功: 'refunded',
  已退款: 'refunded',
  退款完成: 'refunded',
  售后完成: 'refunded',
  售后成功: 'refunded',
  极速退款成功: 'refunded',
  商家未处理平台同意申请: 'refunded',
  换货成功: 'exchange',
  换货完成: 'exchange',
  // the platform judges
  平台介入: 'dispute',
  平台介入中: 'dispute',
  平台处理中: 'dispute',
  小二介入: 'dispute',
  客服介入中: 'dispute',
  仲裁中: 'dispute',
  待平台确认: 'dispute',
  纠纷中: 'dispute',
  维权中: 'dispute',
};

/** What an after-sale text means, 'none' for an empty cell, undefined for a text not in the table. */
export function afterSale(raw: string | undefined): AfterSale | undefined {
  if (isBlank(raw)) return 'none';
  return AFTER_SALE[statusKey(raw)];
}

/** 仲裁状态 (抖店 售后): blank, 无 or 未仲裁 mean none; 仲裁中/待举证/… mean the platform is judging. */
export function arbitrating(raw: string | undefined): boolean | undefined {
  const key = statusKey(raw);
  if (!key || /^(无|未仲裁|未申请仲裁|无需仲裁|仲裁结束|仲裁完成|已仲裁|仲裁关闭)$/.test(key)) return false;
  if (/仲裁中|待举证|待仲裁|举证中|仲裁审核中|平台处理中/.test(key)) return true;
  return undefined;
}
