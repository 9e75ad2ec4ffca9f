import { testRule } from '../engine/test-rule';
import { testBank } from '../keywords/test-bank';
import rule from './title-low-value-words';

const keywords = testBank([
  { term: '防晒衣女', popularity: 500 },
  { term: '冰丝防晒衣', popularity: 400 },
  { term: '防晒衣女薄款', popularity: 300 },
  { term: '骑行防晒衣', popularity: 200 },
]);

testRule(rule, {
  valid: [
    { input: '冰丝防晒衣女薄款复古', name: 'no keyword bank imported' },
    { input: '冰丝防晒衣女薄款骑行', keywords, options: { minTerms: 1 }, name: 'every word earns' },
    { input: '冰丝防晒衣女薄款复古', keywords, name: 'a bank too small to judge (4 terms < minTerms 20)' },
    { input: '冰丝防晒衣女薄款好', keywords, options: { minTerms: 1 }, name: 'a single character is glue, not judged' },
    { input: '冰丝防晒衣女薄款第一', keywords, options: { minTerms: 1 }, name: 'a banned word is banned-word\'s business' },
  ],
  invalid: [
    {
      input: '冰丝防晒衣女薄款 复古 法式',
      keywords,
      options: { minTerms: 1 },
      findings: [
        { messageId: 'noValue', severity: 'info', start: 9, end: 11, text: '复古', suggestions: [''] },
        { messageId: 'noValue', start: 12, end: 14, text: '法式' },
      ],
    },
    { input: '冰丝防晒衣女小个子', keywords, options: { minTerms: 1 }, name: 'a stretch no lexicon knows', findings: [{ messageId: 'noValue', text: '小个子' }] },
  ],
});
