// A keyword bank compiled for scoring titles as they are typed: every term split once into the words
// a search engine matches separately (防晒衣女薄款 → 防晒衣 · 女 · 薄款: lexicon words first, the
// stretches between them as words of their own), one automaton over all those words, and flat arrays
// so that judging a title against 50,000 terms is one scan of the title and one pass over numbers.
import { AhoCorasick } from '../matcher/aho-corasick';
import { wordBank, type Scan, type WordBank } from '../lexicon/bank';
import type { TitleWordKind } from '../lexicon/schema';
import { normaliseTerm } from '../text/normalise';
import { titleWidth } from '../text/width';
import type { KeywordBank } from './schema';
import { productWords } from './product';
import { keywordValues } from './value';

export interface Part {
  /** Normalised text: what is looked for in the normalised title. */
  key: string;
  /** As first written in the bank: what the fill suggestion inserts. */
  text: string;
  width: number;
  kind: TitleWordKind | 'other';
  /** For a core word, the id of its meaning (synonyms share one: 防晒衣 = 防晒服); else -1. */
  anchor: number;
  /** Synonym group in the lexicons, or -1. */
  group: number;
  /** The exclusive group (女/男 …) and the side of it the word is on (see `sideOf`), or -1. */
  exclusive: number;
  side: number;
}

export interface CompiledKeywordBank {
  bank: KeywordBank;
  words: WordBank;
  /** Terms sorted by value, highest first; index i below refers to this order. */
  terms: string[];
  values: Float64Array;
  /** Parts of term i: partIds[partStart[i] … partStart[i+1]). */
  partStart: Int32Array;
  partIds: Int32Array;
  /** Anchors (core-word meanings) of term i: anchorIds[anchorStart[i] … anchorStart[i+1]). */
  anchorStart: Int32Array;
  anchorIds: Int32Array;
  /** Bit c set when term i has a word of category `categories[c]` (0 when a word of it is unknown). */
  categoryMask: Uint32Array;
  categories: string[];
  /** BLOCKED: a banned word or another's brand, never counts. MARKED: the seller said it fits. */
  flags: Uint8Array;
  /** Sum of the widths of term i's distinct parts: the width it takes in an empty title. */
  widths: Int32Array;
  parts: Part[];
  matcher: AhoCorasick;
  /** The exclusive group and side of a normalised word: 女士 and 女款 are on the side of 女. */
  sideOf(key: string): { exclusive: number; side: number } | undefined;
  /** Anchor id of a normalised core word, when some term has it. */
  anchorOf(key: string): number | undefined;
  /** The bank's own product words (see product.ts) and their anchors, most common first. */
  products: { key: string; anchor: number }[];
  /** Best capturable value per relevance and width (see fill.ts), filled on first use. */
  bestCache: Map<string, number>;
  /** Terms that count per relevance (see title.ts countingTerms), filled on first use. */
  relevanceCache: Map<string, Int32Array>;
}

export const BLOCKED = 1;
export const MARKED = 2;

/** Each term of the bank scanned by `words`: most of a compile, so a page can do it in slices first. */
export const scanTerms = (bank: KeywordBank, words: WordBank, from = 0, to = bank.keywords.length): Scan[] => bank.keywords.slice(from, to).map((k) => words.scan(k.term));

