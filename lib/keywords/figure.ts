// A figure cell as the search-term exports write it:
// - exact: "1,234", "1.2万", "3亿", "12.34%", "¥2.27", "0.85";
// - a range, which the free 生意参谋 (搜索排行/搜索分析, 2026: `5000 ~ 1万`, `1% ~ 2.5%`; read_file
//   68380555828, 68369846395, 69752375623) and 抖店罗盘 行业热词 (lower–upper, the upper bound -1 — or
//   ¥-0.01 for money — when open, which tools rewrite as "10万+"; ids 53266890144, 65833166333) show
//   instead of numbers;
// - "-" (and "--", "—"): too small to show, or not known — absent, not zero.

export interface Figure {
  /** The number, or for a range its midpoint (its lower bound when open); NaN when the cell is not a figure. */
  value: number;
  /** The cell carried a % sign (on either bound of a range). */
  percent: boolean;
  /** The bounds of a range; `high` null when it is open. */
  range?: [number, number | null];
}

const NUMBER = /^(\d+(?:\.\d+)?)(万|亿|w)?$/i;
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, w: 1e4 };
// Between two bounds: ~ (生意参谋), - (罗盘), 至/到 as people type them. A bound may carry ¥ and %;
// the upper may be negative (-1, -0.01: open).
const RANGE = /^([^~～\-—–至到]+?)\s*(?:~|～|-|—|–|至|到)\s*(-?[^~～—–至到]+)$/;

function plain(text: string): { value: number; percent: boolean } {
  let t = text.replace(/[¥￥元]/g, '');
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1);
  const match = NUMBER.exec(t);
  const value = match ? Number(match[1]) * (match[2] ? SCALE[match[2].toLowerCase()]! : 1) : NaN;
  // No export's figure is past 2^53 (a 400-digit cell would be Infinity, and its sums too): not a figure, refused at its cell.
  return { value: value <= Number.MAX_SAFE_INTEGER ? value : NaN, percent };
}

export function parseFigure(raw: string): Figure | undefined {
  const text = raw.replace(/[\t"'=,，]/g, '').trim();
  if (text === '' || /^[-—–]+$/.test(text)) return undefined;
  const range = RANGE.exec(text.replace(/\s+/g, ' '));
  if (range) {
    const low = plain(range[1]!.replace(/\s/g, ''));
    const upperText = range[2]!.replace(/\s/g, '');
    const percent = low.percent || upperText.endsWith('%');
    if (/^-/.test(upperText.replace(/^[¥￥]/, ''))) {
      // 罗盘's open bound: a negative upper (-1, ¥-0.01) means "and above".
      const open = plain(upperText.replace('-', ''));
      return Number.isNaN(low.value) || Number.isNaN(open.value) ? { value: NaN, percent } : { value: low.value, percent, range: [low.value, null] };
    }
    const high = plain(upperText);
    if (Number.isNaN(low.value) || Number.isNaN(high.value) || high.value < low.value) return { value: NaN, percent };
    return { value: (low.value + high.value) / 2, percent, range: [low.value, high.value] };
  }
  // "10万+", "10万以上": the open top bound as people (and tools that rewrite 罗盘's -1) write it.
  const open = /^(.+?)\s*(?:\+|以上)$/.exec(text);
  if (open) {
    const low = plain(open[1]!.replace(/\s/g, ''));
    return Number.isNaN(low.value) ? { value: NaN, percent: low.percent } : { value: low.value, percent: low.percent, range: [low.value, null] };
  }
  return plain(text.replace(/\s/g, ''));
}
