import { describe, expect, it } from 'vitest';
import { wordBank } from './bank';

// The scan's containment tests (exemptions, the longer hit) look only a pattern length around each
// hit; these cases check that the window still sees every shield and every longer hit, in long text too.
describe('WordBank scan on long text', () => {
  const bank = wordBank();

  it('finds every repeated hit once', () => {
    expect(bank.scan('最好'.repeat(5_000)).banned).toHaveLength(5_000);
  });

  it('applies an exemption to every occurrence however many there are', () => {
    expect(bank.scan('最好在阴凉处存放，'.repeat(3_000)).banned).toHaveLength(0);
  });

  it('reports the longer hit, not the one inside it, at every occurrence', () => {
    const hits = bank.scan('全网第一 '.repeat(2_000)).banned;
    expect(hits).toHaveLength(2_000);
    expect(new Set(hits.map((h) => h.text))).toEqual(new Set(['全网第一']));
  });

  it('an allow-listed phrase shields the words inside it, and only there', () => {
    const own = wordBank({ allowed: ['最好的面料'] });
    expect(own.scan('最好的面料 最好 '.repeat(1_000)).banned.map((h) => h.text)).toEqual(Array(1_000).fill('最好'));
  });
});

describe('WordBank title words', () => {
  const bank = wordBank();
  const kindOf = (text: string, word: string) => bank.scan(text).words.find((w) => w.word === word)?.kind;

  it.each([
    ['安络痛片 36片/盒', '盒'],
    ['颗粒 5g*10袋', '袋'],
    ['维生素 60粒', '粒'],
  ])('a one-character word after a number is its measure word: %s', (text, word) => {
    expect(kindOf(text, word)).toBeUndefined();
    expect(kindOf(text.replace(/[0-9*/]+(?=\p{Script=Han}$)/u, ' '), word)).toBe('core');
  });

  it.each([
    // 女款 is a synonym of 女装 (core) and 女士 (attribute): it only describes.
    ['女款 夏季', '女款', 'attribute'],
    ['男款 纯棉', '男款', 'attribute'],
    // 防晒 is an attribute of apparel; the beauty group 防晒霜/防晒乳/防晒 does not make it a product.
    ['骑行 防晒 面罩', '防晒', 'attribute'],
    // A synonym whose group agrees keeps its kind (洗面乳 with 洗面奶, 洁面乳).
    ['氨基酸洗面乳', '洗面乳', 'core'],
  ])('%s: %s is %s', (text, word, kind) => {
    expect(kindOf(text, word)).toBe(kind);
  });
});

describe('WordBank title words end at a space', () => {
  const bank = wordBank();
  const words = (text: string) => bank.scan(text).words.map((w) => w.word);

  it.each([
    ['纯棉电焊 机修 防烫', '焊机'],
    ['手动 家用 五金组套', '家用五金'],
  ])('%s holds no %s (a space is a word edge)', (text, joined) => {
    expect(words(text.replaceAll(' ', ''))).toContain(joined);
    expect(words(text).some((w) => w.replace(/\s/gu, '') === joined)).toBe(false);
  });
});

describe('WordBank title words of Latin letters or digits', () => {
  const words = (text: string) => wordBank().scan(text).words.map((w) => w.word);

  it.each([
    ['abcd1234 主板', 'cd'],
    ['lm21212-2 dc/dc', 'c/d'],
  ])('%s holds no %s (it begins or ends inside a Latin word)', (text, word) => {
    expect(words(text)).not.toContain(word);
  });

  it('match where they stand alone or beside 汉字', () => {
    expect(words('复古cd 唱片')).toContain('cd');
    expect(words('mp3播放器')).toContain('mp3');
  });
});

describe('WordBank title words before a 类后缀', () => {
  const bank = wordBank();
  const kindOf = (text: string, word: string) => bank.scan(text).words.find((w) => w.word === word)?.kind;

  it.each([
    ['绿茶味补水面膜', '绿茶'],
    ['手机专用支架', '手机'],
  ])('%s: %s describes, it is an attribute', (text, word) => {
    expect(kindOf(text, word)).toBe('attribute');
    expect(kindOf(text.replace(/味|专用/u, ' '), word)).toBe('core');
  });

  it('a suffix that begins a longer word is no suffix (口红 in 口红色号 stays the product)', () => {
    expect(kindOf('口红色号 正红', '口红')).toBe('core');
  });
});
