import { testRule } from '../engine/test-rule';
import rule from './title-missing-attribute';

testRule(rule, {
  valid: ['冰丝防晒衣女夏季薄款', { input: '新疆葡萄 400g 5斤装', name: 'specs are attributes' }, { input: '冰丝防晒衣', options: { min: 1 }, name: 'one is enough when min is 1' }, ''],
  invalid: [
    { input: '防晒衣 户外', findings: [{ messageId: 'missing', severity: 'warn' }] },
    { input: '冰丝防晒衣', findings: [{ messageId: 'few', severity: 'info' }] },
  ],
});
