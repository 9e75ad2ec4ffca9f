import { testRule } from '../engine/test-rule';
import rule from './title-line-break';

testRule(rule, {
  valid: ['冰丝防晒衣女 夏季薄款', '防晒衣\u3000女'],
  invalid: [
    { input: '防晒\t衣女', findings: [{ messageId: 'control', start: 2, end: 3, text: '\t', suggestions: [' '] }] },
    { input: '防晒衣女\r\n夏季薄款', findings: [{ start: 4, end: 6, text: '\r\n' }], name: 'CRLF is one finding' },
    { input: '防晒衣\u0007女', findings: [{ messageId: 'control' }] },
  ],
});
