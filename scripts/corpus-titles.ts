// npm run corpus:titles — title structure on real titles (issue #16): how often title-missing-core-word fires on titles that
// name their product (the 453 gold-labelled test titles of taobao-ner, and the 10,000 JD titles), how
// often it still fires with every gold product word cut out (the rule still works), the product-word
// spans against the gold ones, and the score distribution over the whole corpus. The test split is
// never used to build the lexicons (scripts/gen-product-words.ts reads train and dev only).
import { lintListing } from '../lib/engine/lint';
import { wordBank } from '../lib/lexicon/bank';
import { readGoldTitles, readRealTitles, withoutProducts, type GoldTitle } from '../test/corpus';

const pct = (n: number, d: number) => `${n}/${d} = ${((100 * n) / d).toFixed(1)}%`;
const missingCore = (title: string) => lintListing({ title }).findings.some((f) => f.ruleId === 'title-missing-core-word');

/** Exact-span precision and recall of the lexicon's core words against the gold product words. */
export function spanAgreement(titles: readonly GoldTitle[]) {
  const bank = wordBank();
  let found = 0;
  let exact = 0;
  let overlapping = 0;
  let gold = 0;
  let goldFound = 0;
  for (const t of titles) {
    const core = bank.scan(t.title).words.filter((w) => w.kind === 'core');
    found += core.length;
    gold += t.products.length;
    exact += core.filter((w) => t.products.some((p) => p.start === w.start && p.end === w.end)).length;
    overlapping += core.filter((w) => t.products.some((p) => w.start < p.end && p.start < w.end)).length;
    goldFound += t.products.filter((p) => core.some((w) => w.start === p.start && w.end === p.end)).length;
  }
  return { precision: exact / found, overlapPrecision: overlapping / found, recall: goldFound / gold };
}

export function run(): void {
  const test = readGoldTitles('test').filter((t) => t.products.length);
  const jd = readRealTitles('jd');
  console.log('\ntitle-missing-core-word on real titles that name their product');
  console.log(`  taobao-ner test (gold product word):      ${pct(test.filter((t) => missingCore(t.title)).length, test.length)}`);
  console.log(`  the same with the gold product words cut: ${pct(test.filter((t) => missingCore(withoutProducts(t))).length, test.length)}`);
  console.log(`  JD titles:                                ${pct(jd.filter((t) => missingCore(t.title)).length, jd.length)}`);
  const spans = spanAgreement(test);
  console.log(`  core-word spans vs gold: precision ${spans.precision.toFixed(3)} (overlapping a gold span ${spans.overlapPrecision.toFixed(3)}), recall ${spans.recall.toFixed(3)}`);

  const all = readRealTitles();
  const results = all.map((t) => lintListing({ title: t.title }));
  const scores = results.map((r) => r.score);
  const bins = new Array<number>(11).fill(0);
  for (const s of scores) bins[Math.min(10, Math.floor(s / 10))]!++;
  console.log(`\ntitle score over ${all.length} real titles (real-titles.jsonl)`);
  bins.forEach((n, i) => console.log(`  ${String(i * 10).padStart(3)}${i < 10 ? `–${i * 10 + 9}` : '    '}  ${String(n).padStart(6)}  ${'#'.repeat(Math.round((60 * n) / all.length))}`));
  const sorted = [...scores].sort((a, b) => a - b);
  console.log(`  median ${sorted[sorted.length >> 1]}, p10 ${sorted[Math.floor(sorted.length / 10)]}, p90 ${sorted[Math.floor((sorted.length * 9) / 10)]}`);
  // Most JD titles run over 60 characters (title-length: an error, capped at 59): the rest on their own.
  const fit = results.filter((r) => !r.findings.some((f) => f.severity === 'error')).map((r) => r.score).sort((a, b) => a - b);
  console.log(`  ${fit.length} titles with no error (within the width, no 广告法 word): median ${fit[fit.length >> 1]}, p10 ${fit[Math.floor(fit.length / 10)]}, p90 ${fit[Math.floor((fit.length * 9) / 10)]}`);
}

if (import.meta.url === `file://${process.argv[1]}`) run();
