import { testRule } from '../engine/test-rule';
import rule from './banned-word';

testRule(rule, {
  valid: [
    '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套',
    // Exemptions from SAMR's 2023 guideline: time/order words, usage tips.
    '最新款连衣裙 第一时间发货',
    '坚果礼盒 最佳食用期内发货',
    { input: '最好的面料 我的品牌', words: { allowed: ['最好的面料'] }, name: 'the seller allow-lists a phrase' },
  ],
  invalid: [
    { input: '最好的防晒衣', findings: [{ messageId: 'banned', severity: 'error', start: 0, end: 2, text: '最好', category: 'absolute' }] },
    { input: '防晒衣最 好', findings: [{ start: 3, end: 6, text: '最 好' }], name: 'a space inserted between the characters' },
    { input: '防晒衣最-佳', findings: [{ start: 3, end: 6, text: '最-佳' }], name: 'a hyphen inserted' },
    { input: '防晒衣最\u200b佳', findings: [{ start: 3, end: 6, text: '最\u200b佳' }], name: 'a zero-width space inserted' },
    { input: '全店ＮＯ．１', findings: [{ start: 2, end: 6, text: 'ＮＯ．１' }], name: 'full-width letters and digits' },
    { input: '全店no.1', findings: [{ text: 'no.1' }], name: 'lower case' },
    { input: '第①名', findings: [{ text: '第①', start: 0, end: 2 }], name: 'a circled digit' },
    { input: '最新面料防晒衣', findings: [{ messageId: 'needsProof', severity: 'warn', text: '最新' }] },
    { input: '防晒衣 我的词', words: { banned: ['我的词'] }, findings: [{ category: 'user', text: '我的词' }], name: 'the seller adds a word' },
  ],
});

testRule(rule, {
  valid: ['防晒衣 款号No.12', '第10代防晒衣', 'Bestseller防晒衣'],
  invalid: [
    { input: '全网TOP1防晒衣', findings: [{ text: 'TOP1' }], name: 'a digit term at a word edge' },
    { input: 'NO.1防晒衣', findings: [{ text: 'NO.1' }] },
  ],
});
