// What the import keeps of the buyer and receiver: a hash of the buyer for RFM and 复购, and whether
// the phone or address looks undeliverable (the manual's 异常订单). Names, phones and addresses
// themselves are never stored.
import { cellText } from './cells';

// A mobile may carry a virtual number's extension (13800001234-5678: the platform's 隐私号, ids
// 70111616388, 70460770877).
const MOBILE = /^1[3-9]\d{9}([-_转]\d{1,6})?$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
// What the platforms write instead of the receiver's details: 138****5678, `##…` and `$$…$$` tokens
// that only their own print service can read (抖店, id 56205729254).
const MASKED = /\*|#{2}|\${2}/;

/** 'phone' when no number could reach the receiver; masked and virtual numbers are the platform's, and fine. */
export function phoneProblem(...raws: (string | undefined)[]): 'phone' | undefined {
  const numbers = raws.map((r) => (cellText(r) ?? '').replace(/^\+?86[-\s]?/, '').replace(/[\s()（）]/g, '')).filter(Boolean);
  if (numbers.some((n) => MASKED.test(n) || MOBILE.test(n) || LANDLINE.test(n))) return undefined;
  return 'phone';
}

const VAGUE = /不详|未知|不知道|测试|test|无地址|自提点?待定|待定/i;

/** 'address' when the address cannot be delivered to: too short, vague, or without a region. */
export function addressProblem(parts: (string | undefined)[], detail: string | undefined): 'address' | undefined {
  const region = parts.map((p) => cellText(p) ?? '').join('');
  const street = cellText(detail) ?? '';
  const all = region + street;
  if (VAGUE.test(all)) return 'address';
  // Masked addresses (抖店 hides the street as *** or a `##…`/`$$…$$` token) are the platform's privacy.
  if (MASKED.test(street)) return undefined;
  if (street.replace(/\(\d{6}\)$/, '').length < 4) return 'address';
  if (!region && !/省|市|区|县|自治|特别行政区/.test(street)) return 'address';
  return undefined;
}

/** Two 32-bit FNV-style hashes: a stable key per buyer that does not show the name. */
export function buyerKey(platform: string, ...parts: (string | undefined)[]): string | undefined {
  const text = parts.map((p) => cellText(p) ?? '').join('|');
  if (!text.replace(/\|/g, '')) return undefined;
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (const ch of `${platform}|${text}`) {
    const c = ch.codePointAt(0)!;
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h1.toString(36) + h2.toString(36)).padStart(8, '0');
}
