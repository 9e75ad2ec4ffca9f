// A title against a compiled bank: which terms fit the listing, which the title covers, what they are
// worth. A search matches a title when the title holds every word of the search, in any order (how
// 淘宝/抖音 search matches segmented queries), so 防晒衣女薄款 is covered by 薄款冰丝防晒衣女.
// A term fits the listing (counts) when it is not blocked (a banned word, another's brand) and
// - it names the listing's product: one of its core words means what the title's first core word
//   means (synonyms count: 防晒服 for 防晒衣) — the first core word says what the product is; a
//   title without a lexicon core word is of the bank's own product word it holds (product.ts);
// - or it names no product and its words belong to the listing's category (冰丝 薄款 for apparel);
// - or the seller marked it relevant;
// and it does not describe another kind of the product than the title does (防晒衣男 is not for a
// title that says 女: the lexicons' exclusive groups).
import type { Scan } from '../lexicon/bank';
import { listingCategory } from '../lexicon/category';
import { insertWord } from '../text/insert-word';
import { TITLE_MAX_WIDTH, titleWidth } from '../text/width';
import type { Platform } from '../schemas/common';
import { BLOCKED, MARKED, type CompiledKeywordBank } from './compile';

export interface TitleOptions {
  platform?: Platform;
  /** The listing's category (lexicon id or Chinese name); else inferred from the title's core word. */
  category?: string;
  /** The title's scan with the bank's WordBank, when the caller already has it. */
  scan?: Scan;
}

/** No core word in the title: only category words and marked terms can count. */
export const NO_ANCHOR = -1;
/** A core word no term of the bank shares. */
export const FOREIGN_ANCHOR = -2;

export interface Relevance {
  anchor: number;
  /** Bit of the listing's category in the bank's category masks, or 0. */
  categoryBit: number;
}

export interface TitleKeywords extends Relevance {
  title: string;
  width: number;
  max: number;
  scan: Scan;
  /** present[p]: the title holds part p. */
  present: Uint8Array;
  /** counts[i] / covered[i] for term i. */
  counts: Uint8Array;
  covered: Uint8Array;
  /** Normalised spans of the parts found in the title. */
  spans: { part: number; start: number; end: number }[];
  /** How many terms count and how many the title covers, and the value it captures (their sum). */
  total: number;
  coveredCount: number;
  captured: number;
}

/** Which terms count for a listing whose title scans as `scan`. */
export function relevance(bank: CompiledKeywordBank, scan: Scan, category?: string): Relevance {
  const core = scan.words.find((w) => w.kind === 'core');
  const anchor = core ? (bank.anchorOf(scan.norm.text.slice(core.normStart, core.normEnd)) ?? FOREIGN_ANCHOR) : productAnchor(bank, scan.norm.text);
  const id = listingCategory(bank.words, category, scan);
  const bit = id ? bank.categories.indexOf(id) : -1;
  return { anchor, categoryBit: bit >= 0 ? 1 << bit : 0 };
}

/** A title without a lexicon core word may name the bank's own product (浴缸): the first one it holds. */
function productAnchor(bank: CompiledKeywordBank, title: string): number {
  let best = { at: Infinity, anchor: NO_ANCHOR };
  for (const { key, anchor } of bank.products) {
    const at = title.indexOf(key);
    if (at >= 0 && at < best.at) best = { at, anchor };
  }
  return best.anchor;
}

/** Whether term i counts under `rel`. */
export function termCounts(bank: CompiledKeywordBank, i: number, rel: Relevance): boolean {
  const flags = bank.flags[i]!;
  if (flags & BLOCKED) return false;
  if (flags & MARKED) return true;
  const from = bank.anchorStart[i]!;
  const to = bank.anchorStart[i + 1]!;
  if (from === to) return (bank.categoryMask[i]! & rel.categoryBit) !== 0;
  for (let k = from; k < to; k++) if (bank.anchorIds[k] === rel.anchor) return true;
  return false;
}

/** The terms that count under `rel`, best first (cached per bank: it depends on the product, not the wording). */
export function countingTerms(bank: CompiledKeywordBank, rel: Relevance): Int32Array {
  const key = `terms:${rel.anchor}:${rel.categoryBit}`;
  let list = bank.relevanceCache.get(key);
  if (!list) {
    const out: number[] = [];
    for (let i = 0; i < bank.terms.length; i++) if (termCounts(bank, i, rel)) out.push(i);
    bank.relevanceCache.set(key, (list = Int32Array.from(out)));
  }
  return list;
}