export function compileKeywordBank(bank: KeywordBank, words: WordBank = wordBank(), scans: readonly Scan[] = scanTerms(bank, words)): CompiledKeywordBank {
  const products = productWords(scans);
  const blocked = (i: number) => scans[i]!.banned.length > 0 || scans[i]!.brands.length > 0;
  const values = keywordValues(bank.keywords, (i) => !blocked(i));
  const order = bank.keywords.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
  const n = order.length;

  const parts: Part[] = [];
  const partIndex = new Map<string, number>();
  const anchorIndex = new Map<string, number>();
  const categories: string[] = [];
  const anchorFor = (key: string) => {
    const group = words.synonymGroup.get(key);
    const id = group !== undefined ? `group:${group}` : `word:${key}`;
    let anchor = anchorIndex.get(id);
    if (anchor === undefined) anchorIndex.set(id, (anchor = anchorIndex.size));
    return anchor;
  };
  // A lexicon word is suggested as the lexicon spells it (UPF50+, not the upf50 a buyer typed).
  const spelling = new Map<string, string>();
  for (const lexicon of words.categories)
    for (const word of [...lexicon.core, ...lexicon.attribute, ...lexicon.scene]) if (!spelling.has(normaliseTerm(word))) spelling.set(normaliseTerm(word), word);
  const sideWords = [...words.exclusiveGroup.keys()].sort((a, b) => b.length - a.length);
  const sideOf = (key: string) => {
    const word = words.exclusiveGroup.has(key) ? key : sideWords.find((w) => key.includes(w));
    return word === undefined ? undefined : { exclusive: words.exclusiveGroup.get(word)!, side: sideWords.indexOf(word) };
  };
  const partFor = (key: string, text: string, kind: Part['kind']) => {
    let id = partIndex.get(key);
    if (id === undefined) {
      id = parts.length;
      partIndex.set(key, id);
      const { exclusive, side } = sideOf(key) ?? { exclusive: -1, side: -1 };
      if (kind !== 'other') text = spelling.get(key) ?? text;
      parts.push({ key, text, width: titleWidth(text), kind, anchor: kind === 'core' ? anchorFor(key) : -1, group: words.synonymGroup.get(key) ?? -1, exclusive, side });
    }
    return id;
  };

  const terms: string[] = [];
  const sorted = new Float64Array(n);
  const partStart = new Int32Array(n + 1);
  const anchorStart = new Int32Array(n + 1);
  const partIds: number[] = [];
  const anchorIds: number[] = [];
  const categoryMask = new Uint32Array(n);
  const flags = new Uint8Array(n);
  const widths = new Int32Array(n);

  order.forEach((k, i) => {
    const keyword = bank.keywords[k]!;
    terms.push(keyword.term);
    sorted[i] = values[k]!;
    const scan = scans[k]!;
    if (blocked(k)) flags[i]! |= BLOCKED;
    if (keyword.relevant) flags[i]! |= MARKED;
    const own = new Set<number>();
    const add = (id: number) => {
      if (own.has(id)) return;
      own.add(id);
      partIds.push(id);
      widths[i]! += parts[id]!.width;
      if (parts[id]!.anchor >= 0 && !anchorIds.slice(anchorStart[i]).includes(parts[id]!.anchor)) anchorIds.push(parts[id]!.anchor);
    };
    // Lexicon words where they are, the stretches between them as words of their own — split again
    // at the bank's own product words.
    let at = 0;
    const text = scan.norm.text;
    const original = (from: number, to: number) => keyword.term.slice(scan.norm.origStart[from]!, scan.norm.origEnd[to - 1]!);
    const stretch = (to: number) => {
      for (let from = at; from < to; ) {
        const hit = products.length ? firstProduct(text, from, to) : undefined;
        const end = hit?.start ?? to;
        if (end > from) add(partFor(text.slice(from, end), original(from, end), 'other'));
        if (!hit) break;
        add(partFor(hit.key, original(hit.start, hit.end), 'core'));
        from = hit.end;
      }
    };
    const firstProduct = (within: string, from: number, to: number) => {
      let best: { key: string; start: number; end: number } | undefined;
      for (const key of products) {
        const start = within.indexOf(key, from);
        if (start >= 0 && start + key.length <= to && (!best || start < best.start)) best = { key, start, end: start + key.length };
      }
      return best;
    };
    for (const word of scan.words) {
      stretch(word.normStart);
      add(partFor(text.slice(word.normStart, word.normEnd), word.word, word.kind));
      for (const c of word.categories) {
        let bit = categories.indexOf(c);
        if (bit < 0 && categories.length < 32) bit = categories.push(c) - 1;
        if (bit >= 0) categoryMask[i]! |= 1 << bit;
      }
      at = word.normEnd;
    }
    stretch(text.length);
    // A term without a core word counts by its category only when every word of it is known: an
    // unknown stretch may be another product (冰丝防晒袖 is not a 防晒衣).
    for (let k = partStart[i]!; k < partIds.length; k++) if (parts[partIds[k]!]!.kind === 'other') categoryMask[i] = 0;
    partStart[i + 1] = partIds.length;
    anchorStart[i + 1] = anchorIds.length;
  });

  return {
    bank,
    words,
    terms,
    values: sorted,
    partStart,
    partIds: Int32Array.from(partIds),
    anchorStart,
    anchorIds: Int32Array.from(anchorIds),
    categoryMask,
    categories,
    flags,
    widths,
    parts,
    matcher: new AhoCorasick(parts.map((p) => p.key)),
    sideOf,
    anchorOf(key) {
      const group = words.synonymGroup.get(key);
      return anchorIndex.get(group !== undefined ? `group:${group}` : `word:${key}`);
    },
    products: products.flatMap((key) => {
      const anchor = anchorIndex.get(`word:${key}`);
      return anchor === undefined ? [] : [{ key, anchor }];
    }),
    bestCache: new Map(),
    relevanceCache: new Map(),
  };
}
