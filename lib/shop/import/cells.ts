// Cell readers for export quirks: `="…"` and tab-prefixed ids, `-`/`--` for empty, "11,269", "3.25%",
// a leading apostrophe before phones, status texts written with either comma.
import type { AfterSale, OrderStatus } from '../../schemas/shop';

/** Empty as exports write it. */
export const isBlank = (raw: string | undefined): boolean => {
  const text = (raw ?? '').replace(/[\t\s"']/g, '');
  return text === '' || text === '-' || text === '--' || text === 'null';
};

/** Text without the quirks around it; undefined when blank. */
export function cellText(raw: string | undefined): string | undefined {
  if (isBlank(raw)) return undefined;
  return raw!.replace(/^\s*=\s*"(.*)"\s*$/, '$1').replace(/^[\t']+/, '').replace(/\t/g, '').trim();
}

/** A number as exports write it: "11,269", "¥1,299.00", "3.25%" (→ 0.0325). NaN when unreadable. */
export function cellNumber(raw: string | undefined): number | undefined {
  if (isBlank(raw)) return undefined;
  const text = raw!.replace(/[¥￥元,\s\t"'=]/g, '');
  const percent = text.endsWith('%');
  const body = percent ? text.slice(0, -1) : text;
  if (!/^-?\d+(\.\d+)?$/.test(body)) return NaN;
  return percent ? Number(body) / 100 : Number(body);
}

// Every status text the two platforms' exports and order lists use. Commas vary (，or ,), so they
// are matched with the commas removed.
const QIANNIU_STATUS: Record<string, OrderStatus> = {
  等待买家付款: 'unpaid',
  买家已付款等待卖家发货: 'paid',
  等待卖家发货: 'paid',
  // 已卖出的宝贝 (the order list) shortens the export's status.
  买家已付款: 'paid',
  卖家部分发货: 'paid',
  部分发货: 'paid',
  卖家已发货等待买家确认: 'shipped',
  等待买家确认收货: 'shipped',
  卖家已发货: 'shipped',
  买家已签收: 'shipped',
  交易成功: 'completed',
  交易关闭: 'closed',
  交易已关闭: 'closed',
};
const DOUDIAN_STATUS: Record<string, OrderStatus> = {
  待支付: 'unpaid',
  待付款: 'unpaid',
  待发货: 'paid',
  备货中: 'paid',
  部分发货: 'paid',
  已支付: 'paid',
  已发货: 'shipped',
  待收货: 'shipped',
  已签收: 'shipped',
  已完成: 'completed',
  已关闭: 'closed',
  已取消: 'closed',
};

export function orderStatus(raw: string | undefined, platform: 'taobao' | 'douyin'): OrderStatus | undefined {
  const key = (cellText(raw) ?? '').replace(/[，,、\s]/g, '');
  return (platform === 'taobao' ? QIANNIU_STATUS : DOUDIAN_STATUS)[key];
}

/** 售后状态 / 退款状态 → what the seller has to do. Unknown texts count as nothing to do. */
export function afterSale(raw: string | undefined): AfterSale {
  const text = cellText(raw) ?? '';
  if (!text || /无售后|没有申请退款|^无$/.test(text)) return 'none';
  if (/介入|仲裁|纠纷|投诉|维权/.test(text)) return 'dispute';
  if (/成功|已退款|退款完成|售后完成/.test(text)) return 'refunded';
  if (/关闭|撤销|拒绝|取消/.test(text)) return 'none';
  if (/退|售后|申请|待.*处理|待商家|换货|补寄/.test(text)) return 'refund-pending';
  return 'none';
}
