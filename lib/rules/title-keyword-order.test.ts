import { testRule } from '../engine/test-rule';
import { testBank } from '../keywords/test-bank';
import rule from './title-keyword-order';

const keywords = testBank([
  { term: '冰丝防晒衣', popularity: 500 },
  { term: '防晒衣女', popularity: 400 },
  { term: '防晒衣女薄款', popularity: 300 },
  { term: '骑行防晒衣', popularity: 300 },
]);

testRule(rule, {
  valid: [
    { input: '防晒衣 女 冰丝', name: 'no keyword bank imported' },
    { input: '冰丝防晒衣女薄款', keywords, name: 'the strongest phrase written whole' },
    { input: '防晒衣女 骑行 薄款', keywords, name: 'the strongest covered pair (防晒衣女) is whole; 骑行 is a scene, not an attribute' },
    { input: '女士 薄款', keywords, name: 'no core word' },
  ],
  invalid: [
    { input: '防晒衣女 冰丝 薄款', keywords, findings: [{ messageId: 'apart', severity: 'info', start: 5, end: 7, text: '冰丝', suggestions: ['冰丝防晒衣'] }] },
    { input: '冰丝 夏季防晒衣女', keywords, findings: [{ messageId: 'apart', text: '冰丝' }] },
  ],
});
