import { testRule } from '../engine/test-rule';
import rule from './brand-misuse';

testRule(rule, {
  valid: [
    '优衣库 UNIQLO 男装T恤 正品',
    { input: '戴森同款吹风机', words: { ownBrands: ['戴森'] }, name: 'the seller owns the brand' },
    '大牌同款吹风机',
  ],
  invalid: [
    { input: '优衣库同款防晒衣', findings: [{ messageId: 'misuse', start: 0, end: 3, text: '优衣库' }] },
    { input: '平替戴森吹风机', findings: [{ text: '戴森' }] },
    { input: 'Dyson平替吹风机', findings: [{ text: 'Dyson' }] },
    { input: '防晒衣 我家牌风', words: { brands: ['我家牌'] }, findings: [{ text: '我家牌' }], name: 'a competitor brand from settings' },
  ],
});
