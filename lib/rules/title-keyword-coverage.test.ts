import { testRule } from '../engine/test-rule';
import { testBank } from '../keywords/test-bank';
import rule from './title-keyword-coverage';

const keywords = testBank([
  { term: '防晒衣女', popularity: 500 },
  { term: '冰丝防晒衣', popularity: 400 },
  { term: '防晒衣女薄款', popularity: 300 },
  { term: '防晒衣骑行', popularity: 5 },
]);
const FULL = '冰丝防晒衣女薄款' + '夏'.repeat(22);

testRule(rule, {
  valid: [
    { input: '防晒衣', name: 'no keyword bank imported: nothing to say' },
    { input: FULL, keywords, name: 'a full title' },
    { input: '冰丝防晒衣女薄款', keywords, name: 'every valuable term covered (骑行 adds under minGain points)' },
  ],
  invalid: [
    { input: '防晒衣', keywords, findings: [{ messageId: 'missing', severity: 'warn', suggestions: ['女', '冰丝', '薄款', '骑行'] }] },
    { input: '冰丝防晒衣女薄款', keywords, options: { minGain: 0 }, findings: [{ messageId: 'missing', suggestions: ['骑行'] }] },
    { input: '316不锈钢保温杯', keywords, name: 'a bank about another product', findings: [{ messageId: 'noMatch', severity: 'info' }] },
  ],
});
