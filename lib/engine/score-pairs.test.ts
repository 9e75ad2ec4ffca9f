// The score ranks real titles as an operator would: each of the 453 gold-labelled test titles of
// taobao-ner (../shared/corpus, never used to build the lexicons) beside a clearly worse copy of itself —
// its product words cut out, decoration added, a 广告法 claim added, its words stuffed — must score
// higher. And a title that names its product and two attributes within the width is a fair title (≥ 80).
import { describe, expect, it } from 'vitest';
import { lintListing } from './lint';
import { wordBank } from '../lexicon/bank';
import { titleWidth } from '../text/width';
import { readGoldTitles } from '../../test/corpus';

const score = (title: string) => lintListing({ title }).score;
const bank = wordBank();
const titles = readGoldTitles('test').filter((t) => t.products.length && titleWidth(t.title) <= 52 && !lintListing({ title: t.title }).findings.some((f) => f.severity === 'error'));

const worse: Record<string, (title: string, products: readonly { start: number; end: number; text: string }[]) => string | undefined> = {
  'without its product words': (title, products) => {
    const cut = [...products].sort((a, b) => b.start - a.start).reduce((s, p) => s.slice(0, p.start) + ' ' + s.slice(p.end), title);
    // Only a title whose product word the lexicons find is judged on it.
    return bank.scan(title).words.some((w) => w.kind === 'core') && !bank.scan(cut).words.some((w) => w.kind === 'core') ? cut : undefined;
  },
  'with decoration': (title) => `【爆款】★★★${title}！！！`,
  'with a 广告法 claim': (title) => `全网最好${title}`,
  // With a product word the lexicons know (a repeat of a word no list holds, 索纳塔索纳塔, is not seen as
  // stuffing: a known gap), in a title not already stuffed (it has spent what stuffing costs).
  'stuffed with its product word': (title, products) => {
    const word = products.find((p) => bank.scan(p.text).words.some((w) => w.kind === 'core' && w.word === p.text));
    if (!word || lintListing({ title }).findings.some((f) => f.ruleId === 'title-repeated-word')) return undefined;
    return `${title}${word.text}${word.text}`;
  },
};

describe('title pairs from real titles', () => {
  it.each(Object.keys(worse))('a real title scores higher than itself %s', (kind) => {
    const wrong: string[] = [];
    let pairs = 0;
    for (const t of titles) {
      const other = worse[kind]!(t.title, t.products);
      if (other === undefined) continue;
      pairs++;
      if (score(t.title) <= score(other)) wrong.push(`${score(t.title)} ${t.title} <= ${score(other)} ${other}`);
    }
    expect(pairs).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('gives a title with its product word and two attributes, within the width, at least 80', () => {
    for (const title of ['冰丝防晒衣女夏季', '316不锈钢保温杯大容量', '纯棉四件套加厚', '儿童积木拼装男孩', '无线蓝牙耳机降噪']) {
      const scan = bank.scan(title);
      expect(scan.words.some((w) => w.kind === 'core'), title).toBe(true);
      expect(scan.words.filter((w) => w.kind === 'attribute').length, title).toBeGreaterThanOrEqual(2);
      expect(score(title), title).toBeGreaterThanOrEqual(80);
    }
  });
});
