import { testRule } from '../engine/test-rule';
import rule from './title-missing-scene';

testRule(rule, {
  valid: ['冰丝防晒衣女夏季薄款户外', '通勤连衣裙', ''],
  invalid: [{ input: '冰丝防晒衣女夏季薄款', findings: [{ messageId: 'missing', severity: 'info' }] }],
});
