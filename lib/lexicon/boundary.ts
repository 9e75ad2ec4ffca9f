// A banned term is a word of the text: a match that begins or ends inside another word is no match
// (通便 in 卡通|便签纸, 生发 in 学生|发热, 博彩 in 广博 彩色, 护眼 in 修护|眼霜). Two sources of words:
// - the lexicons' own words (product, attribute and scene words, brands, product heads), exact and free;
// - the browser's dictionary segmenter (Intl.Segmenter, ICU's Chinese dictionary — nothing shipped),
//   asked only about a few characters around each candidate hit, within a budget per text so a
//   hostile page stays linear (beyond the budget, the lexicon words alone decide).
// Separators inside one term are still evasion (最 好 = 最好); a space between two words is a boundary:
// a hit that spans whitespace must end where a word of the original text ends.
import type { Normalised } from '../text/normalise';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** Characters either side of a hit that the segmenter sees: enough for the words that touch it. */
const WINDOW = 6;
/** Characters per text the segmenter may read (a title needs ~20 per hit; a page stops here). */
export const SEGMENTER_BUDGET = 4096;
const SPACE = /\s/u;
const BREAK = /[\s\p{P}\p{S}]/u;

/**
 * A test for hits of `text` (normalised spans): true when [s, e) begins and ends at word edges.
 * `spans` holds [start, end] pairs, in normalised units, of the lexicon words found in the text.
 */
export function atWordEdges(text: string, norm: Normalised, spans: readonly number[]): (s: number, e: number) => boolean {
  const n = norm.text.length;
  // Longest lexicon word starting at each unit, and earliest start of one ending at each unit.
  const endFrom = new Int32Array(n + 1);
  const startTo = new Int32Array(n + 1).fill(n + 1);
  for (let k = 0; k < spans.length; k += 2) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    if (b > endFrom[a]!) endFrom[a] = b;
    if (a < startTo[b]!) startTo[b] = a;
  }
  let budget = SEGMENTER_BUDGET;
  return (s, e) => {
    for (let p = s + 1; p < e; p++) if (endFrom[p]! > e || startTo[p]! < s) return false;
    const start = norm.origStart[s]!;
    const end = norm.origEnd[e - 1]!;
    if (end < text.length && !BREAK.test(text[end]!)) {
      for (let i = start; i < end; i++) if (SPACE.test(text[i]!)) return false;
    }
    const from = Math.max(0, start - WINDOW);
    const to = Math.min(text.length, end + WINDOW);
    if (budget < to - from) return true;
    budget -= to - from;
    for (const { index, segment } of segmenter.segment(text.slice(from, to))) {
      const a = from + index;
      const b = a + segment.length;
      // A word of the window that overlaps the hit without holding it or lying inside it.
      if (a < end && b > start && (a > start || b < end) && (a < start || b > end)) {
        // The window's own edges cut words: a word reaching the window's edge is no evidence.
        if ((a === from && from > 0) || (b === to && to < text.length)) continue;
        return false;
      }
    }
    return true;
  };
}
