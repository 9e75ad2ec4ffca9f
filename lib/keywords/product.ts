// What a bank's terms are about when the lexicons do not know it. A search-term export is of one
// category (生意参谋 搜索排行 of 普通浴缸: 浴缸, 小浴缸, 浴缸家用 …; 相关分析 of one word): the word it is
// about is searched on its own and the other terms extend it. Such a word, unknown to the lexicons,
// is the bank's product word: it anchors the terms that hold it (a title with 浴缸 counts them) and
// names the bank's category when no lexicon's core word does. Words the lexicons know are never
// replaced: this only reads terms that have no lexicon core word.
import { AhoCorasick } from '../matcher/aho-corasick';
import type { Scan } from '../lexicon/bank';

/** A product word is in at least this share of the terms without a known product (and in two). */
const MIN_SHARE = 0.1;

/**
 * The bank's own product words (normalised), most common first: terms of no lexicon word at all, of
 * two characters or more, that at least 10% of the terms without a lexicon core word contain. A word
 * that holds a more common one (小浴缸 beside 浴缸) is that word with a modifier, not another product.
 */
export function productWords(scans: readonly Scan[]): string[] {
  const unknown = scans.filter((s) => !s.words.some((w) => w.kind === 'core'));
  const candidates = [...new Set(unknown.filter((s) => s.words.length === 0 && s.norm.text.length >= 2).map((s) => s.norm.text))];
  if (!candidates.length) return [];
  const matcher = new AhoCorasick(candidates);
  const counts = new Int32Array(candidates.length);
  const seen = new Int32Array(candidates.length).fill(-1);
  unknown.forEach((s, i) =>
    matcher.search(s.norm.text, (word) => {
      if (seen[word] === i) return;
      seen[word] = i;
      counts[word]!++;
    }),
  );
  const need = Math.max(2, Math.ceil(MIN_SHARE * unknown.length));
  const chosen: string[] = [];
  for (const i of candidates.map((_, i) => i).sort((a, b) => counts[b]! - counts[a]! || candidates[a]!.length - candidates[b]!.length)) {
    if (counts[i]! < need) break;
    const word = candidates[i]!;
    if (!chosen.some((c) => word.includes(c) || c.includes(word))) chosen.push(word);
  }
  return chosen;
}
