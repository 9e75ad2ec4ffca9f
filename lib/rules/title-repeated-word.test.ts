import { testRule } from '../engine/test-rule';
import rule from './title-repeated-word';

testRule(rule, {
  valid: ['冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', '2024新款 3件 5折'],
  invalid: [
    { input: '防晒衣女冰丝防晒衣', findings: [{ messageId: 'repeated', start: 6, end: 9, text: '防晒衣' }] },
    { input: '女装连衣裙女士夏季', findings: [{ messageId: 'synonymPair', severity: 'info', text: '女士' }], name: 'two near-synonyms: a note' },
    { input: '女装连衣裙女士女款夏季', findings: [{ messageId: 'synonymPair', text: '女士' }, { messageId: 'synonym', severity: 'warn', text: '女款' }], name: 'three near-synonyms: stuffing' },
    { input: '防晒衣 防晒衣 防晒衣', findings: [{ start: 4, end: 7 }, { start: 8, end: 11 }] },
    { input: '防晒衣 夏季 夏天', findings: [{ messageId: 'synonymPair', text: '夏天' }] },
    { input: '女装连衣裙女士女款夏季', options: { synonyms: 2 }, findings: [{ messageId: 'synonym' }, { messageId: 'synonym' }], name: 'stricter setting' },
  ],
});
