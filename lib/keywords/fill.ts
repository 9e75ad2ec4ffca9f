// Filling the characters a title has left with the most search value, and the keyword score.
//
// The fill is a 0/1 knapsack: each term the title does not cover yet is an item whose weight is the
// width of the words it still lacks (as the platform counts width) and whose value is its value.
// Widths are small integers (≤ 60), so the knapsack is exact by dynamic programming over the width;
// for each weight w only the best ⌊left / w⌋ items can be in any optimal choice, which cuts 50,000
// terms to a few hundred. Items that share a word are counted twice by the knapsack, so the choice is
// then assembled word by word — a word already added is free — and topped up greedily with what fits.
// Never suggested: a word the title already has (compared normalised), a synonym of one it has (that
// is 堆砌), a word for another kind of the product (男 beside 女, 长款 beside 短款), anything that makes
// a banned word or a brand appear, and — when the title has no core word — a core word: what the
// product is, is the seller's to say.
//
// The keyword score is the value the title captures out of what the best title of the platform's
// width could capture from the bank — that best title is the fill of an empty title, so the number
// says how close the seller's title is to the best one ShopLint can build from the same data (a
// title that beats that construction scores 100).
import { insertWord } from '../text/insert-word';
import { titleWidth } from '../text/width';
import type { CompiledKeywordBank } from './compile';
import { analyseTitle, countingTerms, NO_ANCHOR, round1, type Relevance, type TitleKeywords, type TitleOptions } from './title';

export interface FillSuggestion {
  /** Words to add, in order. */
  terms: string[];
  /** The text to append to the title (the words, spaced only where two Latin words would merge). */
  text: string;
  /** Value (0–100 scale of the bank) the title gains by the fill. */
  addedValue: number;
  /** Characters left after the fill. */
  widthLeft: number;
  /** Terms of the bank the fill makes covered, by value. */
  covers: string[];
}

interface Candidate {
  term: number;
  missing: number[];
  cost: number;
  value: number;
}

/** `title` + `word`, with a space only where two Latin letters or digits would run together. */
export const appendWord = (title: string, word: string): string => insertWord(title, word).value;

/** Synonym groups of the title's words → the normalised word that holds the group. */
function titleGroups(bank: CompiledKeywordBank, state: TitleKeywords): Map<number, string> {
  const groups = new Map<number, string>();
  for (const w of state.scan.words) {
    const key = state.scan.norm.text.slice(w.normStart, w.normEnd);
    const group = bank.words.synonymGroup.get(key);
    if (group !== undefined && !groups.has(group)) groups.set(group, key);
  }
  return groups;
}

function candidates(bank: CompiledKeywordBank, state: TitleKeywords, groups: Map<number, string>, left: number): Candidate[] {
  const kept = new Map<number, number>();
  const out: Candidate[] = [];
  const { partStart, partIds, parts, values } = bank;
  for (const i of countingTerms(bank, state)) {
    if (!state.counts[i] || state.covered[i]) continue;
    const missing: number[] = [];
    let cost = 0;
    let ok = true;
    for (let k = partStart[i]!, end = partStart[i + 1]!; k < end && ok; k++) {
      const p = partIds[k]!;
      if (state.present[p]) continue;
      const part = parts[p]!;
      if ((part.kind === 'core' && state.anchor === NO_ANCHOR) || (part.group >= 0 && groups.has(part.group))) ok = false;
      missing.push(p);
      cost += part.width;
    }
    if (!ok || cost > left) continue;
    // Terms come best first: past ⌊left / cost⌋ items of one weight, none can be in an optimal fill.
    const n = kept.get(cost) ?? 0;
    if (n >= Math.floor(left / cost)) continue;
    kept.set(cost, n + 1);
    out.push({ term: i, missing, cost, value: values[i]! });
  }
  return out;
}

function knapsack(items: readonly Candidate[], capacity: number): Candidate[] {
  const width = capacity + 1;
  const best = new Float64Array(width);
  const take = new Uint8Array(items.length * width);
  items.forEach(({ cost, value }, j) => {
    for (let c = capacity; c >= cost; c--)
      if (best[c - cost]! + value > best[c]!) {
        best[c] = best[c - cost]! + value;
        take[j * width + c] = 1;
      }
  });
  const chosen: Candidate[] = [];
  for (let j = items.length - 1, c = capacity; j >= 0; j--)
    if (take[j * width + c]) {
      chosen.push(items[j]!);
      c -= items[j]!.cost;
    }
  return chosen.sort((a, b) => b.value - a.value);
}

