import { testRule } from '../engine/test-rule';
import rule from './title-repeated-word';

testRule(rule, {
  valid: ['冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', '2024新款 3件 5折'],
  invalid: [
    { input: '防晒衣女冰丝防晒衣', findings: [{ messageId: 'repeated', start: 6, end: 9, text: '防晒衣' }] },
    { input: '女装连衣裙女士夏季', findings: [{ messageId: 'synonym', text: '女士' }], name: 'near-synonyms from one group' },
    { input: '防晒衣 防晒衣 防晒衣', findings: [{ start: 4, end: 7 }, { start: 8, end: 11 }] },
    { input: '防晒衣 夏季 夏天', findings: [{ messageId: 'synonym', text: '夏天' }] },
  ],
});