export function analyseTitle(title: string, bank: CompiledKeywordBank, opts: TitleOptions = {}, fixed?: Relevance): TitleKeywords {
  const scan = opts.scan ?? bank.words.scan(title);
  const rel = fixed ?? relevance(bank, scan, opts.category);
  const present = new Uint8Array(bank.parts.length);
  const spans: TitleKeywords['spans'] = [];
  bank.matcher.search(scan.norm.text, (part, start, end) => {
    present[part] = 1;
    spans.push({ part, start, end });
  });
  // A word of the title's side of an exclusive group is fine; a word of another side is not.
  const sides = titleSides(bank, scan, spans);
  const otherSide = new Uint8Array(bank.parts.length);
  if (sides.size)
    bank.parts.forEach(({ exclusive, side }, p) => {
      if (exclusive >= 0 && sides.has(exclusive) && !sides.get(exclusive)!.has(side)) otherSide[p] = 1;
    });
  const n = bank.terms.length;
  const counts = new Uint8Array(n);
  const covered = new Uint8Array(n);
  const { partStart, partIds, values } = bank;
  let total = 0;
  let coveredCount = 0;
  let captured = 0;
  for (const i of countingTerms(bank, rel)) {
    let all = 1;
    let other = 0;
    for (let k = partStart[i]!, end = partStart[i + 1]!; k < end; k++) {
      const p = partIds[k]!;
      if (!present[p]) {
        all = 0;
        other |= otherSide[p]!;
      }
    }
    if (other) continue;
    counts[i] = 1;
    total++;
    if (all) {
      covered[i] = 1;
      coveredCount++;
      captured += values[i]!;
    }
  }
  const max = TITLE_MAX_WIDTH[opts.platform ?? 'taobao'];
  return { ...rel, title, width: titleWidth(title), max, scan, present, counts, covered, spans, total, coveredCount, captured };
}

/** The sides of exclusive groups the title is on (it says 女, or 女士 …), by group. */
function titleSides(bank: CompiledKeywordBank, scan: Scan, spans: TitleKeywords['spans']): Map<number, Set<number>> {
  const sides = new Map<number, Set<number>>();
  const add = (found: { exclusive: number; side: number } | undefined) => {
    if (!found || found.exclusive < 0) return;
    let set = sides.get(found.exclusive);
    if (!set) sides.set(found.exclusive, (set = new Set()));
    set.add(found.side);
  };
  for (const w of scan.words) add(bank.sideOf(scan.norm.text.slice(w.normStart, w.normEnd)));
  for (const { part } of spans) add(bank.parts[part]);
  return sides;
}

export interface CoverageEntry {
  term: string;
  /** 0–100 within the bank. */
  value: number;
  covered: boolean;
}

/** The terms that count for the listing, by value, each marked covered when the title holds it. */
export function coverage(title: string, bank: CompiledKeywordBank, opts: TitleOptions = {}): CoverageEntry[] {
  const state = analyseTitle(title, bank, opts);
  const out: CoverageEntry[] = [];
  for (let i = 0; i < bank.terms.length; i++) if (state.counts[i]) out.push({ term: bank.terms[i]!, value: round1(bank.values[i]!), covered: state.covered[i] === 1 });
  return out;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

export interface TopTerm extends CoverageEntry {
  /** For a term not covered: the words the title lacks for it, as they would be inserted. */
  add?: string;
}

/** The `limit` most valuable terms that count for the listing, each marked covered, with what it lacks. */
export function topTerms(bank: CompiledKeywordBank, state: TitleKeywords, limit: number): TopTerm[] {
  const out: TopTerm[] = [];
  const { partStart, partIds, parts } = bank;
  for (const i of countingTerms(bank, state)) {
    if (out.length >= limit) break;
    if (!state.counts[i]) continue;
    const entry: TopTerm = { term: bank.terms[i]!, value: round1(bank.values[i]!), covered: state.covered[i] === 1 };
    if (!entry.covered) {
      const missing: string[] = [];
      for (let k = partStart[i]!, end = partStart[i + 1]!; k < end; k++) if (!state.present[partIds[k]!]) missing.push(parts[partIds[k]!]!.text);
      entry.add = missing.reduce((text, word) => insertWord(text, word).value, '');
    }
    out.push(entry);
  }
  return out;
}
