// pricing/money: money as integer 分 (fen). Every price computation works in 分 so that no float
// drift reaches a seller; 元 appear only at the edges (input and output), with at most two decimals.

/**
 * The largest amount any price, promotion or cost may be, in 元 (1亿): with quantities up to 9999 every
 * total stays under 2^53 分, so 分 arithmetic is exact.
 */
export const MAX_YUAN = 100_000_000;
/** The most units one order may hold. */
export const MAX_QTY = 9999;

/** Rounds the exact fraction a/b half-up to an integer (a ≥ 0, b > 0, both safe integers). */
export function divRoundHalfUp(a: number, b: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || b <= 0 || a < 0) throw new RangeError(`divRoundHalfUp(${a}, ${b}): need integers a ≥ 0, b > 0`);
  let q = Math.floor(a / b);
  let r = a - q * b;
  // Correct the float quotient by its exact remainder.
  while (r < 0) (q--, (r += b));
  while (r >= b) (q++, (r -= b));
  return 2 * r >= b ? q + 1 : q;
}

/** `fen × permille / 1000` rounded half-up to the 分: a 折 applied to an amount. */
export function applyPermille(fen: number, permille: number): number {
  const product = fen * permille;
  if (Number.isSafeInteger(product)) return divRoundHalfUp(product, 1000);
  // An order total near 1e14 分 times 999‰ is past 2^53: exact in BigInt, and the result fits again.
  if (!Number.isSafeInteger(fen) || !Number.isSafeInteger(permille) || fen < 0 || permille < 0) throw new RangeError(`applyPermille(${fen}, ${permille}): need whole numbers ≥ 0`);
  const exact = BigInt(fen) * BigInt(permille);
  const q = exact / 1000n;
  return Number(2n * (exact - q * 1000n) >= 1000n ? q + 1n : q);
}

const DECIMAL = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;

/** Number of decimals of a plain decimal number or text ("229.9" → 1); undefined when not one. */
export function decimalPlaces(value: number | string): number | undefined {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  return (m[2] ?? m[3] ?? '').length;
}

/**
 * 元 → 分, parsed from the decimal text (so 1.005 is 1.005, not 1.00499…), rounded half-up beyond
 * the 分. Throws a RangeError for negative, non-finite or non-decimal input.
 */
export function yuanToFen(value: number | string): number {
  // Numbers print as 1e-7 below 1e-6; toFixed gives their decimals (only the first three matter).
  const text = typeof value === 'number' ? (/e-/.test(String(value)) ? value.toFixed(20) : String(value)) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`"${text}" is not an amount in 元`);
  const whole = m[1] ?? '0';
  const frac = m[2] ?? m[3] ?? '';
  const fen = Number(whole) * 100 + Number((frac + '00').slice(0, 2));
  const rest = frac.slice(2);
  const result = rest && rest[0]! >= '5' ? fen + 1 : fen;
  if (!Number.isSafeInteger(result)) throw new RangeError(`"${text}" is too large an amount`);
  return result;
}

/** 分 → 元 as a number with at most two decimals (f/100 is the double nearest to the decimal x.yz). */
export function fenToYuan(fen: number): number {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fenToYuan(${fen}): not a whole number of 分`);
  return fen / 100;
}

/** 分 → "229.00" for display. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 分 → "¥229" or "¥229.90": how sellers read prices, no trailing .00. */
export function formatYuan(fen: number): string {
  const text = formatFen(fen);
  return `¥${text.endsWith('.00') ? text.slice(0, -3) : text}`;
}

/**
 * The one way numbers are written in what sellers export and type: zh-CN, `.` before the decimals and
 * `,` only between groups of three digits (Intl.NumberFormat('zh-CN') prints 1299 as "1,299.00", as the
 * 千牛/生意参谋 exports do). `1.299,00` is how a de-DE spreadsheet writes ¥1299: reading it our way
 * would give ¥1.30, so anything that is not this convention is refused (NaN), never guessed.
 */
const ZH_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** A number in that convention (`1,299.00`, `-3`, `0.5`), or NaN. */
export function readDecimal(text: string): number {
  return ZH_NUMBER.test(text) ? Number(text.replace(/,/g, '')) : NaN;
}

/** Parses money as sellers write it: ¥1,299.00, 1299元, "1,299". Empty → undefined; another convention → NaN. */
export function parseMoney(raw: string): number | undefined {
  const text = raw.replace(/[¥￥元\s\t]/g, '');
  if (text === '' || text === '-' || text === '--') return undefined;
  return readDecimal(text);
}
