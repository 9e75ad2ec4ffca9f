import { testRule } from '../engine/test-rule';
import rule from './title-category-mismatch';

testRule(rule, {
  valid: [
    '冰丝防晒衣女夏季薄款',
    { input: { title: '冰丝防晒衣女夏季薄款', category: '女装/女士精品 > 防晒衣' }, name: 'the title names a product of the 类目' },
    { input: { title: '速干运动T恤男', category: '运动户外 > 运动服' }, name: 'a related category (运动服 under 运动户外)' },
    { input: { title: '夏季 薄款 女', category: '女装' }, name: 'no product word: title-missing-core-word says it' },
    { input: { title: '防晒衣', category: '其他 > 未分类' }, name: 'a 类目 no lexicon knows' },
    { input: { title: '我的爆品 女', category: '家用电器' }, words: { core: ['我的爆品'] }, name: 'a product word the seller added' },
  ],
  invalid: [
    { input: { title: '316不锈钢保温杯 大容量', category: '女装/女士精品 > 连衣裙' }, findings: [{ messageId: 'mismatch', severity: 'warn', text: '保温杯' }] },
    { input: { title: '猫粮成猫全价 10斤', category: '家用电器 > 生活电器' }, findings: [{ messageId: 'mismatch', text: '猫粮' }] },
  ],
});
