import { describe, expect, it } from 'vitest';
import { wordBank } from '../lexicon/bank';
import { pickBank, pickCategory } from './pick';

const words = wordBank();
const category = (path: string | undefined, title: string) => pickCategory(words, path, words.scan(title));

describe('pickCategory', () => {
  it('reads the lexicon from the 类目 path as each publish page writes it', () => {
    expect(category('女装/女士精品 > 防晒衣', '')).toBe('apparel');
    expect(category('服饰内衣 > 女装 > 防晒衣', '')).toBe('apparel');
    expect(category('服饰内衣 / 女装 / 防晒衣', '')).toBe('apparel');
  });

  it('prefers the 类目 path over the title', () => {
    expect(category('服饰内衣 > 女装 > 防晒衣', '保温杯')).toBe('apparel');
  });

  it('falls back to the title when the path names nothing it knows, or is absent', () => {
    expect(category('其他 > 未分类', '冰丝防晒衣女')).toBe('apparel');
    expect(category(undefined, '316不锈钢保温杯')).toBe(category(undefined, '保温杯'));
    expect(category(undefined, '保温杯')).not.toBe('apparel');
    expect(category('', '')).toBeUndefined();
  });
});

describe('pickBank', () => {
  const apparelOld = { category: 'apparel', dataDate: '2026-03-31' };
  const apparelNew = { category: 'apparel', dataDate: '2026-04-30' };
  const fangshaiyi = { category: '防晒衣', dataDate: '2026-01-31' };
  const home = { category: 'home', dataDate: '2026-05-01' };

  it('takes the newest bank of the listing category', () => {
    expect(pickBank([apparelOld, home, apparelNew], 'apparel')).toBe(apparelNew);
    expect(pickBank([apparelNew, apparelOld], 'apparel')).toBe(apparelNew);
  });

  it('prefers a bank named by a segment of the 类目 path, even when older', () => {
    expect(pickBank([apparelNew, fangshaiyi], 'apparel', '女装/女士精品 > 防晒衣')).toBe(fangshaiyi);
  });

  it('gives no bank of another category', () => {
    expect(pickBank([home], 'apparel', '女装 > 防晒衣')).toBeUndefined();
    expect(pickBank([apparelNew], undefined)).toBeUndefined();
  });
});

describe('pickBank by the product word a bank is named after', () => {
  const banks = [
    { category: '浴缸', dataDate: '2026-08-15' },
    { category: 'apparel', dataDate: '2026-08-15' },
  ];
  it('picks the bank whose product word the title holds, when no lexicon tells the category', () => {
    expect(pickBank(banks, undefined, undefined, '亚克力浴缸家用小户型')?.category).toBe('浴缸');
    expect(pickBank(banks, undefined, undefined, '电热水器')).toBeUndefined();
    // A lexicon id is never read in a title.
    expect(pickBank([{ category: 'home', dataDate: '2026-08-15' }], undefined, undefined, 'home 收纳')).toBeUndefined();
    expect(pickBank(banks, 'apparel', undefined, '冰丝防晒衣女')?.category).toBe('apparel');
  });
});