/** Fills `state`'s title; returns the filled title's analysis (same relevance) and what was added. */
function fill(bank: CompiledKeywordBank, state: TitleKeywords, opts: TitleOptions): { after: TitleKeywords; terms: string[] } {
  const left = state.max - state.width;
  if (left <= 0) return { after: state, terms: [] };
  const groups = titleGroups(bank, state);
  const items = candidates(bank, state, groups, left);
  const chosen = knapsack(items, left);
  const rest = items.filter((c) => !chosen.includes(c)).sort((a, b) => b.value / b.cost - a.value / a.cost);

  const { banned, brands } = state.scan;
  const added = new Set<number>();
  // Sides of exclusive groups the fill has taken (terms on another side than the title's do not count).
  const sides = new Map<number, number>();
  const terms: string[] = [];
  let title = state.title;
  for (const item of [...chosen, ...rest]) {
    const words = item.missing.filter((p) => !added.has(p));
    if (!words.length) continue;
    const clash = (p: number) => {
      const { group, exclusive, side } = bank.parts[p]!;
      return (group >= 0 && groups.has(group)) || (exclusive >= 0 && (sides.get(exclusive) ?? side) !== side);
    };
    if (words.some(clash)) continue;
    const trial = words.reduce((text, p) => appendWord(text, bank.parts[p]!.text), title);
    if (titleWidth(trial) > state.max) continue;
    const scan = bank.words.scan(trial);
    if (scan.banned.length > banned.length || scan.brands.length > brands.length) continue;
    title = trial;
    for (const p of words) {
      added.add(p);
      terms.push(bank.parts[p]!.text);
      const { group, exclusive, side, key } = bank.parts[p]!;
      if (group >= 0) groups.set(group, key);
      if (exclusive >= 0) sides.set(exclusive, side);
    }
  }
  const fixed: Relevance = { anchor: state.anchor, categoryBit: state.categoryBit };
  return { after: title === state.title ? state : analyseTitle(title, bank, opts, fixed), terms };
}

export function suggestFill(title: string, bank: CompiledKeywordBank, opts: TitleOptions = {}): FillSuggestion {
  return fillSuggestion(bank, analyseTitle(title, bank, opts), opts);
}

export function fillSuggestion(bank: CompiledKeywordBank, state: TitleKeywords, opts: TitleOptions = {}): FillSuggestion {
  const { after, terms } = fill(bank, state, opts);
  const covers: string[] = [];
  for (let i = 0; i < bank.terms.length; i++) if (after.covered[i] && !state.covered[i]) covers.push(bank.terms[i]!);
  return { terms, text: after.title.slice(state.title.length), addedValue: round1(after.captured - state.captured), widthLeft: after.max - after.width, covers };
}

/** What the best title of the platform's width could capture for this relevance (cached per bank). */
export function bestValue(bank: CompiledKeywordBank, state: TitleKeywords, opts: TitleOptions = {}): number {
  const key = `${state.anchor}:${state.categoryBit}:${state.max}`;
  let best = bank.bestCache.get(key);
  if (best === undefined) {
    const fixed: Relevance = { anchor: state.anchor, categoryBit: state.categoryBit };
    best = fill(bank, analyseTitle('', bank, opts, fixed), opts).after.captured;
    bank.bestCache.set(key, best);
  }
  return best;
}

export interface KeywordScore {
  /** 0–100; null when no term of the bank fits the listing. */
  score: number | null;
  captured: number;
  best: number;
  /** Terms that count for the listing, and how many the title covers. */
  total: number;
  covered: number;
}

/** The keyword score of a captured value: its share of the best title's, 100 when it beats it. */
export function scoreFrom(captured: number, best: number): number {
  return Math.round((100 * captured) / Math.max(best, captured, Number.MIN_VALUE));
}

export function scoreOf(bank: CompiledKeywordBank, state: TitleKeywords, opts: TitleOptions = {}): KeywordScore {
  const best = bestValue(bank, state, opts);
  const score = state.total === 0 ? null : scoreFrom(state.captured, best);
  return { score, captured: round1(state.captured), best: round1(best), total: state.total, covered: state.coveredCount };
}

export function keywordScore(title: string, bank: CompiledKeywordBank, opts: TitleOptions = {}): KeywordScore {
  return scoreOf(bank, analyseTitle(title, bank, opts), opts);
}
