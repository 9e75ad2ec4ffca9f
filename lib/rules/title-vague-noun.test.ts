import { testRule } from '../engine/test-rule';
import rule from './title-vague-noun';

testRule(rule, {
  valid: ['冰丝防晒衣女夏季薄款', '护肤套装女补水保湿', '运动套装男夏季速干'],
  invalid: [
    { input: '自留好物分享', findings: [{ messageId: 'vague', severity: 'warn', start: 2, end: 4, text: '好物' }], name: '抖店 example: 自留好物分享' },
    { input: '孤品 No退No换 叫到编号拍', findings: [{ messageId: 'vague', text: '孤品' }] },
    { input: '秒杀专项 夏季 女', findings: [{ messageId: 'vague', text: '秒杀专项' }] },
    { input: '2023新款套装', findings: [{ messageId: 'vague', severity: 'info', text: '套装' }], name: '套装 alone names nothing (a note: it is often a set of things no lexicon knows)' },
    { input: '好物推荐 冰丝防晒衣女', findings: [{ messageId: 'extra', severity: 'info', text: '好物', suggestions: [''] }] },
  ],
});
