// The keyword bank at the size of a year of 生意参谋 exports (50,000 terms): scoring a title as it is
// typed (one automaton scan of the title + one pass over typed arrays) and the fill suggestion (the
// pruned knapsack), each beside the naive way — every term's words looked up in the title with
// String.includes, and a greedy value-per-character fill. Compiling the bank and the first score of a
// relevance (which builds the best title once and caches it) are timed apart: they happen at import.
import { compileKeywordBank } from '../../lib/keywords/compile';
import { keywordScore, suggestFill } from '../../lib/keywords/fill';
import { analyseTitle } from '../../lib/keywords/title';
import type { Keyword, KeywordBank } from '../../lib/keywords/schema';
import { categoryLexicons } from '../../lib/lexicon/index';
import { normaliseTerm } from '../../lib/text/normalise';
import { titleWidth } from '../../lib/text/width';
import { benchGroup, printGroup } from './harness';
import { rng } from './workload';

/** `size` distinct apparel search terms: a core word with one to three attribute/scene words. */
export function keywordWorkload(size: number, seed = 7): KeywordBank {
  const next = rng(seed);
  const apparel = categoryLexicons.find((l) => l.id === 'apparel')!;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const words = [...apparel.attribute, ...apparel.scene];
  const seen = new Set<string>();
  const keywords: Keyword[] = [];
  while (keywords.length < size) {
    const core = next() < 0.3 ? '防晒衣' : pick(apparel.core);
    let term = core;
    for (let n = 1 + Math.floor(next() * 3); n > 0; n--) term = next() < 0.5 ? pick(words) + term : term + pick(words);
    if (seen.has(term)) continue;
    seen.add(term);
    keywords.push({ term, popularity: Math.round(200_000 * next() ** 4) + 10, clickRate: 0.5 + next(), conversion: 0.005 + next() * 0.06, competition: Math.round(5_000_000 * next() ** 2) + 100 });
  }
  return { category: 'apparel', dataDate: '2026-04-30', importedAt: '2026-05-01T00:00:00.000Z', source: 'sycm', keywords };
}

export function run(): void {
  const raw = keywordWorkload(50_000);
  let start = performance.now();
  const bank = compileKeywordBank(raw);
  const compileMs = performance.now() - start;
  const title = '冰丝防晒衣女夏季薄款UPF50+户外骑行';
  start = performance.now();
  keywordScore(title, bank);
  const firstMs = performance.now() - start;
  console.log(`\nkeywords: 50,000-term bank compiled in ${compileMs.toFixed(0)} ms (${bank.parts.length} distinct words); first score of a product (builds and caches its best title) ${firstMs.toFixed(1)} ms`);

  // The naive way, with the same segmentation done ahead (so only the per-keystroke work is compared).
  const termParts = bank.terms.map((_, i) => Array.from(bank.partIds.subarray(bank.partStart[i], bank.partStart[i + 1]), (p) => bank.parts[p]!));
  const anchor = normaliseTerm('防晒衣');
  const fits = termParts.map((parts) => parts.some((p) => p.key === anchor));
  const naiveScore = () => {
    const norm = normaliseTerm(title);
    let captured = 0;
    termParts.forEach((parts, i) => {
      if (fits[i] && parts.every((p) => norm.includes(p.key))) captured += bank.values[i]!;
    });
    return captured;
  };
  const naiveFill = () => {
    let text = title;
    const options = termParts
      .map((parts, i) => ({ i, missing: parts.filter((p) => !normaliseTerm(text).includes(p.key)) }))
      .filter((o) => fits[o.i] && o.missing.length)
      .map((o) => ({ ...o, cost: o.missing.reduce((w, p) => w + p.width, 0) }))
      .sort((a, b) => bank.values[b.i]! / b.cost - bank.values[a.i]! / a.cost);
    for (const o of options) {
      const words = o.missing.filter((p) => !normaliseTerm(text).includes(p.key)).map((p) => p.text);
      if (titleWidth(text + words.join('')) <= 60) text += words.join('');
    }
    return text;
  };
  if (Math.abs(naiveScore() - analyseTitle(title, bank).captured) > 1e-6) throw new Error('naive and compiled coverage disagree');

  printGroup(
    benchGroup('keyword score of one title, 50,000-term bank', 'naive: includes() per term word', [
      { name: 'naive: includes() per term word', run: naiveScore },
      { name: 'ShopLint keywordScore', run: () => keywordScore(title, bank) },
    ], { rounds: 9 }),
  );
  printGroup(
    benchGroup('fill suggestion, 50,000-term bank', 'naive: greedy value per character', [
      { name: 'naive: greedy value per character', run: naiveFill },
      { name: 'ShopLint suggestFill (knapsack)', run: () => suggestFill(title, bank) },
    ], { rounds: 5, minMs: 50 }),
  );
  const greedy = naiveFill();
  const fill = suggestFill(title, bank);
  console.log(`  value added: greedy ${(analyseTitle(greedy, bank).captured - analyseTitle(title, bank).captured).toFixed(1)}, knapsack ${fill.addedValue}`);
}
