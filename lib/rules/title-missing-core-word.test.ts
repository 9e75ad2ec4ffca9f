import { testRule } from '../engine/test-rule';
import rule from './title-missing-core-word';

testRule(rule, {
  valid: ['冰丝防晒衣女夏季薄款', '夏季连衣裙', '', { input: '夏季 薄款 我的爆品', words: { core: ['我的爆品'] }, name: 'a core word the seller added' }],
  invalid: [
    { input: '冰丝 薄款 夏季 户外', findings: [{ messageId: 'missing' }] },
    { input: '冰丝 薄款 夏季', category: undefined, findings: [{ messageId: 'missing' }] } as never,
    { input: { title: '冰丝 薄款 夏季', category: 'apparel' }, findings: [{ messageId: 'missing' }], name: 'suggests words of the category' },
  ],
});
