import { describe, expect, it } from 'vitest';
import { specs } from './spec';

describe('specs', () => {
  it.each([
    ['新疆黑无核葡萄400g', ['400g']],
    ['宽50 厚1.5mm 1件=2米', ['1.5mm', '1件', '2米']],
    ['OPPO闪充充电器 X9070 R5 快充头', ['X9070']],
    ['电木万能板 18*30cm 2.54mm', ['18*30cm', '2.54mm']],
    ['冰丝防晒衣女夏季薄款', []],
    ['2018新款 iphone', []],
  ])('%s', (title, want) => expect(specs(title).map((s) => s.text)).toEqual(want));
});
