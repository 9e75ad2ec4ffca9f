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
const WINDOW = 4;
/** Characters per text the segmenter may read (a title needs ~20 per hit; a page stops here). */
export const SEGMENTER_BUDGET = 4096;
const SPACE = /\s/u;
const BREAK = /[\s\p{P}\p{S}]/u;

/**
 * A test for hits of `text` (normalised spans): `atEdges(s, e)` is true when [s, e) begins and ends at
 * word edges; `longestWordFrom[p]` is the end of the longest lexicon word starting at p (0 if none).
 * `spans` holds [start, end] pairs, in normalised units, of the lexicon words found in the text.
 */
export function atWordEdges(
  text: string,
  norm: Normalised,
  spans: readonly number[],
): { atEdges: (s: number, e: number) => boolean; longestWordFrom: Int32Array } {
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
  const atEdges = (s: number, e: number): boolean => {
    // A lexicon word beginning with the hit (养生茶 holds 养生) is the word there: one inside it (生茶) crosses nothing.
    const hold = endFrom[s]!;
    for (let p = s + 1; p < e; p++) if ((endFrom[p]! > e && endFrom[p]! > hold) || startTo[p]! < s) return false;
    const start = norm.origStart[s]!;
    const end = norm.origEnd[e - 1]!;
    if (end < text.length && !BREAK.test(text[end]!) && spansSpace(text, norm, s, e)) return false;
    // A dictionary word can cross an edge only where Han characters meet across it.
    // A lexicon word ending where the hit begins (阿胶|固元) or beginning where it ends closes that edge: the
    // lexicons' own words are exact, the dictionary's guess (胶固) is not asked there. So does a lexicon word
    // beginning with the hit: a word holding the whole hit is no crossing.
    const held = hold >= e;
    const openStart = start > 0 && HAN.test(text[start - 1]!) && HAN.test(text[start]!) && startTo[s]! > n && !held;
    const openEnd = end < text.length && HAN.test(text[end - 1]!) && HAN.test(text[end]!) && !endFrom[e] && !held;
    if (!openStart && !openEnd) return true;
    const from = Math.max(0, start - WINDOW);
    const to = Math.min(text.length, end + WINDOW);
    const key = `${start - from}:${end - from}:${+openStart}${+openEnd}:${text.slice(from, to)}`;
    let answer = verdicts.get(key);
    if (answer === undefined) {
      if (budget < to - from) return true;
      budget -= to - from;
      answer = !crossed(text.slice(from, to), start - from, end - from, openStart, openEnd);
      if (verdicts.size >= VERDICTS) verdicts.clear();
      verdicts.set(key, answer);
    }
    return answer;
  };
  return { atEdges, longestWordFrom: endFrom };
}

const HAN = /\p{Script=Han}/u;

/** Whether the normalised span [s, e) holds whitespace of the original text (最 好 does; a word of the title does not). */
export function spansSpace(text: string, norm: Normalised, s: number, e: number): boolean {
  for (let i = norm.origStart[s]!, end = norm.origEnd[e - 1]!; i < end; i++) if (SPACE.test(text[i]!)) return true;
  return false;
}
/** Verdicts per window: the editor re-checks the same title on every keystroke. */
const verdicts = new Map<string, boolean>();
const VERDICTS = 4096;

/**
 * Whether a word of `window` crosses an open edge of [start, end): the word holding the hit's first
 * character begins before it and ends inside it, or the word holding its last character begins inside
 * it and ends after it. A word holding the whole hit (最好的) is no crossing.
 */
function crossed(window: string, start: number, end: number, openStart: boolean, openEnd: boolean): boolean {
  const segments = segmenter.segment(window);
  if (openStart) {
    const first = segments.containing(start)!;
    if (first.index < start && first.index + first.segment.length < end && !isWord(window.slice(first.index, start))) return true;
  }
  if (openEnd) {
    const last = segments.containing(end - 1)!;
    if (last.index + last.segment.length > end && last.index > start && !isWord(window.slice(end, last.index + last.segment.length))) return true;
  }
  return false;
}

/** The part of a crossing word outside the hit is a word of two characters or more by itself (日本|原单 against
 *  日本原|单): two readings, and the lexicon's term decides. One character left over (卡|通便 of 卡通) is no word. */
function isWord(rest: string): boolean {
  if (rest.length < 2) return false;
  const [only, more] = segmenter.segment(rest);
  return only?.segment === rest && more === undefined;
}